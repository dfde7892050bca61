import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OnThisPage } from '../../src/components/on-this-page';

const sections = [
  { id: 'aims', label: 'Aims' },
  { id: 'evidence', label: 'What the evidence shows' },
  { id: 'where', label: 'Where it applies' },
];

describe('"On this page"', () => {
  it('is a named list of links to the sections, folded (on a phone) in a native disclosure', () => {
    const { container } = render(<OnThisPage sections={sections} />);
    const nav = screen.getByRole('navigation', { name: 'On this page' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['#aims', '#evidence', '#where']);
    expect(within(nav).getByRole('link', { name: 'What the evidence shows' })).toBeInTheDocument();
    expect(container.querySelector('details.fold-on-phone > summary')).toHaveTextContent('On this page');
  });

  it('is left out of a short page', () => {
    const { container } = render(<OnThisPage sections={sections.slice(0, 2)} />);
    expect(container).toBeEmptyDOMElement();
  });
});
