import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { JurisdictionSummary, ModelSummary } from '../../../src/content/payloads';
import type { MapRegion } from '../../../src/features/places/map-regions';
import { WorldMap } from '../../../src/features/places/world-map';

const crimes = {
  selling: 'legal',
  buying: 'legal',
  thirdParties: 'legal',
  soliciting: 'legal',
  advertising: 'legal',
} as const;
const places: JurisdictionSummary[] = [
  {
    id: 'new-zealand',
    name: 'New Zealand',
    kind: 'country',
    isoNumeric: '554',
    model: 'decriminalisation',
    fit: 'clear',
    features: [],
    crimes,
  },
  {
    id: 'sweden',
    name: 'Sweden',
    kind: 'country',
    isoNumeric: '752',
    model: 'nordic',
    fit: 'clear',
    features: [],
    crimes,
  },
  {
    id: 'spain',
    name: 'Spain',
    kind: 'country',
    isoNumeric: '724',
    model: 'criminalisation',
    fit: 'hybrid',
    features: [],
    crimes,
  },
  {
    id: 'victoria',
    name: 'Victoria',
    kind: 'state',
    parent: 'Australia',
    model: 'decriminalisation',
    fit: 'clear',
    features: [],
    crimes,
  },
];
const models = [
  { id: 'criminalisation', name: 'Criminalisation' },
  { id: 'nordic', name: 'Nordic model' },
  { id: 'decriminalisation', name: 'Decriminalisation' },
] as ModelSummary[];

function renderMap(highlight?: 'nordic', region?: MapRegion) {
  const router = createMemoryRouter([
    { path: '*', element: <WorldMap places={places} models={models} highlight={highlight} region={region} /> },
  ]);
  return render(<RouterProvider router={router} />).container;
}

const shape = (container: HTMLElement, title: string) =>
  [...container.querySelectorAll('path')].find((p) => p.querySelector('title')?.textContent === title);

describe('the world map', () => {
  it('colours each country with data by its model, through CSS classes only', () => {
    const container = renderMap();
    expect(shape(container, 'New Zealand: Decriminalisation')).toHaveClass('map-fill', 'model-decriminalisation');
    expect(shape(container, 'Sweden: Nordic model')).toHaveClass('model-nordic');
    expect(container.querySelector('[style]')).toBeNull();
  });

  it('links each coloured country to its page, out of the Tab order, and hides the picture from assistive technology', () => {
    const container = renderMap();
    const link = shape(container, 'Sweden: Nordic model')!.closest('a')!;
    expect(link).toHaveAttribute('href', '/places/sweden/');
    expect(link).toHaveAttribute('tabindex', '-1');
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('marks a country listed only through its parts, and leaves the rest as "no data"', () => {
    const container = renderMap();
    expect(shape(container, 'Australia: see its states, territories or cities in the table')).toHaveClass('parts');
    expect(shape(container, 'France: no data')).toHaveClass('no-data');
    expect(shape(container, 'France: no data')!.closest('a')).toBeNull();
  });

  it('fades the countries of other models when the table is filtered', () => {
    const container = renderMap('nordic');
    expect(shape(container, 'Sweden: Nordic model')).not.toHaveClass('is-faded');
    expect(shape(container, 'New Zealand: Decriminalisation')).toHaveClass('is-faded');
  });

  it('marks a hybrid as a hybrid, not as a clean case of its closest model', () => {
    const container = renderMap();
    const spain = shape(container, 'Spain: Criminalisation (hybrid)');
    expect(spain).toHaveClass('model-criminalisation', 'is-hybrid');
    expect(shape(container, 'Sweden: Nordic model')).not.toHaveClass('is-hybrid');
    // Its own banded patterns, one per model, scaled against the zoom.
    expect(
      container.querySelector('pattern#world-map-pattern-hybrid-criminalisation rect.map-hybrid-band'),
    ).not.toBeNull();
  });

  it('zooms to a region, keeping its patterns the same size on screen', () => {
    const world = renderMap().querySelector('svg.world-map')!;
    expect(world).toHaveAttribute('viewBox', '0 0 960 440');
    expect(world.querySelector('pattern')).not.toHaveAttribute('patternTransform');
    const europe = renderMap(undefined, 'europe').querySelector('svg.world-map')!;
    const [, , width, height] = europe.getAttribute('viewBox')!.split(' ').map(Number);
    // Europe is a small part of the world: a fifth of its width or less, in the map's proportions.
    expect(width).toBeLessThan(960 / 5);
    expect(width! / height!).toBeCloseTo(960 / 440, 1);
    const scale = Number(/scale\((.+)\)/.exec(europe.querySelector('pattern')!.getAttribute('patternTransform')!)![1]);
    expect(scale).toBeCloseTo(width! / 960, 2);
  });
});
