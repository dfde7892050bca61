/**
 * Versioned records kept in localStorage, read without trusting them. Anything stored on a
 * device can be cut short, left over from an older version of the site or edited by hand, so
 * a read never throws: it keeps what is valid, drops what is not, and says which happened so
 * the page can tell the reader. Hand-rolled on purpose: zod stays out of the browser bundle.
 */

/** Far more than any record of this site needs; a longer value was not written by it. */
export const MAX_STORED_LENGTH = 8_000;

/** What reading found: nothing stored, a valid record, a record with parts dropped, or junk. */
export type ReadStatus = 'empty' | 'ok' | 'recovered' | 'reset';

export interface StoredRead<T> {
  status: ReadStatus;
  value: T;
}

export interface RecordSpec<T> {
  version: number;
  empty: T;
  /**
   * Reads the fields of a record that has the right version. Returns the valid part and whether
   * anything was dropped, or undefined when nothing usable is left.
   */
  parse: (record: Record<string, unknown>) => { value: T; dropped: boolean } | undefined;
}

export function readRecord<T>(raw: string | null, spec: RecordSpec<T>): StoredRead<T> {
  const reset: StoredRead<T> = { status: 'reset', value: spec.empty };
  if (raw === null) return { status: 'empty', value: spec.empty };
  if (raw.length > MAX_STORED_LENGTH) return reset;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return reset;
  }
  // A record from another version (older or newer) is not guessed at: its fields may mean something else.
  if (!isPlainObject(data) || data.v !== spec.version) return reset;
  const parsed = spec.parse(data);
  if (!parsed) return reset;
  return { status: parsed.dropped ? 'recovered' : 'ok', value: parsed.value };
}

export function serialiseRecord(version: number, value: object): string {
  return JSON.stringify({ v: version, ...value });
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The known ids in a stored list, once each, in stored order. `dropped` is true when the list
 * was not a list, or held anything else.
 */
export function knownIds(value: unknown, known: ReadonlySet<string>): { ids: string[]; dropped: boolean } {
  if (value === undefined) return { ids: [], dropped: false };
  if (!Array.isArray(value)) return { ids: [], dropped: true };
  const ids = [...new Set(value.filter((id): id is string => typeof id === 'string' && known.has(id)))];
  return { ids, dropped: ids.length !== value.length };
}

/** True when a record has fields other than the version and the ones listed. */
export function hasUnknownFields(record: Record<string, unknown>, fields: readonly string[]): boolean {
  return Object.keys(record).some((key) => key !== 'v' && !fields.includes(key));
}
