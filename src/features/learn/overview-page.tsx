import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { SaveOffline } from '../../components/save-offline';
import { StoredNotice } from '../../components/stored-notice';
import { paths } from '../../config/paths';
import { contentQueries } from '../../content/queries';
import { learnMessages } from '../../i18n/learn';
import { isFinished, resumeStep } from './progress';
import { useLearnProgress } from './use-learn-progress';

const t = learnMessages;

export function LearnOverviewPage() {
  const { data: outline } = useSuspenseQuery(contentQueries.learn());
  const ids = outline.steps.map((s) => s.id);
  const { value: progress, notice, dismissNotice, clear } = useLearnProgress(ids);
  const started = progress.current !== undefined || progress.done.length > 0;
  const finished = isFinished(progress, ids);
  const resumeId = resumeStep(progress, ids) ?? '';
  const resumeIndex = ids.indexOf(resumeId);
  const continuing = started && !finished && resumeIndex >= 0;
  return (
    <div className="page learn-overview prose">
      <h1>{outline.title}</h1>
      <StoredNotice
        notice={notice}
        text={{ reset: t.progressReset, recovered: t.progressRecovered, unsaved: t.progressUnsaved }}
        onDismiss={dismissNotice}
      />
      <p className="lead">{outline.intro}</p>
      <p className="note">{t.totalMinutes(outline.steps.length, outline.minutes)}</p>
      {finished && (
        <section aria-labelledby="finished" className="callout learn-finished">
          <h2 id="finished">
            <span aria-hidden="true">✓ </span>
            {t.finishedHeading}
          </h2>
          <p>{t.finishedText}</p>
          <p>
            <Link className="button-primary" to={paths.quiz.getHref()}>
              {t.takeQuiz}
            </Link>
          </p>
        </section>
      )}
      {!finished && (
        <p>
          <Link className="button-primary" to={paths.learnStep.getHref(resumeId)}>
            {continuing ? t.resume(resumeIndex + 1, outline.steps[resumeIndex]?.title ?? '') : t.start}
          </Link>
        </p>
      )}
      <section aria-labelledby="steps">
        <h2 id="steps">{t.stepsHeading}</h2>
        <ol className="step-list">
          {outline.steps.map((step, i) => {
            const done = progress.done.includes(step.id);
            const here = continuing && step.id === resumeId;
            return (
              <li key={step.id} className={done ? 'is-done' : here ? 'is-current' : undefined}>
                <span className="step-list-number" aria-hidden="true">
                  {done ? '✓' : i + 1}
                </span>
                <div>
                  <Link to={paths.learnStep.getHref(step.id)}>{step.title}</Link>
                  <p>{step.summary}</p>
                  <p className="step-list-meta">
                    {t.minutes(step.minutes)}
                    {done && <span className="status-tag"> · {t.done}</span>}
                    {here && <span className="status-tag"> · {t.current}</span>}
                  </p>
                </div>
              </li>
            );
          })}
        </ol>
      </section>
      <p className="note">{t.progressNote}</p>
      {started && (
        <p>
          <button type="button" onClick={clear}>
            {t.again}
          </button>
        </p>
      )}
      <SaveOffline />
    </div>
  );
}
