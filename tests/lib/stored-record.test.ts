import { describe, expect, it } from 'vitest';
import { MAX_STORED_LENGTH, readRecord, serialiseRecord, type RecordSpec } from '../../src/lib/stored-record';

/** A record with one text field, to test the reading rules every stored record shares. */
const spec: RecordSpec<{ name: string }> = {
  version: 2,
  empty: { name: '' },
  parse: (record) => (typeof record.name === 'string' ? { value: { name: record.name }, dropped: false } : undefined),
};

describe('reading a versioned record from device storage', () => {
  it('reads nothing stored as empty, without a notice', () => {
    expect(readRecord(null, spec)).toEqual({ status: 'empty', value: { name: '' } });
  });

  it('reads back what it wrote', () => {
    expect(readRecord(serialiseRecord(2, { name: 'Ada' }), spec)).toEqual({ status: 'ok', value: { name: 'Ada' } });
  });

  it('resets truncated JSON', () => {
    const cut = serialiseRecord(2, { name: 'Ada' }).slice(0, 12);
    expect(readRecord(cut, spec)).toEqual({ status: 'reset', value: { name: '' } });
  });

  it('resets text that is not JSON at all', () => {
    expect(readRecord('hello', spec).status).toBe('reset');
  });

  it('resets JSON that is not a record (a list, a number, null)', () => {
    for (const raw of ['[]', '[1,2]', '42', 'null', '"text"']) expect(readRecord(raw, spec).status).toBe('reset');
  });

  // Progress from another version is kept wherever its fields are still valid (every field is
  // checked against the content as it is now): losing a reader's place costs more than reading
  // a record written by another version of the same rules.
  it('keeps a record with no version, or a version of the wrong type, when its fields are valid', () => {
    expect(readRecord('{"name":"Ada"}', spec)).toEqual({ status: 'ok', value: { name: 'Ada' } });
    expect(readRecord('{"v":"2","name":"Ada"}', spec)).toEqual({ status: 'ok', value: { name: 'Ada' } });
  });

  it('keeps a valid record from an older version', () => {
    expect(readRecord('{"v":1,"name":"Ada"}', spec)).toEqual({ status: 'ok', value: { name: 'Ada' } });
  });

  it('keeps a valid record from a newer version, and marks it as newer (left for that version to repair)', () => {
    expect(readRecord('{"v":3,"name":"Ada"}', spec)).toEqual({ status: 'ok', value: { name: 'Ada' }, newer: true });
    expect(readRecord('{"v":3,"name":7}', spec)).toEqual({ status: 'reset', value: { name: '' }, newer: true });
  });

  it('reads a long record that is still valid (padding, repeated entries)', () => {
    const padded = `${' '.repeat(8_001)}${serialiseRecord(2, { name: 'Ada' })}`;
    expect(readRecord(padded, spec)).toEqual({ status: 'ok', value: { name: 'Ada' } });
  });

  it('resets an oversized value without parsing it', () => {
    const huge = serialiseRecord(2, { name: 'x'.repeat(MAX_STORED_LENGTH) });
    expect(readRecord(huge, spec)).toEqual({ status: 'reset', value: { name: '' } });
  });

  it('resets a record whose fields the spec cannot use', () => {
    expect(readRecord('{"v":2,"name":7}', spec).status).toBe('reset');
  });
});
