/** Previous and next at the end of a step. Moving on marks the step done on this device. */
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import type { LearnOutline } from '../../content/payloads';
import { learnMessages } from '../../i18n/learn';

const t = learnMessages;

type Step = LearnOutline['steps'][number];

export function StepNav({
  previous,
  next,
  onMoveOn,
}: {
  previous: Step | undefined;
  next: Step | undefined;
  onMoveOn: () => void;
}) {
  return (
    <nav aria-label={t.stepNav} className="step-nav">
      {previous ? (
        <Link
          className="step-nav-link step-nav-previous"
          to={paths.learnStep.getHref(previous.id)}
          aria-label={`${t.previous}: ${previous.title}`}
        >
          <span className="step-nav-direction">
            <span aria-hidden="true">← </span>
            {t.previous}
          </span>
          <span className="step-nav-title">{previous.title}</span>
        </Link>
      ) : (
        <Link className="step-nav-link step-nav-previous" to={paths.learn.getHref()}>
          <span className="step-nav-direction">
            <span aria-hidden="true">← </span>
            {t.allSteps}
          </span>
        </Link>
      )}
      {next ? (
        <Link
          className="step-nav-link step-nav-next button-primary"
          to={paths.learnStep.getHref(next.id)}
          onClick={onMoveOn}
          aria-label={`${t.next}: ${next.title}`}
        >
          <span className="step-nav-direction">
            {t.next}
            <span aria-hidden="true"> →</span>
          </span>
          <span className="step-nav-title">{next.title}</span>
        </Link>
      ) : (
        <Link className="step-nav-link step-nav-next button-primary" to={paths.learn.getHref()} onClick={onMoveOn}>
          <span className="step-nav-direction">
            <span aria-hidden="true">✓ </span>
            {t.finish}
          </span>
        </Link>
      )}
    </nav>
  );
}
