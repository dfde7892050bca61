import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import type { ContentIndex } from '../../../src/content/payloads';
import { queryFromPath, suggestPages } from '../../../src/features/not-found/suggest';

const index = {
  models: [
    { id: 'nordic', name: 'Nordic model', order: 3, summary: '', otherNames: [] },
    { id: 'decriminalisation', name: 'Decriminalisation', order: 4, summary: '', otherNames: [] },
  ],
  scenarios: [
    { id: 'police-find-condoms', title: 'Police find condoms in her bag' },
    { id: 'landlord-finds-out', title: 'A landlord finds out' },
  ],
  aliases: { scenarios: {}, models: {} },
} as unknown as ContentIndex;

describe('not-found suggestions', () => {
  it('finds the scenario a mistyped link meant', () => {
    expect(suggestPages(MiniSearch, index, '/scenarios/polise-find-condom/')[0]).toEqual({
      href: '/scenarios/police-find-condoms/',
      title: 'Police find condoms in her bag',
    });
  });

  it('finds a model from a misspelt id', () => {
    expect(suggestPages(MiniSearch, index, '/models/decriminalization/')[0]?.href).toBe('/models/decriminalisation/');
  });

  it('suggests nothing for paths with no meaningful words, and survives malformed escapes', () => {
    expect(suggestPages(MiniSearch, index, '/scenarios/')).toEqual([]);
    expect(queryFromPath('/%E0%A4%A/landlord')).toContain('landlord');
    expect(() => suggestPages(MiniSearch, index, `/${'x'.repeat(5000)}`)).not.toThrow();
  });
});
