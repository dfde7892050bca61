/**
 * The map's frame. The map's code and geometry (world-map.tsx, about 50 kB compressed) load
 * only once this component is shown in a browser; the prerendered page, the legend and the
 * table never need them, and if they fail to load the table still says everything.
 */
import { useEffect, useState, type ComponentType } from 'react';
import type { JurisdictionSummary, ModelSummary } from '../../content/payloads';
import type { ModelId } from '../../content/vocabulary';
import { placesMessages } from '../../i18n/places';
import { MapLegend } from './model-key';
import type { WorldMapProps } from './world-map';

const t = placesMessages.map;

type MapState = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; WorldMap: ComponentType<WorldMapProps> };

interface Props {
  places: readonly JurisdictionSummary[];
  models: readonly ModelSummary[];
  highlight: ModelId | undefined;
}

export function PlacesMap({ places, models, highlight }: Props) {
  const [map, setMap] = useState<MapState>({ kind: 'loading' });
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
      <div className="map-frame">
        {map.kind === 'ready' ? (
          <map.WorldMap places={places} models={models} highlight={highlight} />
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
      <figcaption>{t.caption}</figcaption>
      <MapLegend models={models} />
    </figure>
  );
}
