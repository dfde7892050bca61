import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { Citations } from '../../components/citations';
import { LastReviewed } from '../../components/last-reviewed';
import { OnThisPage, type PageSection } from '../../components/on-this-page';
import { ReferencesProvider } from '../../components/references-context';
import { RichText } from '../../components/rich-text';
import { SourcedList } from '../../components/sourced-list';
import { paths } from '../../config/paths';
import type { JurisdictionPage } from '../../content/payloads';
import { contentQueries } from '../../content/queries';
import type { ModelId } from '../../content/vocabulary';
import { placesMessages } from '../../i18n/places';
import { FitNote } from './fit-note';
import { MapPatterns, ModelTag } from './model-key';
import { PlaceCrimes } from './place-crimes';
import { PlaceScenarios } from './place-scenarios';
import { ReformList } from './reform-list';

const t = placesMessages.place;

export function PlacePage() {
  const { placeId = '' } = useParams();
  const { data: page } = useSuspenseQuery(contentQueries.jurisdiction(placeId));
  const { data: models } = useSuspenseQuery(contentQueries.modelSummaries());
  const { jurisdiction: j } = page;
  const model = models.find((m) => m.id === j.model);
  const modelName = (id: ModelId) => models.find((m) => m.id === id)?.name ?? id;
  const { scenarios } = page;
  return (
    <ReferencesProvider value={page}>
      <article className={`page place-page model-${j.model}`}>
        <MapPatterns />
        <header>
          <p className="breadcrumb">
            <Link to={paths.places.getHref()}>{t.allPlaces}</Link>
          </p>
          <h1>{j.name}</h1>
          <dl className="place-facts">
            <div>
              <dt>{t.kind}</dt>
              <dd>
                {j.parent
                  ? placesMessages.partOf(placesMessages.kinds[j.kind], j.parent)
                  : placesMessages.kinds[j.kind]}
              </dd>
            </div>
            <div>
              <dt>{t.model}</dt>
              <dd>{model ? <ModelTag model={model} hybrid={j.fit === 'hybrid'} /> : j.model}</dd>
            </div>
            <div>
              <dt>{t.fit}</dt>
              <dd>{placesMessages.fits[j.fit]}</dd>
            </div>
            <div>
              <dt>{t.law}</dt>
              <dd>{j.law}</dd>
            </div>
            {j.yearInForce && (
              <div>
                <dt>{t.inForce}</dt>
                <dd>{j.yearInForce}</dd>
              </div>
            )}
          </dl>
          <FitNote fit={j.fit} note={j.fitNote} />
        </header>
        <OnThisPage sections={placeSections(page)} />
        <section aria-labelledby="on-paper">
          <h2 id="on-paper">{t.onPaper}</h2>
          <p>
            <RichText text={j.onPaper} />
          </p>
          <Citations ids={j.sources} />
        </section>
        <PlaceCrimes place={j.name} crimes={j.crimes} />
        <section aria-labelledby="features">
          <h2 id="features">{t.features}</h2>
          {j.features.length > 0 ? (
            <ul>
              {j.features.map((f) => (
                <li key={f}>{placesMessages.features[f]}</li>
              ))}
            </ul>
          ) : (
            <p>{t.noFeatures}</p>
          )}
        </section>
        {j.inPractice.length > 0 && <SourcedList id="in-practice" title={t.inPractice} items={j.inPractice} />}
        <section aria-labelledby="reforms">
          <h2 id="reforms">{t.reforms}</h2>
          {j.reforms.length > 0 ? <ReformList reforms={j.reforms} modelName={modelName} /> : <p>{t.noReforms}</p>}
        </section>
        {scenarios.length > 0 && (
          <PlaceScenarios placeId={j.id} placeName={j.name} scenarios={scenarios} models={models} />
        )}
        <ul className="page-links">
          <li>
            <Link to={paths.model.getHref(j.model)}>{t.modelLink(modelName(j.model))}</Link>
          </li>
          <li>
            <Link to={paths.timeline.getHref()}>{placesMessages.timelineLink}</Link>
          </li>
        </ul>
        <LastReviewed date={j.lastReviewed} />
      </article>
    </ReferencesProvider>
  );
}

/** The page's sections, in order, for "On this page" (the ids of their headings). */
function placeSections({ jurisdiction: j, scenarios }: JurisdictionPage): PageSection[] {
  return [
    { id: 'on-paper', label: t.onPaper },
    { id: 'crimes', label: t.crimes },
    { id: 'features', label: t.features },
    ...(j.inPractice.length > 0 ? [{ id: 'in-practice', label: t.inPractice }] : []),
    { id: 'reforms', label: t.reforms },
    ...(scenarios.length > 0 ? [{ id: 'scenarios', label: t.scenarios }] : []),
  ];
}
