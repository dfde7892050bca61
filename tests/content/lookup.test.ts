import { describe, expect, it } from 'vitest';
import { findModel, findScenario } from '../../src/content/lookup';
import type { ContentIndex } from '../../src/content/payloads';
import { resolveCustomDeck } from '../../src/features/present/deck/resolve-custom';

const index = {
  models: [{ id: 'nordic' }],
  scenarios: [{ id: 'police-find-condoms' }],
  aliases: { scenarios: { 'old-name': 'police-find-condoms' }, models: {} },
} as unknown as ContentIndex;

const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

describe('every id is just a name', () => {
  it.each(PROTOTYPE_NAMES)('"%s" is an ordinary unknown scenario and model, not a member every object has', (id) => {
    expect(findScenario(index, id)).toEqual({ kind: 'missing' });
    expect(findModel(index, id)).toEqual({ kind: 'missing' });
  });

  it('aliases still move renamed ids', () => {
    expect(findScenario(index, 'old-name')).toEqual({ kind: 'moved', id: 'police-find-condoms' });
  });

  it('a hand-built deck naming "constructor" drops it as missing, instead of asking for code as content', () => {
    const { deck, notices } = resolveCustomDeck(
      {
        title: 'T',
        items: [
          { kind: 'scenario', id: 'constructor' },
          { kind: 'scenario', id: 'police-find-condoms' },
        ],
      },
      index,
    );
    expect(deck.items).toEqual([{ kind: 'scenario', id: 'police-find-condoms' }]);
    expect(notices).toEqual([{ kind: 'missing', ids: ['constructor'] }]);
  });
});
