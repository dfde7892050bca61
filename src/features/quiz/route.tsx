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
    await queryClient.ensureQueryData(contentQueries.questions());
    return null;
  };
}

export function quizRoute(queryClient: QueryClient): FeatureRoute {
  return {
    loader: loadQuiz(queryClient),
    Component: QuizOverviewPage,
    handle: { meta: () => ({ title: t.title, description: t.description }) },
  };
}

export function quizResultsRoute(queryClient: QueryClient): FeatureRoute {
  return {
    loader: loadQuiz(queryClient),
    Component: QuizResultsPage,
    handle: { meta: () => ({ title: t.resultsTitle, description: t.resultsDescription }) },
  };
}

export function quizQuestionRoute(queryClient: QueryClient): FeatureRoute {
  return {
    loader: async ({ params }) => {
      const { questions } = await queryClient.ensureQueryData(contentQueries.questions());
      if (!questions.some((q) => q.id === params.questionId)) notFound();
      return null;
    },
    Component: QuizQuestionPage,
    handle: {
      meta: ({ params, queryClient: qc }) => {
        const questions = qc.getQueryData(contentQueries.questions().queryKey)?.questions ?? [];
        const index = questions.findIndex((q) => q.id === params.questionId);
        const question = questions[index];
        if (!question) throw new Error('question not loaded');
        return {
          title: `${t.questionOf(index + 1, questions.length)} · ${t.title}`,
          description: plainText(question.prompt),
          type: 'article',
        };
      },
    },
  };
}
