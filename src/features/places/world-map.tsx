/**
 * The world map itself, loaded only when the map is shown (places-map.tsx imports it lazily).
 * It is a picture for sighted readers: hidden from assistive technology and out of the Tab
 * order, because the table beside it lists every place with the same facts and links.
 */
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import type { JurisdictionSummary, ModelSummary } from '../../content/payloads';
import type { ModelId } from '../../content/vocabulary';
import { placesMessages } from '../../i18n/places';
import { countryShapes, regionViewBox } from './map-geometry';
import { REGION_BOUNDS, WORLD, type MapRegion } from './map-regions';
import { PatternDefs } from './model-key';
import { MAP_HEIGHT, MAP_WIDTH } from './map-size';

const t = placesMessages.map;

export interface WorldMapProps {
  places: readonly JurisdictionSummary[];
  models: readonly ModelSummary[];
  /** The model the table is filtered to: other countries fade. */
  highlight: ModelId | undefined;
  /** The part of the world shown; small countries can be tapped once zoomed in. */
  region?: MapRegion;
  /** The frame's width over its height: the view fills it. */
  aspect?: number;
}

/** The viewBox for a region in a frame of this shape, and how far it zooms in on the whole map. */
function mapView(region: MapRegion, aspect: number): { viewBox: string; zoom: number } {
  const box = region === 'world' ? regionViewBox(WORLD, aspect) : regionViewBox(REGION_BOUNDS[region], aspect);
  const width = Number(box.split(' ')[2]);
  return { viewBox: box, zoom: Math.max(1, MAP_WIDTH / width) };
}

export function WorldMap({
  places,
  models,
  highlight,
  region = 'world',
  aspect = MAP_WIDTH / MAP_HEIGHT,
}: WorldMapProps) {
  const view = mapView(region, aspect);
  const byCode = new Map(places.flatMap((p) => (p.isoNumeric ? [[p.isoNumeric, p] as const] : [])));
  // Countries listed only through their states, territories or cities (Australia, the UK...).
  const partsOnly = new Set(places.flatMap((p) => (p.parent ? [p.parent] : [])));
  const modelName = (id: ModelId) => models.find((m) => m.id === id)?.name ?? id;
  return (
    <svg className="world-map" viewBox={view.viewBox} aria-hidden="true" focusable="false">
      <defs>
        <PatternDefs prefix="world-map-pattern" scale={1 / view.zoom} />
      </defs>
      {countryShapes().map((shape, i) => {
        const place = byCode.get(shape.id);
        if (place) {
          const faded = highlight && place.model !== highlight ? ' is-faded' : '';
          // A hybrid is not painted as a clean case of its closest model (model-key.tsx).
          const hybrid = place.fit === 'hybrid';
          const name = hybrid ? placesMessages.hybridOf(modelName(place.model)) : modelName(place.model);
          return (
            <Link key={i} to={paths.place.getHref(place.id)} tabIndex={-1} className="map-link">
              <path
                d={shape.d}
                className={`map-country map-fill model-${place.model}${hybrid ? ' is-hybrid' : ''}${faded}`}
              >
                <title>{`${place.name}: ${name}`}</title>
              </path>
            </Link>
          );
        }
        const parts = partsOnly.has(shape.name);
        return (
          <path
            key={i}
            d={shape.d}
            className={`map-country map-fill ${parts ? 'parts' : 'no-data'}${highlight ? ' is-faded' : ''}`}
          >
            <title>{parts ? t.partsTitle(shape.name) : t.noDataTitle(shape.name)}</title>
          </path>
        );
      })}
    </svg>
  );
}
