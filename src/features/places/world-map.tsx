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
import { countryShapes } from './map-geometry';
import { MAP_HEIGHT, MAP_WIDTH } from './map-size';

const t = placesMessages.map;

export interface WorldMapProps {
  places: readonly JurisdictionSummary[];
  models: readonly ModelSummary[];
  /** The model the table is filtered to: other countries fade. */
  highlight: ModelId | undefined;
}

export function WorldMap({ places, models, highlight }: WorldMapProps) {
  const byCode = new Map(places.flatMap((p) => (p.isoNumeric ? [[p.isoNumeric, p] as const] : [])));
  // Countries listed only through their states, territories or cities (Australia, the UK...).
  const partsOnly = new Set(places.flatMap((p) => (p.parent ? [p.parent] : [])));
  const modelName = (id: ModelId) => models.find((m) => m.id === id)?.name ?? id;
  return (
    <svg className="world-map" viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} aria-hidden="true" focusable="false">
      {countryShapes().map((shape, i) => {
        const place = byCode.get(shape.id);
        if (place) {
          const faded = highlight && place.model !== highlight ? ' is-faded' : '';
          return (
            <Link key={i} to={paths.place.getHref(place.id)} tabIndex={-1} className="map-link">
              <path d={shape.d} className={`map-country map-fill model-${place.model}${faded}`}>
                <title>{`${place.name}: ${modelName(place.model)}`}</title>
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
