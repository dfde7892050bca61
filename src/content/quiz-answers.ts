/**
 * Answers to knowledge-check questions: an option's index for multiple choice, a model id or
 * "hybrid" for "which model is this?". Pure helpers shared by the quiz, the guided path's
 * checks and the code that reads saved answers back from the device.
 */
import type { Question } from './schemas-learning';
import { MODEL_ANSWERS } from './vocabulary';

export type ModelAnswer = (typeof MODEL_ANSWERS)[number];
export type Answer = number | ModelAnswer;

export function isValidAnswer(question: Question, answer: unknown): answer is Answer {
  if (question.kind === 'multiple-choice') {
    return typeof answer === 'number' && Number.isInteger(answer) && answer >= 0 && answer < question.options.length;
  }
  return typeof answer === 'string' && (MODEL_ANSWERS as readonly string[]).includes(answer);
}

export function correctAnswer(question: Question): Answer {
  return question.kind === 'multiple-choice' ? question.options.findIndex((o) => o.correct) : question.answer;
}

export function isCorrect(question: Question, answer: Answer): boolean {
  return answer === correctAnswer(question);
}

/** How many of these questions have an answer, and how many of those are right. */
export function score(
  questions: readonly Question[],
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
