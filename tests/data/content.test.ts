/**
 * The real content in data/: it parses, every reference resolves, every claim cites, and the
 * library is as complete as the content issue requires.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/content/node/issues';
import { loadContent } from '../../src/content/node/load-content';
import { MODEL_IDS, REQUIRED_DIMENSIONS } from '../../src/content/vocabulary';

const { content, issues, stats } = loadContent(resolve(import.meta.dirname, '../..'));

describe('the content in data/', () => {
  it('has no problems', () => {
    expect(issues.map(formatIssue)).toEqual([]);
  });

  it('is complete enough to publish', () => {
    expect(stats.models).toBe(4);
    expect(stats.scenarios).toBeGreaterThanOrEqual(18);
    expect(stats.sources).toBeGreaterThanOrEqual(40);
    expect(stats.glossary).toBeGreaterThanOrEqual(30);
    expect(stats.myths).toBeGreaterThanOrEqual(8);
    expect(stats.unresolved).toBe(0);
    expect(stats.uncitedOutcomes).toBe(0);
  });

  it('rates every scenario on safety, health and police under every model', () => {
    for (const scenario of content.scenarios) {
      for (const model of MODEL_IDS) {
        for (const dimension of REQUIRED_DIMENSIONS) {
          expect(scenario.outcomes[model].ratings[dimension], `${scenario.id} ${model} ${dimension}`).toBeDefined();
        }
      }
    }
  });

  it('labels model projections as projections wherever they are cited', () => {
    const projections = content.sources.filter((s) => s.kind === 'model-projection');
    expect(projections.length).toBeGreaterThan(0);
    for (const source of projections) expect(source.note ?? '', source.id).toMatch(/projection/i);
  });
});
