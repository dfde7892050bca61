import { describe, expect, it } from 'vitest';
import { addCounts, answeredCount, countAnswers } from '../../../../src/features/present/room/counts';
import { normaliseCode } from '../../../../src/features/present/room/protocol';
import { joinUrl, readInfo } from '../../../../src/features/present/room/room-server';
import { emptyCounts } from '../../../../src/features/present/workshop/predict-url-state';

describe('finding a room server', () => {
  it('reads "no room server" from the file a static build writes, and from anything unusable', () => {
    for (const info of [null, { relay: null }, { relay: '' }, { relay: 'javascript:alert(1)' }, { relay: 42 } as never])
      expect(readInfo(info)).toBeNull();
  });

  it('resolves the relay against this page and keeps the address phones open', () => {
    const server = readInfo({ relay: '/room-relay/', joinOrigin: 'http://192.168.1.23:4173' });
    expect(server).toEqual({ relay: `${window.location.origin}/room-relay/`, joinOrigin: 'http://192.168.1.23:4173' });
    expect(joinUrl(server!, '/room/#K7M2Q')).toBe('http://192.168.1.23:4173/room/#K7M2Q');
    expect(readInfo({ relay: 'https://rooms.example.org/room-relay' })).toEqual({
      relay: 'https://rooms.example.org/room-relay/',
      joinOrigin: window.location.origin,
    });
  });
});

describe('room codes as typed', () => {
  it.each([
    ['k7m2q', 'K7M2Q'],
    [' K7M 2Q ', 'K7M2Q'],
    ['k7m-2q', 'K7M2Q'],
  ])('reads %j as %s', (typed, code) => expect(normaliseCode(typed)).toBe(code));
  it.each(['K7M2', 'K7M2QQ', 'K0M2Q', 'KIM2Q', ''])('refuses %j', (typed) => expect(normaliseCode(typed)).toBeNull());
});

describe('counting phones', () => {
  it('counts each phone’s rating per model, adds hand counts, and counts who answered', () => {
    const answers = [{ nordic: 'poor' as const }, { nordic: 'poor' as const, legalisation: 'good' as const }, {}];
    const counts = countAnswers(answers);
    expect(counts.nordic).toEqual({ good: 0, mixed: 0, poor: 2 });
    expect(counts.legalisation).toEqual({ good: 1, mixed: 0, poor: 0 });
    const hand = emptyCounts();
    hand.nordic.good = 3;
    expect(addCounts(counts, hand).nordic).toEqual({ good: 3, mixed: 0, poor: 2 });
    expect(answeredCount(answers)).toBe(2);
  });
});
