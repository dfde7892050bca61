import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  clearAllStored,
  listStored,
  readStored,
  STORAGE_KEYS,
  storageFailed,
  writeStored,
} from '../../src/lib/device-storage';

describe('device storage that may fail', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    clearAllStored();
    localStorage.clear();
  });

  it('keeps a value in memory for the visit when the device drops the write, and says so', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {});
    writeStored(STORAGE_KEYS.quizProgress, '{"v":1,"answers":{}}');
    expect(readStored(STORAGE_KEYS.quizProgress)).toBe('{"v":1,"answers":{}}');
    expect(storageFailed()).toBe(true);
    // Not listed as stored on the device: it is not.
    expect(listStored()).toEqual([]);
  });

  it('keeps a value in memory when storage throws on any access', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    writeStored(STORAGE_KEYS.learnProgress, 'x');
    expect(readStored(STORAGE_KEYS.learnProgress)).toBe('x');
    expect(storageFailed()).toBe(true);
  });

  it('writes through when storage works, and clearing says which keys it removed', () => {
    writeStored(STORAGE_KEYS.contentNotes, 'show');
    writeStored(STORAGE_KEYS.leaveNoTrail, 'on');
    expect(storageFailed()).toBe(false);
    expect(localStorage.getItem(STORAGE_KEYS.contentNotes)).toBe('show');
    expect(clearAllStored().sort()).toEqual([STORAGE_KEYS.contentNotes, STORAGE_KEYS.leaveNoTrail].sort());
    expect(localStorage.length).toBe(0);
  });
});
