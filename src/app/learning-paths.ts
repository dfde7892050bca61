/**
 * The prerendered paths of the guided path, the quiz and the support page. Content without a
 * guided path, questions or a support directory (the benchmark's synthetic content, a fork that
 * removed them) simply has none.
 */
import { paths } from '../config/paths';
import { ContentNotFoundError, fetchContent } from '../content/fetch-content';
import { contentFiles, type ContentFile } from '../content/payloads';

async function optional<T>(file: ContentFile<T>): Promise<T | undefined> {
  try {
    return await fetchContent(file);
  } catch (error) {
    if (error instanceof ContentNotFoundError) return undefined;
    throw error;
  }
}

/** The support page, if the content has a support directory (data/support/). */
export async function supportPaths(): Promise<string[]> {
  return (await optional(contentFiles.support)) ? [paths.support.getHref()] : [];
}

export async function learningPaths(): Promise<string[]> {
  const outline = await optional(contentFiles.learn);
  const quiz = await optional(contentFiles.quiz);
  const learn = outline ? [paths.learn.getHref(), ...outline.steps.map((s) => paths.learnStep.getHref(s.id))] : [];
  const questions = quiz
    ? [
        paths.quiz.getHref(),
        paths.quizResults.getHref(),
        ...quiz.questions.map((q) => paths.quizQuestion.getHref(q.id)),
      ]
    : [];
  return [...learn, ...questions];
}
