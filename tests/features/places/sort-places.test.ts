import { describe, expect, it } from 'vitest';
import type { JurisdictionSummary } from '../../../src/content/payloads';
import { MODEL_IDS } from '../../../src/content/vocabulary';
import { visiblePlaces } from '../../../src/features/places/sort-places';
import { DEFAULT_PLACES_STATE } from '../../../src/features/places/url-state';

const crimes = {
  selling: 'legal',
  buying: 'legal',
  thirdParties: 'legal',
  soliciting: 'legal',
  advertising: 'legal',
} as const;
const place = (id: string, model: JurisdictionSummary['model'], yearInForce?: number): JurisdictionSummary => ({
  id,
  name: id,
  kind: 'country',
  model,
  fit: 'clear',
  yearInForce,
  features: [],
  crimes,
});
const places = [
  place('Cedar', 'nordic', 2009),
  place('Alder', 'decriminalisation', 2003),
  place('Birch', 'criminalisation'),
  place('Dogwood', 'nordic', 1999),
];
const ids = (list: JurisdictionSummary[]) => list.map((p) => p.id);

describe('ordering and filtering the places table', () => {
  it('sorts by name, both ways', () => {
    expect(ids(visiblePlaces(places, DEFAULT_PLACES_STATE, MODEL_IDS))).toEqual(['Alder', 'Birch', 'Cedar', 'Dogwood']);
    expect(ids(visiblePlaces(places, { ...DEFAULT_PLACES_STATE, descending: true }, MODEL_IDS))).toEqual([
      'Dogwood',
      'Cedar',
      'Birch',
      'Alder',
    ]);
  });

  it('sorts by model in the guide’s order, then by name', () => {
    expect(ids(visiblePlaces(places, { ...DEFAULT_PLACES_STATE, sort: 'model' }, MODEL_IDS))).toEqual([
      'Birch',
      'Cedar',
      'Dogwood',
      'Alder',
    ]);
  });

  it('sorts by year either way, with unknown years always last', () => {
    expect(ids(visiblePlaces(places, { ...DEFAULT_PLACES_STATE, sort: 'year' }, MODEL_IDS))).toEqual([
      'Dogwood',
      'Alder',
      'Cedar',
      'Birch',
    ]);
    expect(ids(visiblePlaces(places, { ...DEFAULT_PLACES_STATE, sort: 'year', descending: true }, MODEL_IDS))).toEqual([
      'Cedar',
      'Alder',
      'Dogwood',
      'Birch',
    ]);
  });

  it('shows only the chosen model, and leaves the input alone', () => {
    expect(ids(visiblePlaces(places, { ...DEFAULT_PLACES_STATE, model: 'nordic' }, MODEL_IDS))).toEqual([
      'Cedar',
      'Dogwood',
    ]);
    expect(ids(places)).toEqual(['Cedar', 'Alder', 'Birch', 'Dogwood']);
  });
});
