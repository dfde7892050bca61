import { useMemo } from 'react';
import { STORAGE_KEYS } from '../../lib/device-storage';
import { useStoredRecord } from '../../lib/use-stored-record';
import { learnProgressSpec } from './progress';

/** The reader's place in the path, validated against the steps that exist now. */
export function useLearnProgress(stepIds: readonly string[]) {
  const key = stepIds.join(' ');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the ids' content, not the array's identity
  const spec = useMemo(() => learnProgressSpec(stepIds), [key]);
  return useStoredRecord(STORAGE_KEYS.learnProgress, spec);
}
