/**
 * A scenario, revealed step by step: the situation, then the question, then each model in
 * turn (each eases in; still under reduced motion), then the prompts for discussion.
 */
import { m } from 'framer-motion';
import { Link } from 'react-router';
import { RichText } from '../../../components/rich-text';
import { paths } from '../../../config/paths';
import { messages } from '../../../i18n/messages';
import { presentMessages } from '../../../i18n/present';
import { useEnterAnimation } from '../../../lib/use-enter-animation';
import { below, Heading } from './heading';
import { OutcomePlaceholder, OutcomeReveal } from './outcome-reveal';
import type { SlideOf } from './slide';
import { isShown, stepsOf } from './steps';

const t = presentMessages;

export function ScenarioSlide({ slide, step, models, level, prefix, variant }: SlideOf<'scenario'>) {
  const enter = useEnterAnimation();
  const { scenario } = slide;
  const steps = stepsOf(slide, models);
  const hasQuestion = isShown(steps, step, { kind: 'question' });
  const current = steps[step]?.kind;
  // On the projector the situation gives way to the outcomes, and the outcomes to the prompts,
  // so each step fits one screen. The transcript keeps everything.
  const projector = variant === 'projector';
  const showSituation = isShown(steps, step, { kind: 'situation' }) && !(projector && (current === 'model' || current === 'prompts'));
  const showOutcomes = hasQuestion && !(projector && current === 'prompts');
  return (
    <div className="slide slide-kind-scenario">
      <Heading level={level} className="slide-heading">
        {prefix}
        {scenario.title}
      </Heading>
      {scenario.contentNote && (
        <p className="slide-note">
          <strong>{messages.scenarios.contentNote}:</strong> {scenario.contentNote}
        </p>
      )}
      {showSituation && (
        <m.div className="slide-situation" {...enter}>
          <p className="slide-person">{scenario.person}</p>
          <p>
            <RichText text={scenario.situation} />
          </p>
        </m.div>
      )}
      {hasQuestion && (
        <m.p className="slide-question" {...enter}>
          <strong>{scenario.question}</strong> {t.underEachModel}
        </m.p>
      )}
      {showOutcomes && (
        <ol className="slide-outcomes">
          {models.map((model) => (
            <li key={model.id}>
              {isShown(steps, step, { kind: 'model', id: model.id }) ? (
                <OutcomeReveal model={model} outcome={scenario.outcomes[model.id]} level={below(level)} variant={variant} />
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
      {slide.prompts.length > 0 && isShown(steps, step, { kind: 'prompts' }) && (
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
