/** The real content against the bundled map: every country with data has a shape to colour. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/node/load-content';
import { countryShapes } from '../../../src/features/places/map-geometry';
import { MAP_HEIGHT, MAP_WIDTH } from '../../../src/features/places/map-size';

const { content } = loadContent(resolve(import.meta.dirname, '../../..'));
const shapes = countryShapes();

describe('the map geometry', () => {
  it('projects the world’s countries (not Antarctica) to SVG paths inside the drawing', () => {
    expect(shapes.length).toBeGreaterThan(150);
    expect(shapes.some((s) => s.id === '010')).toBe(false);
    const numbers = shapes.flatMap((s) => s.d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(-1);
    expect(Math.max(...numbers)).toBeLessThanOrEqual(Math.max(MAP_WIDTH, MAP_HEIGHT) + 1);
  });

  it('has a shape for every place with an ISO code', () => {
    const codes = new Set(shapes.map((s) => s.id));
    const missing = content.jurisdictions.filter((j) => j.isoNumeric && !codes.has(j.isoNumeric)).map((j) => j.id);
    expect(missing).toEqual([]);
  });

  it('finds, by name, every country listed only through its states, territories or cities', () => {
    const coded = new Set(content.jurisdictions.flatMap((j) => (j.isoNumeric ? [j.name] : [])));
    const parents = new Set(content.jurisdictions.flatMap((j) => (j.parent && !coded.has(j.parent) ? [j.parent] : [])));
    const names = new Set(shapes.map((s) => s.name));
    expect([...parents].filter((p) => !names.has(p))).toEqual([]);
    expect(parents.size).toBeGreaterThan(0);
  });
});
