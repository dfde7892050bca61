import { describe, expect, it } from 'vitest';
import { MAX_CUSTOM_ITEMS, type CustomDeck } from '../../../../src/content/custom-deck';
import { addItem, moveItem, removeItem } from '../../../../src/features/present/pages/builder-items';

const deck: CustomDeck = {
  title: 'T',
  items: [
    { kind: 'scenario', id: 'a' },
    { kind: 'model', id: 'nordic' },
    { kind: 'compare', dimension: 'safety' },
  ],
};

describe('editing a hand-built deck', () => {
  it('adds a part at the end, once', () => {
    const added = addItem(deck, { kind: 'scenario', id: 'b' });
    expect(added.added && added.deck.items.at(-1)).toEqual({ kind: 'scenario', id: 'b' });
    expect(addItem(deck, { kind: 'model', id: 'nordic' })).toEqual({ deck, added: false, reason: 'duplicate' });
    // The same dimension with a topic is a different comparison.
    expect(addItem(deck, { kind: 'compare', dimension: 'safety', topic: 'police' }).added).toBe(true);
  });

  it('stops at the most a link can hold', () => {
    const full: CustomDeck = {
      title: '',
      items: Array.from({ length: MAX_CUSTOM_ITEMS }, (_, i) => ({ kind: 'scenario', id: `s${i}` })),
    };
    expect(addItem(full, { kind: 'scenario', id: 'one-more' })).toMatchObject({ added: false, reason: 'full' });
  });

  it('moves a part up and down, and not past either end', () => {
    expect(moveItem(deck, 2, -1).items.map((i) => i.kind)).toEqual(['scenario', 'compare', 'model']);
    expect(moveItem(deck, 0, 1).items.map((i) => i.kind)).toEqual(['model', 'scenario', 'compare']);
    expect(moveItem(deck, 0, -1)).toBe(deck);
    expect(moveItem(deck, 2, 1)).toBe(deck);
  });

  it('removes a part', () => {
    expect(removeItem(deck, 1).items).toEqual([deck.items[0], deck.items[2]]);
  });
});
