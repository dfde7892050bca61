/** How the labels other maps and reports use fit this guide's four models. */
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Citations } from '../../components/citations';
import { LastReviewed } from '../../components/last-reviewed';
import { ReferencesProvider, useReferences } from '../../components/references-context';
import { RichText } from '../../components/rich-text';
import { paths } from '../../config/paths';
import type { ClassificationsPage as Payload, JurisdictionSummary, ModelSummary } from '../../content/payloads';
import { contentQueries } from '../../content/queries';
import { messages } from '../../i18n/messages';
import { placesMessages } from '../../i18n/places';
import { MapPatterns, ModelTag } from './model-key';
import { placesStateToSearch, DEFAULT_PLACES_STATE } from './url-state';

const t = messages.classifications;

export function ClassificationsPage() {
  const { data: page } = useSuspenseQuery(contentQueries.classifications());
  const { data: models } = useSuspenseQuery(contentQueries.modelSummaries());
  const { data: places } = useSuspenseQuery(contentQueries.jurisdictions());
  return (
    <ReferencesProvider value={page}>
      <div className="page classifications">
        <MapPatterns />
        <h1>{t.title}</h1>
        <p className="lead">{t.intro}</p>
        {page.classifications.map((c) => (
          <Classification key={c.id} entry={c} models={models} places={places.jurisdictions} />
        ))}
        <p>
          <Link to={paths.places.getHref()}>{placesMessages.title}</Link>
        </p>
      </div>
    </ReferencesProvider>
  );
}

interface Props {
  entry: Payload['classifications'][number];
  models: readonly ModelSummary[];
  places: readonly JurisdictionSummary[];
}

function Classification({ entry, models, places }: Props) {
  const { term } = useReferences();
  const named = term(entry.id);
  const headingId = `${entry.id}-heading`;
  const examples = (entry.places ?? []).flatMap((id) => places.find((p) => p.id === id) ?? []);
  return (
    <section id={entry.id} aria-labelledby={headingId} className="classification">
      <h2 id={headingId}>{named?.term ?? entry.id}</h2>
      {named && (
        <p className="definition">
          <RichText text={named.definition} />
        </p>
      )}
      <div className="in-this-guide">
        <h3>{t.inThisGuide}</h3>
        <p>
          <RichText text={entry.mapping} />
        </p>
        <ul className="model-links">
          {entry.models
            .flatMap((id) => models.find((m) => m.id === id) ?? [])
            .map((m) => (
              <li key={m.id}>
                <Link to={paths.model.getHref(m.id)}>
                  <ModelTag model={m} />
                </Link>{' '}
                <Link to={paths.places.getHref(placesStateToSearch({ ...DEFAULT_PLACES_STATE, model: m.id }))}>
                  {t.placesUnder(places.filter((p) => p.model === m.id).length, m.name)}
                </Link>
              </li>
            ))}
        </ul>
        {examples.length > 0 && (
          <p>
            {t.examples}:{' '}
            {examples.map((p, i) => (
              <span key={p.id}>
                {i > 0 && ', '}
                <Link to={paths.place.getHref(p.id)}>{p.name}</Link>
              </span>
            ))}
          </p>
        )}
      </div>
      <Citations ids={[...new Set([...entry.sources, ...entry.definitionSources])]} />
      <LastReviewed date={entry.lastReviewed} />
    </section>
  );
}
