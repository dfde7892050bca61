import { describe, expect, it } from 'vitest';
import { deckHref, deckRefFrom } from '../../../../src/features/present/deck/deck-ref';

describe('links between a hand-built deck’s pages', () => {
  it('carry the deck encoded, so a # or & in a copied link never becomes a fragment or another parameter', () => {
    // The link had d=<deck>%23%25&x; the page decoded it to "<deck>#%".
    const ref = deckRefFrom('custom', `?d=${encodeURIComponent('v1.dDpU#%&x=1')}`);
    const href = deckHref.slide(ref, 1);
    expect(href).toBe('/present/custom/1/?d=v1.dDpU%23%25%26x%3D1');
    const back = new URL(href, 'http://x.invalid');
    expect(back.hash).toBe('');
    expect(back.searchParams.get('d')).toBe('v1.dDpU#%&x=1');
    expect([...back.searchParams.keys()]).toEqual(['d']);
  });

  it('leave an ordinary deck link as it was', () => {
    expect(deckHref.overview(deckRefFrom('custom', '?d=v1.dDpUaXRsZQ'))).toBe('/present/custom/?d=v1.dDpUaXRsZQ');
  });
});
