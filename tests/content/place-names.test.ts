import { describe, expect, it } from 'vitest';
import { placeIdForName, placeNameParts } from '../../src/content/place-names';

const places = [
  { id: 'canada', name: 'Canada' },
  { id: 'victoria', name: 'Victoria' },
  { id: 'england-and-wales', name: 'England and Wales' },
  { id: 'buenos-aires-argentina', name: 'Buenos Aires' },
  { id: 'reunion', name: 'Réunion' },
];

describe('matching the places a scenario names to the guide’s places', () => {
  it('drops the bracketed years and notes, and tries the place before its country', () => {
    expect(placeNameParts('Victoria, Australia (2022, 2023)')).toEqual(['Victoria', 'Australia']);
    expect(placeNameParts('Canada (police policy 2013; national law 2014)')).toEqual(['Canada']);
    expect(placeNameParts('  ')).toEqual([]);
  });

  it.each([
    ['Canada (before 2014)', 'canada'],
    ['Victoria, Australia (licensing until 2022)', 'victoria'],
    ['England and Wales (partial criminalisation)', 'england-and-wales'],
    ['Buenos Aires, Argentina (partial criminalisation)', 'buenos-aires-argentina'],
    // A city the guide does not list on its own: its country.
    ['Vancouver, Canada (2013)', 'canada'],
    // Case and accents do not matter.
    ['reunion (2016)', 'reunion'],
  ])('%s is %s', (named, id) => {
    expect(placeIdForName(named, places)).toBe(id);
  });

  it('names no place for a place the guide does not list', () => {
    expect(placeIdForName('Atlantis (2000)', places)).toBeUndefined();
    expect(placeIdForName('Tijuana, Mexico', places)).toBeUndefined();
  });
});
