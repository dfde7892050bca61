import { useMemo } from 'react';
import { STORAGE_KEYS } from '../../lib/device-storage';
import { useStoredRecord } from '../../lib/use-stored-record';
import { quizProgressSpec, type StoredQuestion } from './progress';

/** The reader's quiz answers, validated against every question as it is now (the quiz outline). */
export function useQuizProgress(questions: readonly StoredQuestion[]) {
  const spec = useMemo(() => quizProgressSpec(questions), [questions]);
  return useStoredRecord(STORAGE_KEYS.quizProgress, spec);
}
