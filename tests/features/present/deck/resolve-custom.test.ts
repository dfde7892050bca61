import { describe, expect, it } from 'vitest';
import type { ContentIndex } from '../../../../src/content/payloads';
import { resolveCustomDeck } from '../../../../src/features/present/deck/resolve-custom';

const index = {
  models: [],
  scenarios: [{ id: 'client-turns-violent' }, { id: 'police-find-condoms' }],
  aliases: { scenarios: { 'violent-client': 'client-turns-violent' }, models: {} },
} as unknown as ContentIndex;

describe('checking a custom deck against the content', () => {
  it('follows renamed scenarios and drops, and names, ones that no longer exist', () => {
    const { deck, notices } = resolveCustomDeck(
      {
        title: 'T',
        items: [
          { kind: 'scenario', id: 'violent-client' },
          { kind: 'scenario', id: 'gone-for-good' },
          { kind: 'model', id: 'nordic' },
          { kind: 'scenario', id: 'police-find-condoms' },
          { kind: 'scenario', id: 'gone-for-good' },
        ],
      },
      index,
    );
    expect(deck.items).toEqual([
      { kind: 'scenario', id: 'client-turns-violent' },
      { kind: 'model', id: 'nordic' },
      { kind: 'scenario', id: 'police-find-condoms' },
    ]);
    expect(notices).toEqual([{ kind: 'missing', ids: ['gone-for-good'] }]);
  });

  it('has nothing to say about a deck that is intact', () => {
    expect(
      resolveCustomDeck({ title: 'T', items: [{ kind: 'scenario', id: 'police-find-condoms' }] }, index).notices,
    ).toEqual([]);
  });
});
