import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { StoredNotice } from '../../components/stored-notice';
import { paths } from '../../config/paths';
import { score } from '../../content/quiz-answers';
import { contentQueries } from '../../content/queries';
import { quizMessages } from '../../i18n/quiz';
import { firstOpen } from './progress';
import { useQuizProgress } from './use-quiz-progress';

const t = quizMessages;

export function QuizOverviewPage() {
  const { data } = useSuspenseQuery(contentQueries.quiz());
  const { questions } = data;
  const { value: progress, notice, dismissNotice, clear } = useQuizProgress(questions);
  const [cleared, setCleared] = useState(false);
  const { answered, right } = score(questions, progress.answers);
  const open = firstOpen(questions, progress);
  return (
    <div className="page quiz-overview prose">
      <h1>{t.title}</h1>
      <StoredNotice
        notice={notice}
        text={{ reset: t.progressReset, recovered: t.progressRecovered, unsaved: t.progressUnsaved }}
        onDismiss={dismissNotice}
      />
      <p className="lead">{t.description}</p>
      <p>{t.count(questions.length)}</p>
      <p>{t.kinds}</p>
      {answered > 0 && <p className="quiz-so-far">{t.answeredSoFar(answered, right, questions.length)}</p>}
      <p className="actions">
        {open && (
          <Link className="button-primary" to={paths.quizQuestion.getHref(open.id)}>
            {answered > 0 ? t.resume(questions.indexOf(open) + 1) : t.start}
          </Link>
        )}
        {answered > 0 && (
          <Link className={open ? 'button-secondary' : 'button-primary'} to={paths.quizResults.getHref()}>
            {t.seeResults}
          </Link>
        )}
      </p>
      <p className="note">{t.progressNote}</p>
      {answered > 0 && (
        <p>
          <button
            type="button"
            onClick={() => {
              clear();
              setCleared(true);
            }}
          >
            {t.startAgain}
          </button>
        </p>
      )}
      <p role="status">{cleared && answered === 0 ? t.cleared : ''}</p>
    </div>
  );
}
