/**
 * Country outlines projected to SVG paths. Loaded only with the map (see places-map.tsx): the
 * geometry comes from the world-atlas package (Natural Earth 1:110m, already simplified) and is
 * bundled into this site's own files, never fetched from another host.
 */
import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
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
let projection: GeoProjection | undefined;

export function countryShapes(): CountryShape[] {
  if (shapes) return shapes;
  const topology = atlas as unknown as Topology & CountriesTopology;
  const collection = feature(topology, topology.objects.countries);
  const countries = ('features' in collection ? collection.features : [collection]).filter((f) => f.id !== ANTARCTICA);
  const fc = { type: 'FeatureCollection' as const, features: countries };
  projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], fc);
  // One decimal is finer than a pixel at any size the map is shown, and keeps the DOM small.
  const path = geoPath(projection).digits(1);
  shapes = countries.flatMap((f) => {
    const d = path(f);
    const name = (f.properties as { name?: string } | null)?.name ?? '';
    return d ? [{ id: f.id === undefined ? '' : String(f.id), name, d }] : [];
  });
  return shapes;
}

/** A region as longitudes west to east and latitudes south to north, in degrees. */
export type Bounds = readonly [west: number, south: number, east: number, north: number];

/**
 * The SVG viewBox that shows a region of the map, widened or heightened to the frame's
 * proportions (width over height) so it fills the frame. Projected with the map's projection,
 * so it lines up. The whole world, in the map's own proportions, is the map's full drawing.
 */
export function regionViewBox([west, south, east, north]: Bounds, aspect = MAP_WIDTH / MAP_HEIGHT): string {
  countryShapes();
  const project = projection!;
  const points: [number, number][] = [];
  for (let i = 0; i <= 16; i += 1) {
    const lon = west + ((east - west) * i) / 16;
    const lat = south + ((north - south) * i) / 16;
    points.push([lon, south], [lon, north], [west, lat], [east, lat]);
  }
  const xy = points.flatMap((p): [number, number][] => {
    const projected = project(p);
    return projected ? [projected] : [];
  });
  let x0 = Math.min(...xy.map((p) => p[0]));
  let x1 = Math.max(...xy.map((p) => p[0]));
  let y0 = Math.min(...xy.map((p) => p[1]));
  let y1 = Math.max(...xy.map((p) => p[1]));
  if (west <= -180 && east >= 180) {
    [x0, y0, x1, y1] = [0, 0, MAP_WIDTH, MAP_HEIGHT];
  }
  if ((x1 - x0) / (y1 - y0) < aspect) {
    const grow = ((y1 - y0) * aspect - (x1 - x0)) / 2;
    x0 -= grow;
    x1 += grow;
  } else {
    const grow = ((x1 - x0) / aspect - (y1 - y0)) / 2;
    y0 -= grow;
    y1 += grow;
  }
  const r = (n: number) => Math.round(n * 10) / 10;
  return `${r(x0)} ${r(y0)} ${r(x1 - x0)} ${r(y1 - y0)}`;
}
