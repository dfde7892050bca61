import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { StoredNotice } from '../../components/stored-notice';
import { paths } from '../../config/paths';
import { isCorrect, score } from '../../content/quiz-answers';
import { contentQueries } from '../../content/queries';
import { messages } from '../../i18n/messages';
import { quizMessages } from '../../i18n/quiz';
import { useHydrated } from '../../lib/use-hydrated';
import { firstOpen } from './progress';
import { useQuizProgress } from './use-quiz-progress';

const t = quizMessages;

export function QuizResultsPage() {
  const { data } = useSuspenseQuery(contentQueries.quiz());
  const { questions, scenarioTitles } = data;
  const { value: progress, notice, dismissNotice, clear } = useQuizProgress(questions);
  // Answers live on the device, so the prerendered page can only say where they will appear.
  const hydrated = useHydrated();
  const { answered, right } = score(questions, progress.answers);
  const open = firstOpen(questions, progress);
  const missed = questions.filter((q) => {
    const answer = progress.answers[q.id];
    return answer !== undefined && !isCorrect(q, answer);
  });
  const revisit = [...new Set(missed.flatMap((q) => q.relatedScenarios ?? []))].filter((id) => scenarioTitles[id]);
  return (
    <div className="page quiz-results prose">
      <h1>{t.resultsTitle}</h1>
      <StoredNotice
        notice={notice}
        text={{ reset: t.progressReset, recovered: t.progressRecovered, unsaved: t.progressUnsaved }}
        onDismiss={dismissNotice}
      />
      {!hydrated || answered === 0 ? (
        <>
          <p className="lead">{hydrated ? t.noneYet : t.progressNote}</p>
          <p>
            <Link className="button-primary" to={paths.quiz.getHref()}>
              {t.start}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p className="lead quiz-score">{t.score(right, answered)}</p>
          {open && (
            <p>
              {t.unanswered(questions.length - answered)}{' '}
              <Link to={paths.quizQuestion.getHref(open.id)}>{t.resume(questions.indexOf(open) + 1)}</Link>
            </p>
          )}
          <section aria-labelledby="revisit">
            <h2 id="revisit">{t.revisit}</h2>
            {revisit.length > 0 ? (
              <>
                <p>{t.revisitText}</p>
                <ul>
                  {revisit.map((id) => (
                    <li key={id}>
                      <Link to={paths.scenario.getHref(id)}>{scenarioTitles[id]}</Link>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p>
                {t.revisitNone} <Link to={paths.scenarios.getHref()}>{messages.nav.scenarios}</Link>
              </p>
            )}
          </section>
          <section aria-labelledby="by-question">
            <h2 id="by-question">{t.yourAnswers}</h2>
            <ol className="result-list">
              {questions.map((q) => {
                const answer = progress.answers[q.id];
                const state = answer === undefined ? 'open' : isCorrect(q, answer) ? 'right' : 'wrong';
                return (
                  <li key={q.id} className={`result-${state}`}>
                    <span className="result-mark">
                      <span aria-hidden="true">{state === 'right' ? '✓' : state === 'wrong' ? '✕' : '○'} </span>
                      {state === 'right' ? t.resultRight : state === 'wrong' ? t.resultWrong : t.resultOpen}
                      <span className="visually-hidden">: </span>
                    </span>{' '}
                    <Link to={paths.quizQuestion.getHref(q.id)}>{q.brief}</Link>
                  </li>
                );
              })}
            </ol>
          </section>
          <p>
            <button type="button" onClick={clear}>
              {t.startAgain}
            </button>
          </p>
          <p className="note">{t.progressNote}</p>
        </>
      )}
    </div>
  );
}
