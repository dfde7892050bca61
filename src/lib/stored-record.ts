/**
 * Versioned records kept in localStorage, read without trusting them. Anything stored on a
 * device can be cut short, left over from an older version of the site or edited by hand, so
 * a read never throws: it keeps what is valid, drops what is not, and says which happened so
 * the page can tell the reader. Hand-rolled on purpose: zod stays out of the browser bundle.
 */

/**
 * Far more than any record of this site needs (a few hundred bytes), yet a record padded or
 * repeated by hand is still read: a longer value was not written by this site.
 */
export const MAX_STORED_LENGTH = 1_000_000;

/** What reading found: nothing stored, a valid record, a record with parts dropped, or junk. */
export type ReadStatus = 'empty' | 'ok' | 'recovered' | 'reset';

export interface StoredRead<T> {
  status: ReadStatus;
  value: T;
  /**
   * Written by a newer version of the site (an older copy may still run in another tab, or
   * from the offline cache). What it can read is used, and the record is never repaired or
   * removed on reading: the newer version owns it.
   */
  newer?: boolean;
}

export interface RecordSpec<T> {
  version: number;
  empty: T;
  /**
   * Reads the fields of a record. Returns the valid part and whether anything was dropped, or
   * undefined when nothing usable is left. Fields are checked against the content as it is now,
   * so a record from another version is read by the same rules.
   */
  parse: (record: Record<string, unknown>) => { value: T; dropped: boolean } | undefined;
}

export function readRecord<T>(raw: string | null, spec: RecordSpec<T>): StoredRead<T> {
  if (raw === null) return { status: 'empty', value: spec.empty };
  let data: unknown;
  try {
    data = raw.length > MAX_STORED_LENGTH ? undefined : JSON.parse(raw);
  } catch {
    data = undefined;
  }
  const newer = isPlainObject(data) && typeof data.v === 'number' && data.v > spec.version;
  const flag = newer ? { newer } : {};
  // Progress from an older or newer version is kept wherever its fields are still valid: the
  // version says how it was written, and every field is checked as it is now anyway.
  const parsed = isPlainObject(data) ? spec.parse(data) : undefined;
  if (!parsed) return { status: 'reset', value: spec.empty, ...flag };
  return { status: parsed.dropped ? 'recovered' : 'ok', value: parsed.value, ...flag };
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
