import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { Citations } from '../../components/citations';
import { LastReviewed } from '../../components/last-reviewed';
import { ReferencesProvider } from '../../components/references-context';
import { RichText } from '../../components/rich-text';
import { PresentLink } from '../../components/present-link';
import { ShareControls } from '../../components/share/share-controls';
import { paths } from '../../config/paths';
import { contentQueries } from '../../content/queries';
import { messages } from '../../i18n/messages';
import { CriminalisedTable } from './criminalised-table';
import { SourcedList } from '../../components/sourced-list';
import { OnThisPage, type PageSection } from '../../components/on-this-page';
import type { Model } from '../../content/schemas';

const t = messages.models;

export function ModelPage() {
  const { modelId = '' } = useParams();
  const { data: page } = useSuspenseQuery(contentQueries.model(modelId));
  const { model } = page;
  // Older files give the hybrids paragraph as bare text, without sources.
  const hybrids = typeof model.hybrids === 'string' ? { text: model.hybrids, sources: [] } : model.hybrids;
  return (
    <ReferencesProvider value={page}>
      <article className={`page model-page model-${model.id}`}>
        <header>
          <h1>{model.name}</h1>
          {model.otherNames.length > 0 && (
            <p className="other-names">
              {t.otherNames}: {model.otherNames.join(', ')}
            </p>
          )}
          <p className="lead">
            <RichText text={model.definition} />
          </p>
        </header>
        <OnThisPage sections={modelSections(model)} />
        <section aria-labelledby="who">
          <h2 id="who">{t.whoIsCriminalised}</h2>
          <CriminalisedTable models={[model]} caption={`${t.whoIsCriminalised}: ${model.name}`} />
        </section>
        <SourcedList id="aims" title={t.aims} items={model.aims} />
        <section aria-labelledby="on-paper">
          <h2 id="on-paper">{t.onPaper}</h2>
          <p>
            <RichText text={model.onPaper} />
          </p>
        </section>
        <SourcedList id="in-practice" title={t.inPractice} items={model.inPractice} />
        <SourcedList id="evidence" title={t.evidence} items={model.evidence} />
        {model.contested.length > 0 && (
          <section aria-labelledby="contested">
            <h2 id="contested">{t.contested}</h2>
            {model.contested.map((point) => (
              <div key={point.question} className="contested">
                <h3>{point.question}</h3>
                <div className="sides">
                  {point.sides.map((side) => (
                    <div key={side.label} className="side">
                      <h4>{side.label}</h4>
                      <p>
                        <RichText text={side.text} />
                      </p>
                      <Citations ids={side.sources} />
                    </div>
                  ))}
                </div>
              </div>
            ))}
          </section>
        )}
        <section aria-labelledby="where">
          <h2 id="where">{t.jurisdictions}</h2>
          <ul className="jurisdictions">
            {model.jurisdictions.map((j) => (
              <li key={j.name}>
                <strong>{j.name}</strong>: {j.law}
                {j.yearInForce ? ` (${t.inForce(j.yearInForce)})` : ''}
                {j.note && (
                  <>
                    . <RichText text={j.note} />
                  </>
                )}
                <Citations ids={j.sources} />
              </li>
            ))}
          </ul>
        </section>
        {hybrids && (
          <section aria-labelledby="hybrids">
            <h2 id="hybrids">{t.hybrids}</h2>
            <p>
              <RichText text={hybrids.text} />
            </p>
            {hybrids.sources.length > 0 && <Citations ids={hybrids.sources} />}
          </section>
        )}
        <p>
          <Link to={paths.compare.getHref()}>{t.scenariosLink}</Link>
        </p>
        <ShareControls title={model.name} />
        <PresentLink item={{ kind: 'model', id: model.id }} title={model.name} />
        <LastReviewed date={model.lastReviewed} />
      </article>
    </ReferencesProvider>
  );
}

/** The page's sections, in order, for "On this page" (the ids of their headings). */
function modelSections(model: Model): PageSection[] {
  return [
    { id: 'who', label: t.whoIsCriminalised },
    { id: 'aims', label: t.aims },
    { id: 'on-paper', label: t.onPaper },
    { id: 'in-practice', label: t.inPractice },
    { id: 'evidence', label: t.evidence },
    ...(model.contested.length > 0 ? [{ id: 'contested', label: t.contested }] : []),
    { id: 'where', label: t.jurisdictions },
    ...(model.hybrids ? [{ id: 'hybrids', label: t.hybrids }] : []),
  ];
}
