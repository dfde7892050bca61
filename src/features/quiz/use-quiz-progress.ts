import { useMemo } from 'react';
import type { Question } from '../../content/schemas-learning';
import { STORAGE_KEYS } from '../../lib/device-storage';
import { useStoredRecord } from '../../lib/use-stored-record';
import { quizProgressSpec } from './progress';

/** The reader's quiz answers, validated against the questions as they are now. */
export function useQuizProgress(questions: readonly Question[]) {
  const spec = useMemo(() => quizProgressSpec(questions), [questions]);
  return useStoredRecord(STORAGE_KEYS.quizProgress, spec);
}
