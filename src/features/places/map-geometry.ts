/**
 * Country outlines projected to SVG paths. Loaded only with the map (see places-map.tsx): the
 * geometry comes from the world-atlas package (Natural Earth 1:110m, already simplified) and is
 * bundled into this site's own files, never fetched from another host.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import atlas from 'world-atlas/countries-110m.json';
import { MAP_HEIGHT, MAP_WIDTH } from './map-size';

export interface CountryShape {
  /** ISO 3166-1 numeric code, as in the content's isoNumeric; empty for a few disputed areas. */
  id: string;
  name: string;
  d: string;
}

/** No place in this guide is there, and it takes a fifth of the height of an equal-area map. */
const ANTARCTICA = '010';

type Topology = Parameters<typeof feature>[0];
interface CountriesTopology {
  objects: { countries: Parameters<typeof feature>[1] };
}

let shapes: CountryShape[] | undefined;

export function countryShapes(): CountryShape[] {
  if (shapes) return shapes;
  const topology = atlas as unknown as Topology & CountriesTopology;
  const collection = feature(topology, topology.objects.countries);
  const countries = ('features' in collection ? collection.features : [collection]).filter((f) => f.id !== ANTARCTICA);
  const fc = { type: 'FeatureCollection' as const, features: countries };
  const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], fc);
  // One decimal is finer than a pixel at any size the map is shown, and keeps the DOM small.
  const path = geoPath(projection).digits(1);
  shapes = countries.flatMap((f) => {
    const d = path(f);
    const name = (f.properties as { name?: string } | null)?.name ?? '';
    return d ? [{ id: f.id === undefined ? '' : String(f.id), name, d }] : [];
  });
  return shapes;
}
