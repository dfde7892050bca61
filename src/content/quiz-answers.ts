/**
 * Answers to knowledge-check questions: an option's index for multiple choice, a model id or
 * "hybrid" for "which model is this?". Pure helpers shared by the quiz, the guided path's
 * checks and the code that reads saved answers back from the device.
 */
import type { Question } from './schemas-learning';
import { MODEL_ANSWERS } from './vocabulary';

export type ModelAnswer = (typeof MODEL_ANSWERS)[number];
export type Answer = number | ModelAnswer;

type MultipleChoice = Extract<Question, { kind: 'multiple-choice' }>;
type WhichModel = Extract<Question, { kind: 'which-model' }>;

/**
 * What grading reads of a question: which option is right, or which model. A whole question
 * is one; so is the quiz outline's entry for it, which leaves out the text so that scoring
 * every question does not mean loading every question.
 */
export type Gradable =
  | { kind: 'multiple-choice'; options: readonly Pick<MultipleChoice['options'][number], 'correct'>[] }
  | Pick<WhichModel, 'kind' | 'answer'>;

/** The part of a question grading reads (see Gradable). */
export function gradable(question: Question): Gradable {
  return question.kind === 'multiple-choice'
    ? { kind: question.kind, options: question.options.map(({ correct }) => ({ correct })) }
    : { kind: question.kind, answer: question.answer };
}

export function isValidAnswer(question: Gradable, answer: unknown): answer is Answer {
  if (question.kind === 'multiple-choice') {
    return typeof answer === 'number' && Number.isInteger(answer) && answer >= 0 && answer < question.options.length;
  }
  return typeof answer === 'string' && (MODEL_ANSWERS as readonly string[]).includes(answer);
}

export function correctAnswer(question: Gradable): Answer {
  return question.kind === 'multiple-choice' ? question.options.findIndex((o) => o.correct) : question.answer;
}

export function isCorrect(question: Gradable, answer: Answer): boolean {
  return answer === correctAnswer(question);
}

/** How many of these questions have an answer, and how many of those are right. */
export function score(
  questions: readonly (Gradable & { id: string })[],
  answers: Readonly<Record<string, Answer>>,
): { answered: number; right: number } {
  let answered = 0;
  let right = 0;
  for (const question of questions) {
    const answer = answers[question.id];
    if (answer === undefined) continue;
    answered += 1;
    if (isCorrect(question, answer)) right += 1;
  }
  return { answered, right };
}
