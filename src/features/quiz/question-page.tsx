import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { QuestionCard } from '../../components/question-card';
import { ReferencesProvider } from '../../components/references-context';
import { StepProgress } from '../../components/step-progress';
import { StoredNotice } from '../../components/stored-notice';
import { paths } from '../../config/paths';
import { score } from '../../content/quiz-answers';
import { contentQueries } from '../../content/queries';
import { quizMessages } from '../../i18n/quiz';
import { withAnswer } from './progress';
import { useQuizProgress } from './use-quiz-progress';

const t = quizMessages;

export function QuizQuestionPage() {
  const { questionId = '' } = useParams();
  // The outline holds every question's place and grading, so progress and scoring need only
  // this question's own file beside it.
  const {
    data: { questions },
  } = useSuspenseQuery(contentQueries.quiz());
  const { data: page } = useSuspenseQuery(contentQueries.quizQuestion(questionId));
  const { question } = page;
  const index = questions.findIndex((q) => q.id === questionId);
  const { value: progress, update, notice, dismissNotice } = useQuizProgress(questions);
  const answer = progress.answers[question.id];
  const { answered, right } = score(questions, progress.answers);
  const previous = questions[index - 1];
  const next = questions[index + 1];
  const position = t.questionOf(index + 1, questions.length);
  return (
    <ReferencesProvider value={page}>
      <article className="page quiz-question prose">
        <p className="learn-back">
          <Link to={paths.quiz.getHref()}>{t.title}</Link>
        </p>
        <StepProgress
          label={t.progress(answered, right, questions.length)}
          states={questions.map((q) =>
            q.id === question.id ? 'current' : progress.answers[q.id] !== undefined ? 'done' : 'todo',
          )}
        />
        <h1>{position}</h1>
        <StoredNotice
          notice={notice}
          text={{ reset: t.progressReset, recovered: t.progressRecovered, unsaved: t.progressUnsaved }}
          onDismiss={dismissNotice}
        />
        <QuestionCard
          key={question.id}
          question={question}
          context={page}
          answer={answer}
          onAnswer={(given) => update((p) => withAnswer(p, question.id, given))}
        />
        <nav aria-label={t.questionNav} className="step-nav">
          {previous ? (
            <Link className="step-nav-link step-nav-previous" to={paths.quizQuestion.getHref(previous.id)}>
              <span className="step-nav-direction">
                <span aria-hidden="true">← </span>
                {t.previous}
              </span>
            </Link>
          ) : (
            <Link className="step-nav-link step-nav-previous" to={paths.quiz.getHref()}>
              <span className="step-nav-direction">
                <span aria-hidden="true">← </span>
                {t.title}
              </span>
            </Link>
          )}
          <Link
            className={`step-nav-link step-nav-next${answer !== undefined ? ' button-primary' : ''}`}
            to={next ? paths.quizQuestion.getHref(next.id) : paths.quizResults.getHref()}
          >
            <span className="step-nav-direction">
              {next ? t.next : t.finish}
              <span aria-hidden="true"> →</span>
            </span>
          </Link>
        </nav>
      </article>
    </ReferencesProvider>
  );
}
