import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { MemoryRouter, useLocation } from 'react-router';
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

function Location() {
  const { pathname, hash } = useLocation();
  return <p data-testid="location">{`${pathname}${hash}`}</p>;
}

function Text({ text }: { text: string }) {
  return (
    <MemoryRouter initialEntries={['/here/']}>
      <Location />
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
    expect(html).not.toContain('role="button"');
    // No tooltip: the link leads to the definition, for touch and keyboard readers too.
    expect(html).not.toContain('title=');
    // Nothing is added beside the word, so nothing re-wraps when the page becomes interactive.
    expect(html).not.toContain('term-popover');
  });

  it('become buttons on the word itself once interactive, closed, still pointing at the full entry', () => {
    render(<Text text={TEXT} />);
    const word = screen.getByRole('button', { name: 'client' });
    expect(word).toHaveAttribute('aria-expanded', 'false');
    expect(word).toHaveAttribute('href', '/glossary/#client');
    expect(word).not.toHaveAttribute('title');
    const panel = document.getElementById(word.getAttribute('aria-controls') ?? '');
    expect(panel).not.toBeNull();
    expect(panel).not.toBeVisible();
  });

  it('open in place when tapped, without leaving the page, with a link to the full entry', async () => {
    render(<Text text={TEXT} />);
    const word = screen.getByRole('button', { name: 'the work' });
    await userEvent.click(word);
    expect(word).toHaveAttribute('aria-expanded', 'true');
    const panel = document.getElementById(word.getAttribute('aria-controls') ?? '')!;
    expect(panel).toBeVisible();
    expect(panel).toHaveTextContent('Sex work Selling sexual services.');
    expect(within(panel).getByRole('link', { name: 'Sex work in the glossary' })).toHaveAttribute(
      'href',
      '/glossary/#sex-work',
    );
    expect(screen.getByTestId('location')).toHaveTextContent('/here/');
  });

  it('open by keyboard (Enter and Space), show the definition, and let Tab reach the link inside', async () => {
    render(<Text text={TEXT} />);
    const word = screen.getByRole('button', { name: 'client' });
    await userEvent.tab();
    expect(word).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(word).toHaveAttribute('aria-expanded', 'true');
    const panel = document.getElementById(word.getAttribute('aria-controls') ?? '')!;
    expect(panel).toBeVisible();
    expect(panel).toHaveTextContent('A person who pays for sex. See also sex work and third party.');
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Client in the glossary' })).toHaveFocus();
    expect(screen.getByTestId('location')).toHaveTextContent('/here/');

    word.focus();
    await userEvent.keyboard(' ');
    expect(word).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard(' ');
    expect(word).toHaveAttribute('aria-expanded', 'true');
  });

  it('close with Escape and give focus back to the word', async () => {
    render(<Text text={TEXT} />);
    const word = screen.getByRole('button', { name: 'client' });
    await userEvent.click(word);
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Client in the glossary' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(word).toHaveAttribute('aria-expanded', 'false');
    expect(word).toHaveFocus();
  });

  it('close with a tap elsewhere, and when focus moves on', async () => {
    render(<Text text={TEXT} />);
    const word = screen.getByRole('button', { name: 'client' });
    await userEvent.click(word);
    await userEvent.click(screen.getByText(/is legal/));
    expect(word).toHaveAttribute('aria-expanded', 'false');

    await userEvent.click(word);
    await userEvent.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(word).toHaveAttribute('aria-expanded', 'false');

    const other = screen.getByRole('button', { name: 'the work' });
    await userEvent.click(word);
    await userEvent.click(other);
    expect(word).toHaveAttribute('aria-expanded', 'false');
    expect(other).toHaveAttribute('aria-expanded', 'true');
  });

  it('following the link inside opens the full entry', async () => {
    render(<Text text={TEXT} />);
    await userEvent.click(screen.getByRole('button', { name: 'client' }));
    await userEvent.click(screen.getByRole('link', { name: 'Client in the glossary' }));
    expect(screen.getByTestId('location')).toHaveTextContent('/glossary/#client');
  });

  it('stay a plain link when the page has no definition for the term', () => {
    render(<Text text="An [[unknown-term]] here." />);
    // The id reads as words, in the case of its sentence.
    expect(screen.getByRole('link', { name: 'unknown term' })).toHaveAttribute('href', '/glossary/#unknown-term');
    expect(screen.queryByRole('button', { name: 'unknown term' })).toBeNull();
  });
});
