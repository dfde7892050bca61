import { describe, expect, it } from 'vitest';
import type { ModelSlide, ScenarioSummary } from '../../../../src/content/payloads';
import type { Scenario } from '../../../../src/content/schemas';
import type { DeckView } from '../../../../src/features/present/deck/deck-view';
import {
  clampPosition,
  isSlideAddress,
  lastPosition,
  nextPosition,
  positionFromAddress,
  previousPosition,
} from '../../../../src/features/present/show/position';
import { stepsOf } from '../../../../src/features/present/slides/steps';

const models = ['criminalisation', 'legalisation', 'nordic', 'decriminalisation'].map((id) => ({
  id,
  name: id,
})) as ModelSlide[];
const scenario = (contentNote?: string) => ({ id: 's', title: 'S', contentNote }) as unknown as Scenario;
const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `r${i}` })) as ScenarioSummary[];

const deck = {
  ref: { kind: 'built', id: 'd' },
  title: 'D',
  models,
  references: { sources: [], terms: [] },
  notices: [],
  slides: [
    { kind: 'title', title: 'Hello' },
    { kind: 'scenario', scenario: scenario('violence'), prompts: ['Why?'] },
    { kind: 'scenario', scenario: scenario(), prompts: [] },
    { kind: 'compare', dimension: 'safety', rows: rows(18) },
  ],
} as DeckView;

describe('the steps of a slide', () => {
  it('reveal a scenario in turn: content note, situation, question, each model, prompts', () => {
    expect(stepsOf(deck.slides[1], models).map((s) => (s.kind === 'model' ? s.id : s.kind))).toEqual([
      'note',
      'situation',
      'question',
      'criminalisation',
      'legalisation',
      'nordic',
      'decriminalisation',
      'prompts',
    ]);
  });

  it('leave out the note and prompts steps when a scenario has none', () => {
    expect(stepsOf(deck.slides[2], models)).toHaveLength(6);
  });

  it('page a long comparison evenly, so its rows stay large', () => {
    expect(stepsOf(deck.slides[3], models)).toEqual([
      { kind: 'rows', from: 0, to: 4 },
      { kind: 'rows', from: 4, to: 7 },
      { kind: 'rows', from: 7, to: 11 },
      { kind: 'rows', from: 11, to: 14 },
      { kind: 'rows', from: 14, to: 18 },
    ]);
  });

  it('are one step for a title slide', () => {
    expect(stepsOf(deck.slides[0], models)).toEqual([{ kind: 'all' }]);
  });
});

describe('moving through a deck', () => {
  it('steps through every reveal before the next slide', () => {
    let p = { slide: 1, step: 0 };
    const seen: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      seen.push(`${p.slide}.${p.step}`);
      p = nextPosition(deck, p);
    }
    expect(seen.slice(0, 17)).toEqual([
      '1.0',
      '2.0',
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '2.5',
      '2.6',
      '2.7',
      '3.0',
      '3.1',
      '3.2',
      '3.3',
      '3.4',
      '3.5',
      '4.0',
      '4.1',
    ]);
    // The end of the deck is where next stops.
    expect(p).toEqual({ slide: 4, step: 4 });
  });

  it('goes back to the previous slide as it was left: fully revealed', () => {
    expect(previousPosition(deck, { slide: 3, step: 0 })).toEqual({ slide: 2, step: 7 });
    expect(previousPosition(deck, { slide: 2, step: 3 })).toEqual({ slide: 2, step: 2 });
    expect(previousPosition(deck, { slide: 1, step: 0 })).toEqual({ slide: 1, step: 0 });
  });

  it('jumps to the last slide', () => {
    expect(lastPosition(deck)).toEqual({ slide: 4, step: 0 });
  });

  it('turns any number from a link or a message into a real position', () => {
    expect(clampPosition(deck, 99, 99)).toEqual({ slide: 4, step: 4 });
    expect(clampPosition(deck, Number('x'), -1)).toEqual({ slide: 1, step: 0 });
    expect(clampPosition(deck, 2, 1.5)).toEqual({ slide: 2, step: 0 });
  });
});

describe('a slide address (reliability finding 15: one rule for every wrong slide number)', () => {
  const custom = { ...deck, ref: { kind: 'custom', encoded: 'v1.x' } } as DeckView;

  it('opens the slide it names, and the reveal step after it', () => {
    expect(positionFromAddress(deck, '2', undefined)).toEqual({ slide: 2, step: 0 });
    expect(positionFromAddress(deck, '2', '7')).toEqual({ slide: 2, step: 7 });
    expect(positionFromAddress(deck, '4', '2')).toEqual({ slide: 4, step: 2 });
  });

  it.each([
    ['0', undefined],
    ['-1', undefined],
    ['1.5', undefined],
    ['01', undefined],
    ['00001', undefined],
    ['+1', undefined],
    ['0x1', undefined],
    [' 1', undefined],
    ['1e3', undefined],
    ['NaN', undefined],
    ['5', undefined],
    ['999', undefined],
    ['2147483648', undefined],
    ['9007199254740993', undefined],
    ['2', '0'],
    ['2', '8'],
    ['2', '02'],
    ['1', '1'],
    ['2', '-1'],
  ])('names no slide as %j, step %j, in a deck built from data and in one built by hand alike', (slide, step) => {
    expect(positionFromAddress(deck, slide, step)).toBeUndefined();
    expect(positionFromAddress(custom, slide, step)).toBeUndefined();
  });

  it('can tell a malformed address before the deck is known', () => {
    expect(isSlideAddress('3', undefined)).toBe(true);
    expect(isSlideAddress('3', '4')).toBe(true);
    for (const bad of ['0', '01', '1.5', '+1', '0x1', 'abc', '']) expect(isSlideAddress(bad, undefined)).toBe(false);
    expect(isSlideAddress('3', '0')).toBe(false);
  });
});
