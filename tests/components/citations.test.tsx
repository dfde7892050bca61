import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Citations } from '../../src/components/citations';
import { ReferencesProvider } from '../../src/components/references-context';

const refs = {
  sources: [
    {
      id: 'platt-2018',
      title: 'Associations between sex work laws and sex workers’ health',
      authors: ['Platt L', 'Grenfell P', 'Meiksin R'],
      year: 2018,
      publisher: 'PLOS Medicine 15(12): e1002680',
      kind: 'peer-reviewed' as const,
      doi: '10.1371/journal.pmed.1002680',
      note: 'A systematic review of 134 studies.',
    },
  ],
  terms: [],
};

function Cited() {
  return (
    <MemoryRouter>
      <ReferencesProvider value={refs}>
        <Citations ids={['platt-2018', 'unknown-2020']} />
      </ReferencesProvider>
    </MemoryRouter>
  );
}

describe('citations', () => {
  it('prerender each citation folded, with its label and kind, and a link to its full entry', () => {
    const html = renderToString(<Cited />);
    expect(html).toContain('Platt et al. 2018');
    expect(html).toContain('Peer-reviewed study');
    expect(html).toContain('href="/sources/peer-reviewed/platt-2018/"');
    // The full citation is not written out until it is opened.
    expect(html).not.toContain('PLOS Medicine');
    expect(html).not.toContain('A systematic review');
  });

  it('show the full citation, its note and a link to the source once opened', async () => {
    render(<Cited />);
    await userEvent.click(screen.getByLabelText('Full citation for Platt et al. 2018'));
    expect(screen.getByText(/PLOS Medicine 15\(12\)/)).toBeInTheDocument();
    expect(screen.getByText('A systematic review of 134 studies.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'doi:10.1371/journal.pmed.1002680' })).toHaveAttribute(
      'href',
      'https://doi.org/10.1371/journal.pmed.1002680',
    );
    expect(screen.getByRole('link', { name: 'Cited in…' })).toHaveAttribute(
      'href',
      '/sources/peer-reviewed/platt-2018/',
    );
  });

  it('fold to "Sources (n)", a native disclosure that works without scripts (open on wide screens by CSS)', () => {
    const { container } = render(<Cited />);
    const list = container.querySelector('details.citations')!;
    expect(list).not.toHaveAttribute('open');
    expect(list.querySelector(':scope > summary')).toHaveTextContent('Sources (2)');
    expect(list.querySelector(':scope > .citations-label')).toHaveTextContent('Sources:');
  });

  it('show the id of a source the page does not carry, rather than nothing', () => {
    render(<Cited />);
    expect(screen.getByText('unknown-2020')).toBeInTheDocument();
  });
});
