import type { QueryClient } from '@tanstack/react-query';
import { plainText } from '../../content/glossary-links';
import { contentQueries } from '../../content/queries';
import { quizMessages } from '../../i18n/quiz';
import { notFound, type FeatureRoute } from '../../lib/route';
import { QuizQuestionPage } from './question-page';
import { QuizOverviewPage } from './quiz-page';
import { QuizResultsPage } from './results-page';

const t = quizMessages;

function loadQuiz(queryClient: QueryClient) {
  return async () => {
    await queryClient.ensureQueryData(contentQueries.quiz());
  };
}

export function quizRoute(queryClient: QueryClient): FeatureRoute {
  return {
    prepare: loadQuiz(queryClient),
    Component: QuizOverviewPage,
    meta: () => ({ title: t.title, description: t.description }),
  };
}

export function quizResultsRoute(queryClient: QueryClient): FeatureRoute {
  return {
    prepare: loadQuiz(queryClient),
    Component: QuizResultsPage,
    meta: () => ({ title: t.resultsTitle, description: t.resultsDescription }),
  };
}

export function quizQuestionRoute(queryClient: QueryClient): FeatureRoute {
  return {
    // The outline says whether the question exists (and its place in the quiz) before its
    // own file is asked for, so an unknown id is a not-found page rather than a failed fetch.
    prepare: async ({ params }) => {
      const questionId = params.questionId ?? '';
      const { questions } = await queryClient.ensureQueryData(contentQueries.quiz());
      if (!questions.some((q) => q.id === questionId)) notFound();
      await queryClient.ensureQueryData(contentQueries.quizQuestion(questionId));
    },
    Component: QuizQuestionPage,
    meta: ({ params, queryClient: qc }) => {
      const questionId = params.questionId ?? '';
      const questions = qc.getQueryData(contentQueries.quiz().queryKey)?.questions ?? [];
      const page = qc.getQueryData(contentQueries.quizQuestion(questionId).queryKey);
      const index = questions.findIndex((q) => q.id === questionId);
      if (!page || index < 0) throw new Error('question not loaded');
      return {
        title: `${t.questionOf(index + 1, questions.length)} · ${t.title}`,
        description: plainText(page.question.prompt),
        type: 'article',
      };
    },
  };
}
