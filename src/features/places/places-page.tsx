import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ShareControls } from '../../components/share/share-controls';
import { paths } from '../../config/paths';
import { contentQueries } from '../../content/queries';
import { placesMessages } from '../../i18n/places';
import { MapPatterns } from './model-key';
import { ModelFilter } from './model-filter';
import { PlacesMap } from './places-map';
import { PLACES_CAPTION_ID, PlacesTable } from './places-table';
import { placesDownloads } from './share-options';
import { visiblePlaces } from './sort-places';
import { parsePlacesState, placesStateToSearch, sortBy, type PlacesState } from './url-state';
import { useUrlState } from '../../lib/use-url-state';

const t = placesMessages;
const placesHref = (state: PlacesState) => paths.places.getHref(placesStateToSearch(state));

export function PlacesPage() {
  const { data: models } = useSuspenseQuery(contentQueries.modelSummaries());
  const { data } = useSuspenseQuery(contentQueries.jurisdictions());
  const [state, change] = useUrlState(parsePlacesState, placesHref);
  const shown = visiblePlaces(
    data.jurisdictions,
    state,
    models.map((m) => m.id),
  );
  return (
    <div className="page places">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <ShareControls
        title={t.title}
        downloads={placesDownloads(
          shown,
          models,
          models.find((m) => m.id === state.model),
        )}
      />
      <ul className="page-links">
        <li>
          <Link to={paths.timeline.getHref()}>{t.timelineLink}</Link>
        </li>
        <li>
          <Link to={paths.classifications.getHref()}>{t.classificationsLink}</Link>
        </li>
      </ul>
      <MapPatterns />
      <PlacesMap places={data.jurisdictions} models={models} highlight={state.model} listId={PLACES_CAPTION_ID} />
      <ModelFilter
        label={t.filterByModel}
        models={models}
        current={state.model}
        hrefFor={(model) => placesHref({ ...state, model })}
      />
      <p role="status">
        {t.showing(shown.length, data.jurisdictions.length)}, {t.sortedBy[state.sort](state.descending)}
      </p>
      <PlacesTable
        places={shown}
        models={models}
        state={state}
        onSort={(key) => change((current) => sortBy(current, key))}
      />
    </div>
  );
}
