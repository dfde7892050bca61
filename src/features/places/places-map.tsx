/**
 * The map's frame. The map's code and geometry (world-map.tsx, about 50 kB compressed) load
 * only once this component is shown in a browser; the prerendered page, the legend and the
 * table never need them, and if they fail to load the table still says everything.
 *
 * On a phone the whole world is 330 px wide and Belgium a few pixels, so the map zooms to a part
 * of the world: the buttons are in the prerendered page (hidden without scripts, when there is no
 * map), so nothing moves when the map arrives. The list below the map names every place anyway.
 */
import { useEffect, useRef, useState, type ComponentType } from 'react';
import type { JurisdictionSummary, ModelSummary } from '../../content/payloads';
import type { ModelId } from '../../content/vocabulary';
import { placesMessages } from '../../i18n/places';
import { MAP_REGIONS, type MapRegion } from './map-regions';
import { MapLegend } from './model-key';
import type { WorldMapProps } from './world-map';

const t = placesMessages.map;

type MapState = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; WorldMap: ComponentType<WorldMapProps> };

interface Props {
  places: readonly JurisdictionSummary[];
  models: readonly ModelSummary[];
  highlight: ModelId | undefined;
  /** The id of the list of every place, which the map links to. */
  listId: string;
}

export function PlacesMap({ places, models, highlight, listId }: Props) {
  const [map, setMap] = useState<MapState>({ kind: 'loading' });
  const [region, setRegion] = useState<MapRegion>('world');
  // The frame is taller on a phone (styles-reading.css), and the map fills whatever shape it has.
  const frame = useRef<HTMLDivElement>(null);
  const [aspect, setAspect] = useState<number | undefined>(undefined);
  useEffect(() => {
    const element = frame.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => element.clientHeight > 0 && setAspect(element.clientWidth / element.clientHeight);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    let live = true;
    import('./world-map').then(
      ({ WorldMap }) => live && setMap({ kind: 'ready', WorldMap }),
      () => live && setMap({ kind: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, []);
  return (
    <figure className="places-map">
      <div className="map-zoom needs-script" role="group" aria-label={t.zoomLabel}>
        {MAP_REGIONS.map((r) => (
          <button
            key={r}
            type="button"
            aria-pressed={region === r}
            onClick={() => setRegion(r)}
            disabled={map.kind === 'failed'}
          >
            {t.regions[r]}
          </button>
        ))}
      </div>
      <div className="map-frame" ref={frame}>
        {map.kind === 'ready' ? (
          <map.WorldMap places={places} models={models} highlight={highlight} region={region} aspect={aspect} />
        ) : (
          <p className="map-placeholder">
            {map.kind === 'failed' ? (
              t.failed
            ) : (
              // Both, so the words do not change (and move) when the page hydrates.
              <>
                <span className="needs-script">{t.loading}</span>
                <span className="without-script">{t.beforeScript}</span>
              </>
            )}
          </p>
        )}
      </div>
      <figcaption>
        {t.caption} <a href={`#${listId}`}>{t.listLink}</a>
      </figcaption>
      <MapLegend models={models} />
    </figure>
  );
}
