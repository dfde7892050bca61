/**
 * /workshop/predict/:scenarioId/: read the situation, count the room's predictions, then show
 * them beside the evidence, then discuss (with a timer). The counts live in the URL, so a
 * reload keeps them and the result can be shared.
 */
import { useSuspenseQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ContentNote } from '../../../components/content-note';
import { ReferencesProvider } from '../../../components/references-context';
import { RichText } from '../../../components/rich-text';
import { paths } from '../../../config/paths';
import { contentQueries } from '../../../content/queries';
import { DIMENSIONS, MODEL_IDS, type Dimension } from '../../../content/vocabulary';
import { messages } from '../../../i18n/messages';
import { presentMessages } from '../../../i18n/present';
import { workshopMessages } from '../../../i18n/workshop';
import { useUrlState } from '../../../lib/use-url-state';
import { addCounts } from '../room/counts';
import { RoomSlot } from '../room/room-slot';
import { DiscussionTimer } from './discussion-timer';
import { FrontOfRoom } from './front-of-room';
import {
  parsePredictState,
  predictStateToSearch,
  DEFAULT_PREDICT_STATE,
  emptyCounts,
  type Counts,
  type PredictState,
} from './predict-url-state';
import { PredictionResult, PredictionResultSlide } from './prediction-result';
import { useTally } from './use-tally';
import { PredictionTally } from './prediction-tally';

const t = workshopMessages.predict;

export function PredictPage() {
  const { scenarioId = '' } = useParams();
  const { data: page } = useSuspenseQuery(contentQueries.scenario(scenarioId));
  const { data: index } = useSuspenseQuery(contentQueries.index());
  const { scenario } = page;
  const hrefFor = useCallback(
    (next: PredictState) => paths.predict.getHref(scenario.id, predictStateToSearch(next)),
    [scenario.id],
  );
  const [parsed, change] = useUrlState(parsePredictState, hrefFor);
  // Only dimensions this scenario rates under every model can be predicted and compared.
  const dimensions = DIMENSIONS.filter((d) => MODEL_IDS.every((m) => scenario.outcomes[m].ratings[d]));
  const state = dimensions.includes(parsed.dimension)
    ? parsed
    : { ...parsed, dimension: DEFAULT_PREDICT_STATE.dimension };
  const dimensionName = messages.dimensions[state.dimension];
  // Answers from phones, while a room is open (room/): added to the counts made by hand.
  const [phoneCounts, setPhoneCounts] = useState<Counts | null>(null);
  const resultCounts = phoneCounts ? addCounts(state.counts, phoneCounts) : state.counts;
  const tally = useTally(change, index.models);
  const [projecting, setProjecting] = useState(false);
  return (
    <ReferencesProvider value={page}>
      <article className="page predict-page">
        <p className="eyebrow">{t.eyebrow}</p>
        <h1>{scenario.title}</h1>
        <ContentNote note={scenario.contentNote} folds={messages.scenarios.folds.scenario}>
          <p className="person">{scenario.person}</p>
          <p className="predict-situation">
            <RichText text={scenario.situation} />
          </p>
          <p className="question">
            <strong>{scenario.question}</strong> {presentMessages.underEachModel}
          </p>
        </ContentNote>
        <section aria-labelledby="predict-heading">
          <h2 id="predict-heading">{t.heading}</h2>
          <p>{t.help}</p>
          <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t.options}>
            <label>
              {messages.compare.dimension}
              <select
                value={state.dimension}
                onChange={(e) => change((s) => ({ ...s, dimension: e.target.value as Dimension }))}
              >
                {dimensions.map((d) => (
                  <option key={d} value={d}>
                    {messages.dimensions[d]}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              onClick={() => {
                tally.forget();
                change((s) => ({ ...s, counts: emptyCounts(), reveal: false }));
              }}
            >
              {t.clear}
            </button>
          </form>
          <RoomSlot
            question={{ scenarioId: scenario.id, dimension: state.dimension }}
            revealed={state.reveal}
            handCounts={state.counts}
            models={index.models}
            dimensionName={dimensionName}
            onCounts={setPhoneCounts}
          />
          <PredictionTally
            models={index.models}
            counts={state.counts}
            caption={t.caption(dimensionName)}
            said={tally.said}
            onTap={tally.tap}
            onUndo={tally.undo}
            onType={tally.type}
          />
        </section>
        <section aria-labelledby="evidence-heading">
          <h2 id="evidence-heading">{t.evidenceHeading}</h2>
          <button
            type="button"
            className="reveal-button"
            aria-expanded={state.reveal}
            aria-controls="evidence"
            onClick={() => change((s) => ({ ...s, reveal: !s.reveal }))}
          >
            {state.reveal ? t.hide : t.reveal}
          </button>
          <div id="evidence">
            {state.reveal && (
              <>
                <p>
                  <button type="button" className="button-link" onClick={() => setProjecting(true)}>
                    {t.project}
                  </button>
                </p>
                <PredictionResult
                  scenario={scenario}
                  models={index.models}
                  counts={resultCounts}
                  dimension={state.dimension}
                />
              </>
            )}
          </div>
          {projecting && state.reveal && (
            <FrontOfRoom label={t.projectorLabel(scenario.title)} onClose={() => setProjecting(false)}>
              <PredictionResultSlide
                scenario={scenario}
                models={index.models}
                counts={resultCounts}
                dimension={state.dimension}
              />
            </FrontOfRoom>
          )}
        </section>
        <section aria-labelledby="timer-heading">
          <h2 id="timer-heading">{workshopMessages.timer.heading}</h2>
          <DiscussionTimer />
        </section>
        <p>
          <Link to={paths.scenario.getHref(scenario.id)}>{t.fullScenario}</Link>
        </p>
      </article>
    </ReferencesProvider>
  );
}
