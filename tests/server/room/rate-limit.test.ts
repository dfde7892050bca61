// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addressKeyer, BucketsByKey, GuessCounter, TokenBucket } from '../../../server/room/rate-limit';

describe('token bucket', () => {
  it('allows a burst, then the rate, and refills with time', () => {
    const bucket = new TokenBucket(2, 4, 0);
    expect(Array.from({ length: 5 }, () => bucket.take(0))).toEqual([true, true, true, true, false]);
    expect(bucket.take(400)).toBe(false);
    expect(bucket.take(500)).toBe(true);
    expect(bucket.isFull(3000)).toBe(true);
  });

  it('forgets a sender once its bucket is full again; a rate of 0 turns the limit off', () => {
    const buckets = new BucketsByKey(1, 2);
    buckets.take('a', 0);
    expect(buckets.size).toBe(1);
    buckets.sweep(500);
    expect(buckets.size).toBe(1);
    buckets.sweep(5000);
    expect(buckets.size).toBe(0);
    const off = new BucketsByKey(0, 0);
    expect(Array.from({ length: 100 }, () => off.take('a', 0)).every(Boolean)).toBe(true);
    expect(off.size).toBe(0);
  });
});

describe('guess counter', () => {
  it('blocks after the limit until the window that began with the first wrong guess ends', () => {
    const guesses = new GuessCounter(2, 10_000);
    guesses.wrong('a', 0);
    expect(guesses.blockedFor('a', 1)).toBe(0);
    guesses.wrong('a', 5000);
    expect(guesses.blockedFor('a', 5000)).toBe(5);
    expect(guesses.blockedFor('b', 5000)).toBe(0);
    expect(guesses.blockedFor('a', 10_000)).toBe(0);
    guesses.sweep(10_000);
    expect(guesses.size).toBe(0);
  });
});

describe('address keys', () => {
  it('are stable within one run, differ between runs, and do not contain the address', () => {
    const key = addressKeyer();
    expect(key('192.168.1.23')).toBe(key('192.168.1.23'));
    expect(key('192.168.1.23')).not.toBe(key('192.168.1.24'));
    expect(addressKeyer()('192.168.1.23')).not.toBe(key('192.168.1.23'));
    expect(key('192.168.1.23')).not.toContain('192.168');
  });
});
