import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ContentNote } from '../../components/content-note';
import { LastReviewed } from '../../components/last-reviewed';
import { ReferencesProvider } from '../../components/references-context';
import { RichText } from '../../components/rich-text';
import { PresentLink } from '../../components/present-link';
import { ShareControls } from '../../components/share/share-controls';
import { paths } from '../../config/paths';
import { isModelId } from '../../content/lookup';
import { contentQueries } from '../../content/queries';
import { messages } from '../../i18n/messages';
import { FocusNav } from './focus-nav';
import { OutcomeGrid } from './outcome-grid';
import { scenarioDownloads, scenarioEmbed } from './share-options';
import { useOutcomeInView } from './use-outcome-in-view';

const t = messages.scenarios;

export function ScenarioPage() {
  const { scenarioId = '', modelId } = useParams();
  const { data: page } = useSuspenseQuery(contentQueries.scenario(scenarioId));
  // Everything the page shows is in its own file, so it does not carry the whole index.
  const { scenario, models, related } = page;
  const focus = isModelId(modelId) ? modelId : undefined;
  useOutcomeInView(focus);
  return (
    <ReferencesProvider value={page}>
      <article className="page scenario-page">
        <header>
          <h1>{scenario.title}</h1>
          <p className="person">{scenario.person}</p>
          {/* Near the title, so sharing never means scrolling past the whole card. */}
          <ShareControls
            title={scenario.title}
            embed={scenarioEmbed(scenario.id, focus)}
            downloads={scenarioDownloads(page, focus)}
          />
        </header>
        {/* Only the narrative folds behind a content note: the question and every model's
            headline and ratings are in view without a tap (issue #14). */}
        <ContentNote note={scenario.contentNote} folds={t.folds.situation} withSetting>
          <section aria-labelledby="situation">
            <h2 id="situation">{t.situation}</h2>
            <p>
              <RichText text={scenario.situation} />
            </p>
          </section>
        </ContentNote>
        <p className="question scenario-question">
          <strong>{t.question}:</strong> {scenario.question}
        </p>
        <section aria-labelledby="outcomes">
          <h2 id="outcomes">{t.underEachModel}</h2>
          <FocusNav scenarioId={scenario.id} models={models} focus={focus} />
          <OutcomeGrid scenario={scenario} models={models} focus={focus} />
        </section>
        <PresentLink item={{ kind: 'scenario', id: scenario.id }} title={scenario.title} />
        <p>
          <Link to={paths.compare.getHref()}>{t.compareThis}</Link>
        </p>
        {related.length > 0 && (
          <section aria-labelledby="related">
            <h2 id="related">{t.related}</h2>
            <ul>
              {related.map((r) => (
                <li key={r.id}>
                  <Link to={paths.scenario.getHref(r.id)}>{r.title}</Link>
                </li>
              ))}
            </ul>
          </section>
        )}
        <LastReviewed date={scenario.lastReviewed} />
      </article>
    </ReferencesProvider>
  );
}
