/** The comparison's CSV says what each rating rests on and how strong its evidence is. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContentFiles } from '../../../src/content/node/emit';
import { loadContent } from '../../../src/content/node/load-content';
import type { ContentIndex } from '../../../src/content/payloads';
import { compareDownloads } from '../../../src/features/compare/share-options';
import { messages } from '../../../src/i18n/messages';

const files = buildContentFiles(loadContent(resolve(import.meta.dirname, '../../..')).content);
const index = files.get('index.json') as ContentIndex;

describe('the comparison as CSV', () => {
  it('gives each model its rating, the rating’s basis and the evidence’s strength, in columns of their own', async () => {
    const state = { dimension: 'safety' as const, topic: undefined, models: ['nordic', 'decriminalisation'] as const };
    const [header, ...rows] = await compareDownloads(index, { ...state, models: [...state.models] }).loadTable!();
    const nordic = index.models.find((m) => m.id === 'nordic')!.name;
    expect(header!.slice(3, 6)).toEqual([nordic, `${nordic}: rests on`, `${nordic}: evidence`]);
    expect(header).toHaveLength(3 + 2 * 3);
    expect(rows).toHaveLength(index.scenarios.length);
    for (const [i, s] of index.scenarios.entries()) {
      const level = s.ratings.decriminalisation.safety!;
      expect(rows[i]!.slice(6)).toEqual([
        messages.ratings[level],
        messages.ratingEvidence.basis[s.bases.decriminalisation.safety!],
        messages.confidence[s.confidence.decriminalisation],
      ]);
    }
  });
});
