/**
 * What the site stores, in words a reader can check ("step 4 of 8, 3 done"), never as the raw
 * JSON. Read loosely, for display only: the learn and quiz pages validate their own records.
 */
import { safetyMessages } from '../../i18n/safety';
import type { StorageKey } from '../../lib/device-storage';
import { STORAGE_KEYS } from '../../lib/device-storage';

const t = safetyMessages.stored;

function parse(value: string): Record<string, unknown> | undefined {
  try {
    const data: unknown = JSON.parse(value);
    return typeof data === 'object' && data !== null && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function learnWords(value: string, steps: readonly string[] | undefined): string {
  const record = parse(value);
  if (!record) return t.learnUnreadable;
  const done = Array.isArray(record.done)
    ? [...new Set(record.done.filter((id): id is string => typeof id === 'string'))]
    : [];
  if (!steps) return t.learnDone(done.length, Math.max(done.length, 1));
  const known = done.filter((id) => steps.includes(id));
  const at = typeof record.current === 'string' ? steps.indexOf(record.current) : -1;
  if (at >= 0) return t.learnPlace(at + 1, steps.length, known.length);
  return known.length > 0 ? t.learnDone(known.length, steps.length) : t.learnUnreadable;
}

function quizWords(value: string): string {
  const answers = parse(value)?.answers;
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return t.quizUnreadable;
  return t.quiz(Object.values(answers).filter((a) => typeof a === 'number' || typeof a === 'string').length);
}

/** One line per stored item. `steps` (the path's step ids) turns a place into "step 2 of 8". */
export function storedInWords(key: StorageKey, value: string, steps: readonly string[] | undefined): string {
  switch (key) {
    case STORAGE_KEYS.contentNotes:
      return t.contentNotes(value === 'show');
    case STORAGE_KEYS.learnProgress:
      return learnWords(value, steps);
    case STORAGE_KEYS.quizProgress:
      return quizWords(value);
    case STORAGE_KEYS.leaveNoTrail:
      return t.leaveNoTrail;
  }
}
