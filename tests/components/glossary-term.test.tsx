import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ReferencesProvider } from '../../src/components/references-context';
import { RichText } from '../../src/components/rich-text';

const refs = {
  sources: [],
  terms: [
    {
      id: 'client',
      term: 'Client',
      definition: 'A person who pays for sex. See also [[sex work|sex-work]] and [[third-party]].',
    },
    { id: 'sex-work', term: 'Sex work', definition: 'Selling sexual services.' },
  ],
};

function Text({ text }: { text: string }) {
  return (
    <MemoryRouter>
      <ReferencesProvider value={refs}>
        <p>
          <RichText text={text} />
        </p>
        <button type="button">Elsewhere</button>
      </ReferencesProvider>
    </MemoryRouter>
  );
}

const TEXT = 'The [[client|client]] pays, and [[the work|sex-work]] is legal.';

describe('glossary terms in content text', () => {
  it('are plain links to the glossary before JavaScript runs (prerendered HTML)', () => {
    const html = renderToString(<Text text={TEXT} />);
    expect(html).toContain('href="/glossary/#client"');
    expect(html).not.toContain('aria-expanded');
    // The tooltip reads as words, without link markup.
    expect(html).toContain('title="A person who pays for sex. See also sex work and third party."');
    // The button's place is held, so the line does not re-wrap when it appears (layout shift).
    expect(html.match(/class="term-toggle-space" aria-hidden="true"/g)).toHaveLength(2);
  });

  it('keep the link to the full glossary once interactive, with a closed disclosure button beside it', () => {
    render(<Text text={TEXT} />);
    expect(screen.getByRole('link', { name: 'client' })).toHaveAttribute('href', '/glossary/#client');
    const toggle = screen.getByRole('button', { name: 'What “Client” means' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(document.querySelector('.term-toggle-space')).toBeNull();
    const panel = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(panel).not.toBeVisible();
  });

  it('open by keyboard, show the definition, and let Tab reach the link inside', async () => {
    render(<Text text={TEXT} />);
    const toggle = screen.getByRole('button', { name: 'What “Client” means' });
    await userEvent.tab();
    await userEvent.tab();
    expect(toggle).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const panel = document.getElementById(toggle.getAttribute('aria-controls') ?? '')!;
    expect(panel).toBeVisible();
    expect(panel).toHaveTextContent('A person who pays for sex. See also sex work and third party.');
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Client in the glossary' })).toHaveFocus();
  });

  it('close with Escape and give focus back to the button', async () => {
    render(<Text text={TEXT} />);
    const toggle = screen.getByRole('button', { name: 'What “Client” means' });
    await userEvent.click(toggle);
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Client in the glossary' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('close with the button again (Space), with a tap elsewhere, and when focus moves on', async () => {
    render(<Text text={TEXT} />);
    const toggle = screen.getByRole('button', { name: 'What “Client” means' });
    toggle.focus();
    await userEvent.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');

    await userEvent.click(toggle);
    await userEvent.click(screen.getByText(/is legal/));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');

    await userEvent.click(toggle);
    await userEvent.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');

    await userEvent.click(toggle);
    await userEvent.click(screen.getByRole('button', { name: 'What “Sex work” means' }));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('button', { name: 'What “Sex work” means' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('stay a plain link when the page has no definition for the term', () => {
    render(<Text text="An [[unknown-term]] here." />);
    // The id reads as words, in the case of its sentence.
    expect(screen.getByRole('link', { name: 'unknown term' })).toHaveAttribute('href', '/glossary/#unknown-term');
    expect(screen.queryByRole('button', { name: /means/ })).toBeNull();
  });
});
