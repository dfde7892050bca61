/**
 * The parts of the world the map can zoom to, so that small countries (Belgium, the Netherlands,
 * Switzerland) become large enough to tap on a phone. Bounds are longitudes west to east and
 * latitudes south to north; "world" is the whole map.
 */
import type { Bounds } from './map-geometry';

export const MAP_REGIONS = ['world', 'europe', 'africa', 'asia-pacific', 'americas'] as const;
export type MapRegion = (typeof MAP_REGIONS)[number];

/** Everything the map draws (it leaves out Antarctica). */
export const WORLD: Bounds = [-180, -58, 180, 84];

export const REGION_BOUNDS: Record<Exclude<MapRegion, 'world'>, Bounds> = {
  europe: [-10, 36, 26, 60],
  africa: [-20, -36, 52, 38],
  'asia-pacific': [66, -48, 180, 46],
  americas: [-170, -56, -32, 72],
};
