import { afterEach, describe, expect, it } from 'vitest';
import { clearAllStored, listStored } from '../../../../src/lib/device-storage';
import {
  readHostRoom,
  readJoinedRoom,
  writeHostRoom,
  writeJoinedRoom,
} from '../../../../src/features/present/room/room-storage';

const ROOM = {
  code: 'K7M2Q',
  secret: 'ABCDEFGHIJKLMNOPQRSTUV',
  tag: 'a'.repeat(43),
  question: { scenarioId: 'police-find-condoms', dimension: 'safety' as const },
  answers: { abcdefghijklmnop: { nordic: 'good' as const } },
  revealed: false,
};

afterEach(() => sessionStorage.clear());

describe('a room in this tab’s sessionStorage', () => {
  it('keeps the facilitator’s room across a reload', () => {
    writeHostRoom(ROOM);
    expect(readHostRoom()).toEqual(ROOM);
    writeHostRoom(null);
    expect(readHostRoom()).toBeNull();
  });

  it('reads a damaged or edited room as none, and drops answers it cannot read', () => {
    for (const raw of [
      '{',
      '[]',
      JSON.stringify({ v: 2, ...ROOM }),
      JSON.stringify({ v: 1, ...ROOM, code: 'lower' }),
      JSON.stringify({ v: 1, ...ROOM, question: { scenarioId: '../x', dimension: 'safety' } }),
    ]) {
      sessionStorage.setItem('swl:room-host', raw);
      expect(readHostRoom()).toBeNull();
    }
    sessionStorage.setItem(
      'swl:room-host',
      JSON.stringify({
        v: 1,
        ...ROOM,
        answers: { abcdefghijklmnop: { nordic: 'great', legalisation: 'poor' }, short: { nordic: 'good' } },
      }),
    );
    expect(readHostRoom()?.answers).toEqual({ abcdefghijklmnop: { legalisation: 'poor' } });
  });

  it('gives a phone a random device id once per tab, and forgets its room', () => {
    const first = readJoinedRoom();
    expect(first.device).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(readJoinedRoom().device).not.toBe(first.device);
    writeJoinedRoom({ device: first.device, code: 'K7M2Q', tag: 'b'.repeat(43) });
    expect(readJoinedRoom()).toEqual({ device: first.device, code: 'K7M2Q', tag: 'b'.repeat(43) });
  });

  it('is listed on the privacy page without its values, and cleared by "Clear my data"', () => {
    writeHostRoom(ROOM);
    writeJoinedRoom({ device: readJoinedRoom().device, code: 'K7M2Q' });
    const listed = listStored().filter((item) => item.session);
    expect(listed.map((item) => item.key)).toEqual(['swl:room-host', 'swl:room-join']);
    expect(listed.every((item) => item.value === '')).toBe(true);
    clearAllStored();
    expect(sessionStorage.length).toBe(0);
  });
});
