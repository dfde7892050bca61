/**
 * The guided path says each thing once per step: a step on a phone is already several screens
 * long, and a point read twice (once as a key point, again under "A common belief, checked")
 * costs the reader a screen and reads as padding. A key point counts as repeated when a fifth or
 * more of its five-word runs (glossary markup and punctuation stripped) appear in another key
 * point or in a belief the same step checks. A shared phrase or two is not a repeat: a belief may
 * restate a definition to argue from it.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/content/glossary-links';
import { loadContent } from '../../src/content/node/load-content';

const RUN = 5;
const REPEATED_SHARE = 0.2;
const { content } = loadContent(resolve(import.meta.dirname, '../..'));

function runs(text: string): Set<string> {
  const words = plainText(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const found = new Set<string>();
  for (let i = 0; i + RUN <= words.length; i += 1) found.add(words.slice(i, i + RUN).join(' '));
  return found;
}

interface Labelled {
  label: string;
  text: string;
}

/** Each point that another text of its step largely repeats, with how much of it. */
function repeatedPoints(points: Labelled[], others: Labelled[]): string[] {
  const all = [...points, ...others].map((t) => ({ ...t, runs: runs(t.text) }));
  return all.slice(0, points.length).flatMap((point) =>
    all.flatMap((other) => {
      if (other === point || point.runs.size === 0) return [];
      const shared = [...point.runs].filter((run) => other.runs.has(run)).length;
      const share = shared / point.runs.size;
      return share >= REPEATED_SHARE ? [`${point.label} is ${Math.round(share * 100)}% repeated in ${other.label}`] : [];
    }),
  );
}

describe('the guided path', () => {
  it('finds a point repeated in a belief the step checks, but not a shared phrase', () => {
    const point = { label: 'point 1', text: 'A UN commission called on governments to tell [[sex work|sex-work]] and trafficking apart.' };
    expect(repeatedPoints([point], [{ label: 'the belief', text: 'Here, a UN commission called on governments to tell sex work and trafficking apart.' }])).toEqual([
      'point 1 is 100% repeated in the belief',
    ]);
    expect(
      repeatedPoints([point], [{ label: 'the belief', text: 'Many people have called on governments to tell us more about the law, and about work.' }]),
    ).toEqual([]);
  });

  it.each(content.paths.flatMap((p) => p.steps.map((step) => ({ id: step.id, step }))))(
    'step $id says each thing once: no key point repeats another or a belief the step checks',
    ({ step }) => {
      const myths = (step.myths ?? []).flatMap((id) => content.myths.find((m) => m.id === id) ?? []);
      const points = step.points.map((p, i) => ({ label: `point ${i + 1}`, text: p.text }));
      const beliefs = myths.map((m) => ({ label: `the belief "${m.claim}"`, text: m.answer }));
      expect(repeatedPoints(points, beliefs)).toEqual([]);
    },
  );
});
