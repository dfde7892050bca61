import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { PresentLink, presentHref } from '../../src/components/present-link';
import { parseCustomDeckSearch } from '../../src/content/custom-deck';

describe('“Present this” links', () => {
  it('open a one-part deck at its first slide, titled after what is presented', () => {
    const url = new URL(
      presentHref({ kind: 'scenario', id: 'client-turns-violent' }, 'A client turns violent'),
      'https://example.org',
    );
    expect(url.pathname).toBe('/present/custom/1/');
    expect(parseCustomDeckSearch(url.search)).toEqual({
      deck: { title: 'A client turns violent', items: [{ kind: 'scenario', id: 'client-turns-violent' }] },
      notices: [],
    });
  });

  it('carry a comparison’s dimension and topic', () => {
    const url = new URL(
      presentHref({ kind: 'compare', dimension: 'police', topic: 'migration' }, 'Compare'),
      'https://example.org',
    );
    expect(parseCustomDeckSearch(url.search).deck.items).toEqual([
      { kind: 'compare', dimension: 'police', topic: 'migration' },
    ]);
  });

  it('say what they present, and are left off printed pages', () => {
    render(
      <MemoryRouter>
        <PresentLink item={{ kind: 'model', id: 'nordic' }} title="Nordic model" />
      </MemoryRouter>,
    );
    const link = screen.getByRole('link', { name: /^Present this model/ });
    expect(link.getAttribute('href')).toMatch(/^\/present\/custom\/1\/\?d=v1\./);
    expect(link.closest('.no-print')).not.toBeNull();
  });
});
