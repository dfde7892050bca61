/** What a step shows beside its key points: model cards, a scenario, and myths checked. */
import { Link } from 'react-router';
import { Citations } from '../../components/citations';
import { ContentNote } from '../../components/content-note';
import { RatingBadge } from '../../components/rating-badge';
import { RichText } from '../../components/rich-text';
import { paths } from '../../config/paths';
import type { LearnModelCard, LearnScenarioCard, QuestionContext } from '../../content/payloads';
import type { Myth } from '../../content/schemas';
import { MODEL_IDS, REQUIRED_DIMENSIONS } from '../../content/vocabulary';
import { messages } from '../../i18n/messages';
import { learnMessages } from '../../i18n/learn';

const t = learnMessages;
const ACTIVITIES = ['selling', 'buying', 'thirdParties'] as const;

export function ModelCards({ models }: { models: LearnModelCard[] }) {
  return (
    <section aria-labelledby="models">
      <h2 id="models">{t.models}</h2>
      <ul className="card-grid learn-models">
        {models.map((model) => (
          <li key={model.id} className={`card model-card model-${model.id}`}>
            <h3>
              <Link to={paths.model.getHref(model.id)}>{model.name}</Link>
            </h3>
            <p>{model.summary}</p>
            <dl className="crime-list" aria-label={`${t.whoIsPunished}: ${model.name}`}>
              {ACTIVITIES.map((activity) => (
                <div key={activity}>
                  <dt>{messages.models.activities[activity]}</dt>
                  <dd className={`status status-${model.status[activity]}`}>
                    {messages.models.statuses[model.status[activity]]}
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ScenarioCard({
  scenario,
  modelNames,
}: {
  scenario: LearnScenarioCard;
  modelNames: QuestionContext['modelNames'];
}) {
  const headingId = `scenario-${scenario.id}`;
  const sources = [...new Set(MODEL_IDS.flatMap((id) => scenario.outcomes[id].sources))];
  return (
    <section aria-labelledby={headingId} className="learn-scenario">
      <h2 id={headingId}>
        {t.scenario}: {scenario.title}
      </h2>
      <p className="person">{scenario.person}</p>
      {/* Only the narrative folds: the question and each model's headline and ratings show without a tap. */}
      <ContentNote note={scenario.contentNote} folds={messages.scenarios.folds.situation} withSetting>
        <p>
          <RichText text={scenario.situation} />
        </p>
      </ContentNote>
      <p className="question">
        <strong>{messages.scenarios.question}:</strong> {scenario.question}
      </p>
      <h3 id={`${headingId}-outcomes`}>{t.underEachModel}</h3>
      <ul className="learn-outcomes" aria-labelledby={`${headingId}-outcomes`}>
        {MODEL_IDS.map((id) => {
          const outcome = scenario.outcomes[id];
          return (
            <li key={id} className={`card model-${id}`}>
              <h4>{modelNames[id]}</h4>
              <p className="headline">{outcome.headline}</p>
              <ul className="rating-chips">
                {REQUIRED_DIMENSIONS.map((dimension) => {
                  const level = outcome.ratings[dimension];
                  return level ? (
                    <li key={dimension}>
                      <span className="rating-chip-label">{messages.dimensions[dimension]}:</span>{' '}
                      <RatingBadge level={level} basis={outcome.bases[dimension]} confidence={outcome.confidence} />
                    </li>
                  ) : null;
                })}
              </ul>
            </li>
          );
        })}
      </ul>
      <Citations ids={sources} />
      <p>
        <Link to={paths.scenario.getHref(scenario.id)}>{t.openScenario}</Link>
      </p>
    </section>
  );
}

export function MythCards({ myths }: { myths: Myth[] }) {
  return (
    <section aria-labelledby="myths">
      <h2 id="myths">{t.myths}</h2>
      {myths.map((myth) => (
        <div key={myth.id} className="card learn-myth">
          <p className="myth-claim">“{myth.claim}”</p>
          <p>
            <span className="verdict">{messages.myths.verdicts[myth.verdict]}.</span> <RichText text={myth.answer} />
          </p>
          <Citations ids={myth.sources} />
        </div>
      ))}
    </section>
  );
}
