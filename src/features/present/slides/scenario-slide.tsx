/**
 * A scenario, revealed step by step: the content note, the situation, then the question with
 * the prompt to predict, then each model in turn (each eases in; still under reduced motion),
 * then the prompts for discussion. On the projector each step shows only what that moment
 * needs, so every step fits the one slide size (decision 014); the transcript keeps everything.
 */
import { m } from 'framer-motion';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { messages } from '../../../i18n/messages';
import { presentMessages } from '../../../i18n/present';
import { useEnterAnimation } from '../../../lib/use-enter-animation';
import { below, Heading } from './heading';
import { OutcomePlaceholder, OutcomeReveal } from './outcome-reveal';
import { SlideText } from './slide-text';
import type { SlideOf } from './slide';
import { isShown, stepsOf, type Step } from './steps';

const t = presentMessages;

/** Which parts of a scenario the projector shows at a step (the transcript shows them all). */
function projectorParts(current: Step['kind'] | undefined) {
  const beforeOutcomes = current === 'note' || current === 'situation' || current === 'question';
  return {
    note: beforeOutcomes,
    situation: current === 'situation' || current === 'question',
    // The question stays in view while the outcomes answer it.
    question: current === 'question' || current === 'model' || current === 'prompts',
    predict: current === 'question',
    outcomes: current === 'question' || current === 'model',
  };
}

export function ScenarioSlide({ slide, step, models, level, prefix, variant }: SlideOf<'scenario'>) {
  const enter = useEnterAnimation();
  const { scenario } = slide;
  const steps = stepsOf(slide, models);
  const current = steps[step]?.kind;
  const projector = variant === 'projector';
  const shown = (part: Step) => isShown(steps, step, part);
  const parts = projector
    ? projectorParts(current)
    : {
        note: true,
        situation: true,
        question: shown({ kind: 'question' }),
        predict: shown({ kind: 'question' }),
        outcomes: shown({ kind: 'question' }),
      };
  const waiting = current === 'question';
  return (
    <div className="slide slide-kind-scenario">
      <Heading level={level} className="slide-heading">
        {prefix}
        {scenario.title}
      </Heading>
      {scenario.contentNote && parts.note && (
        <p className="slide-note">
          <strong>{messages.scenarios.contentNote}:</strong> {scenario.contentNote}
        </p>
      )}
      {parts.situation && shown({ kind: 'situation' }) && (
        <m.div className="slide-situation" {...enter}>
          <p className="slide-person">{scenario.person}</p>
          <p>
            <SlideText text={scenario.situation} variant={variant} />
          </p>
        </m.div>
      )}
      {parts.question && (
        <m.p className="slide-question" {...enter}>
          <strong>{scenario.question}</strong>
          {(!projector || waiting) && <> {t.underEachModel}</>}
        </m.p>
      )}
      {parts.predict && (
        <m.p className="slide-predict" {...enter}>
          <strong>{t.predictLabel}:</strong> {slide.predict}
        </m.p>
      )}
      {parts.outcomes && (
        <ol className={`slide-outcomes${projector && waiting ? ' is-waiting' : ''}`}>
          {models.map((model) => (
            <li key={model.id}>
              {shown({ kind: 'model', id: model.id }) ? (
                <OutcomeReveal
                  model={model}
                  outcome={scenario.outcomes[model.id]}
                  level={below(level)}
                  variant={variant}
                />
              ) : (
                <OutcomePlaceholder model={model} level={below(level)} />
              )}
            </li>
          ))}
        </ol>
      )}
      {!projector && (
        <p>
          <Link to={paths.scenario.getHref(scenario.id)}>{t.fullSources}</Link>
        </p>
      )}
      {shown({ kind: 'prompts' }) && (
        <m.section className="slide-prompts" {...enter}>
          <Heading level={below(level)}>{t.discuss}</Heading>
          <ul>
            {slide.prompts.map((prompt) => (
              <li key={prompt}>{prompt}</li>
            ))}
          </ul>
        </m.section>
      )}
    </div>
  );
}
