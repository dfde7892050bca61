/**
 * Quiz answers, kept only on this device: {"v":1,"answers":{"question-id": 2, "other-id": "nordic"}}.
 * A multiple-choice answer is the option's position; "which model is this?" stores the model id
 * or "hybrid". Answers to questions that no longer exist, or that no longer fit, are dropped.
 */
import { isValidAnswer, type Answer, type Gradable } from '../../content/quiz-answers';
import { hasUnknownFields, isPlainObject, type RecordSpec } from '../../lib/stored-record';

export const QUIZ_PROGRESS_VERSION = 1;

export interface QuizProgress {
  answers: Record<string, Answer>;
}

export const NO_ANSWERS: QuizProgress = { answers: {} };

/** A question as far as stored answers go: its id and what grading reads (the quiz outline's entries). */
export type StoredQuestion = Gradable & { id: string };

/**
 * Checks against every question of the quiz, never only the one on the page: an answer whose
 * question is missing is dropped from storage, so a partial list would erase the others.
 */
export function quizProgressSpec(questions: readonly StoredQuestion[]): RecordSpec<QuizProgress> {
  const byId = new Map(questions.map((q) => [q.id, q]));
  return {
    version: QUIZ_PROGRESS_VERSION,
    empty: NO_ANSWERS,
    parse: (record) => {
      const extra = hasUnknownFields(record, ['answers']);
      if (record.answers === undefined) return extra ? undefined : { value: NO_ANSWERS, dropped: false };
      if (!isPlainObject(record.answers)) return undefined;
      const answers: Record<string, Answer> = {};
      let dropped = extra;
      for (const [id, answer] of Object.entries(record.answers)) {
        const question = byId.get(id);
        if (question && isValidAnswer(question, answer)) answers[id] = answer;
        else dropped = true;
      }
      if (dropped && Object.keys(answers).length === 0) return undefined;
      return { value: { answers }, dropped };
    },
  };
}

export function withAnswer(progress: QuizProgress, questionId: string, answer: Answer): QuizProgress {
  return { answers: { ...progress.answers, [questionId]: answer } };
}

/** The first question without an answer, in quiz order. */
export function firstOpen<Q extends StoredQuestion>(questions: readonly Q[], progress: QuizProgress): Q | undefined {
  return questions.find((q) => progress.answers[q.id] === undefined);
}
