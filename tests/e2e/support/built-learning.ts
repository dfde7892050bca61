/** The guided path and quiz the build emitted, so learning tests follow the real content. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LearnOutline, LearnStepPage, QuizOutline, QuizQuestionPage } from '../../../src/content/payloads';

const dist = resolve(import.meta.dirname, '../../..', process.env.OUT_DIR ?? 'dist');
const read = <T>(path: string) => JSON.parse(readFileSync(resolve(dist, 'content', path), 'utf8')) as T;

export const builtLearn = () => read<LearnOutline>('learn.json');
export const builtLearnStep = (id: string) => read<LearnStepPage>(`learn/${id}.json`);
export const builtQuiz = () => read<QuizOutline>('quiz.json');
export const builtQuizQuestion = (id: string) => read<QuizQuestionPage>(`quiz/${id}.json`);
