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

  it('resets a record with no version', () => {
    expect(readRecord('{"name":"Ada"}', spec).status).toBe('reset');
  });

  it('resets a record from an older version rather than guessing what its fields meant', () => {
    expect(readRecord('{"v":1,"name":"Ada"}', spec).status).toBe('reset');
  });

  it('resets a record from a newer version', () => {
    expect(readRecord('{"v":3,"name":"Ada"}', spec).status).toBe('reset');
  });

  it('resets a version of the wrong type', () => {
    expect(readRecord('{"v":"2","name":"Ada"}', spec).status).toBe('reset');
  });

  it('resets an oversized value without parsing it', () => {
    const huge = serialiseRecord(2, { name: 'x'.repeat(MAX_STORED_LENGTH) });
    expect(readRecord(huge, spec)).toEqual({ status: 'reset', value: { name: '' } });
  });

  it('resets a record whose fields the spec cannot use', () => {
    expect(readRecord('{"v":2,"name":7}', spec).status).toBe('reset');
  });
});
