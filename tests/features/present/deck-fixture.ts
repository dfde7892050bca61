/** A deck for the content fixture: every kind of slide, notes, prompts and a facilitator plan. */
import { stringify } from 'yaml';
import { scenarioEntry, writeContentFixture, writeEntry } from '../../fixtures/content-fixture';

export function deckEntry() {
  return {
    title: 'A deck',
    description: 'What the session covers.',
    minutes: 20,
    order: 1,
    slides: [
      {
        kind: 'title',
        title: 'Welcome',
        body: 'Four ways the law can treat [[term-one]].',
        notes: 'Set ground rules.',
      },
      { kind: 'model', id: 'nordic', notes: 'About model 3.' },
      { kind: 'scenario', id: 'a-scenario', prompts: ['What would you do?'], notes: 'Ask for predictions first.' },
      { kind: 'compare', dimension: 'police', notes: 'Look for patterns.' },
    ],
    facilitator: {
      aims: ['Understand the four models.'],
      timing: [
        { minutes: 5, activity: 'Welcome.' },
        { minutes: 15, activity: 'Predict, then reveal.' },
      ],
      materials: ['A projector.'],
    },
    lastReviewed: '2026-11-25',
  };
}

/** The shared content fixture, plus a deck and a second scenario the deck does not use. */
export function writeDeckFixture(): string {
  const root = writeContentFixture();
  writeEntry(root, 'decks', 'a-deck.yaml', stringify(deckEntry()));
  writeEntry(
    root,
    'scenarios',
    'unused-scenario.yaml',
    stringify({ ...scenarioEntry(), title: 'Not in the deck', contentNote: 'violence' }),
  );
  return root;
}
