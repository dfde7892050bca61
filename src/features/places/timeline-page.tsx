import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ReferencesProvider } from '../../components/references-context';
import { paths } from '../../config/paths';
import { contentQueries } from '../../content/queries';
import type { ModelId } from '../../content/vocabulary';
import { messages } from '../../i18n/messages';
import { placesMessages } from '../../i18n/places';
import { useHydratedSearch } from '../../lib/use-hydrated';
import { MapPatterns } from './model-key';
import { ModelFilter } from './model-filter';
import { ReformList } from './reform-list';
import { parseTimelineState, timelineStateToSearch } from './timeline-url-state';

const t = messages.timeline;

export function TimelinePage() {
  const { data: models } = useSuspenseQuery(contentQueries.modelSummaries());
  const { data: page } = useSuspenseQuery(contentQueries.timeline());
  const { model } = parseTimelineState(useHydratedSearch());
  const shown = model ? page.reforms.filter((r) => r.model === model) : page.reforms;
  const modelName = (id: ModelId) => models.find((m) => m.id === id)?.name ?? id;
  return (
    <ReferencesProvider value={page}>
      <div className="page timeline">
        <MapPatterns />
        <h1>{t.title}</h1>
        <p className="lead">{t.intro}</p>
        <ModelFilter
          label={placesMessages.filterByModel}
          models={models}
          current={model}
          hrefFor={(m) => paths.timeline.getHref(timelineStateToSearch({ model: m }))}
        />
        <p role="status">{shown.length === 0 ? t.empty : t.showing(shown.length, page.reforms.length)}</p>
        <ReformList reforms={shown} modelName={modelName} />
        <ul className="page-links">
          <li>
            <Link to={paths.places.getHref()}>{placesMessages.title}</Link>
          </li>
          <li>
            <Link to={paths.classifications.getHref()}>{placesMessages.classificationsLink}</Link>
          </li>
        </ul>
      </div>
    </ReferencesProvider>
  );
}
