// @vitest-environment node
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  type HostEvent,
  type JoinEvent,
  type RoomQuestion,
} from '../../../src/features/present/room/protocol';
import { DEFAULT_LIMITS, resolveLimits, type RoomLimits } from '../../../server/room/config';
import { RoomRegistry, WAIT_MS } from '../../../server/room/registry';
import { answerKey } from '../../../server/room/room';

const QUESTION: RoomQuestion = { scenarioId: 'police-find-condoms', dimension: 'safety' };
const OTHER: RoomQuestion = { scenarioId: 'police-find-condoms', dimension: 'health' };
const ADDRESS = 'addr-1';

class FakeListener<E extends { type: string }> {
  events: E[] = [];
  ended = false;
  send(event: E) {
    this.events.push(event);
  }
  end() {
    this.ended = true;
  }
  last<T extends E['type']>(type: T): Extract<E, { type: T }> | undefined {
    return this.events.filter((e) => e.type === type).at(-1) as Extract<E, { type: T }> | undefined;
  }
}

const device = () => randomBytes(16).toString('base64url');
const registry = (limits: Partial<RoomLimits> = {}) =>
  new RoomRegistry(resolveLimits({ ...DEFAULT_LIMITS, ...limits }));

function openRoom(rooms: RoomRegistry, now = 0) {
  const host = new FakeListener<HostEvent>();
  expect(rooms.listenHost({ type: 'create', question: QUESTION }, host, ADDRESS, now)).toEqual({ ok: true });
  const opened = host.last('opened')!;
  return { host, code: opened.code, secret: opened.secret!, tag: opened.tag };
}

function joinRoom(rooms: RoomRegistry, code: string, id = device(), tag?: string, now = 0) {
  const phone = new FakeListener<JoinEvent>();
  const outcome = rooms.listenPhone(
    { type: 'join', code, device: id, ...(tag ? { tag } : {}) },
    phone,
    `phone-${id}`,
    now,
  );
  return { phone, device: id, outcome };
}

describe('opening a room', () => {
  it('gives a random five-character code from the unambiguous alphabet, a secret, and the room state', () => {
    const rooms = registry();
    const codes = new Set(Array.from({ length: 20 }, () => openRoom(rooms).code));
    expect(codes.size).toBe(20);
    for (const code of codes) {
      expect(code).toHaveLength(CODE_LENGTH);
      expect([...code].every((c) => CODE_ALPHABET.includes(c))).toBe(true);
    }
    const { host, secret } = openRoom(registry());
    expect(secret).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(host.last('state')).toEqual({
      type: 'state',
      question: QUESTION,
      answers: {},
      revealed: false,
      participants: 0,
    });
  });

  it('refuses a room beyond the limit, with a reason', () => {
    const rooms = registry({ maxRooms: 2 });
    openRoom(rooms);
    openRoom(rooms);
    const host = new FakeListener<HostEvent>();
    expect(rooms.listenHost({ type: 'create', question: QUESTION }, host, ADDRESS, 0)).toEqual({
      ok: false,
      refused: { type: 'refused', reason: 'too-many-rooms' },
    });
  });
});

describe('phones joining and answering', () => {
  it('joins by code, answers, changes the answer, and the facilitator sees each change', () => {
    const rooms = registry();
    const { host, code } = openRoom(rooms);
    const a = joinRoom(rooms, code);
    expect(a.outcome).toEqual({ ok: true });
    expect(a.phone.last('joined')).toMatchObject({ code, question: QUESTION, revealed: false, answer: {} });
    expect(host.last('presence')).toEqual({ type: 'presence', participants: 1 });

    const q = 'police-find-condoms/safety';
    expect(
      rooms.send({ type: 'answer', code, device: a.device, question: q, picks: { nordic: 'poor' } }, 'x', 1),
    ).toEqual({ type: 'saved', question: q, picks: { nordic: 'poor' } });
    expect(
      rooms.send(
        { type: 'answer', code, device: a.device, question: q, picks: { nordic: 'mixed', decriminalisation: 'good' } },
        'x',
        2,
      ).type,
    ).toBe('saved');
    const deltas = host.events.filter((e) => e.type === 'answer');
    expect(deltas).toHaveLength(2);
    expect(deltas[1]).toEqual({
      type: 'answer',
      question: q,
      key: answerKey(a.phone.last('joined')!.tag, a.device),
      picks: { nordic: 'mixed', decriminalisation: 'good' },
    });
    // One answer per device: the second replaced the first.
    expect(rooms.stats().answers).toBe(1);
  });

  it('a wrong code is refused and counted; past the limit every code is refused until the window ends', () => {
    const rooms = registry({ guessLimit: 3, guessWindowSeconds: 60 });
    const { code } = openRoom(rooms);
    const wrong = code === 'ZZZZZ' ? 'YYYYY' : 'ZZZZZ';
    for (let i = 0; i < 3; i += 1) {
      const phone = new FakeListener<JoinEvent>();
      expect(rooms.listenPhone({ type: 'join', code: wrong, device: device() }, phone, 'guesser', 1000)).toEqual({
        ok: false,
        refused: { type: 'refused', reason: 'unknown-code' },
      });
    }
    const blocked = rooms.listenPhone(
      { type: 'join', code: wrong, device: device() },
      new FakeListener<JoinEvent>(),
      'guesser',
      2000,
    );
    expect(blocked).toEqual({ ok: false, refused: { type: 'refused', reason: 'too-many-guesses', retryAfter: 59 } });
    // Blocked for the right code too, or it would stand out.
    expect(
      rooms.listenPhone({ type: 'join', code, device: device() }, new FakeListener<JoinEvent>(), 'guesser', 2000),
    ).toMatchObject({ ok: false, refused: { reason: 'too-many-guesses' } });
    // Another address is not blocked, and the guesser may try again after the window.
    expect(joinRoom(rooms, code).outcome).toEqual({ ok: true });
    expect(
      rooms.listenPhone({ type: 'join', code, device: device() }, new FakeListener<JoinEvent>(), 'guesser', 62_000),
    ).toEqual({ ok: true });
  });

  it('refuses a phone when the room is full, but lets a phone that was in it back', () => {
    const rooms = registry({ maxParticipants: 2 });
    const { code } = openRoom(rooms);
    const first = joinRoom(rooms, code);
    joinRoom(rooms, code);
    expect(joinRoom(rooms, code).outcome).toEqual({ ok: false, refused: { type: 'refused', reason: 'full' } });
    // The same device reconnecting replaces its old stream.
    const again = joinRoom(rooms, code, first.device);
    expect(again.outcome).toEqual({ ok: true });
    expect(first.phone.events.at(-1)).toEqual({ type: 'refused', reason: 'elsewhere' });
    expect(first.phone.ended).toBe(true);
  });

  it('refuses answers to another question, from a phone not in the room, and after the reveal', () => {
    const rooms = registry();
    const { code, secret } = openRoom(rooms);
    const a = joinRoom(rooms, code);
    const q = 'police-find-condoms/safety';
    expect(
      rooms.send(
        { type: 'answer', code, device: a.device, question: 'police-find-condoms/health', picks: { nordic: 'poor' } },
        'x',
        0,
      ),
    ).toMatchObject({ reason: 'stale-question' });
    expect(
      rooms.send({ type: 'answer', code, device: device(), question: q, picks: { nordic: 'poor' } }, 'x', 0),
    ).toMatchObject({ reason: 'not-joined' });
    expect(rooms.send({ type: 'reveal', code, secret, revealed: true }, ADDRESS, 0)).toEqual({ type: 'ok' });
    expect(
      rooms.send({ type: 'answer', code, device: a.device, question: q, picks: { nordic: 'poor' } }, 'x', 0),
    ).toMatchObject({ reason: 'answers-closed' });
  });
});

describe('only the facilitator runs the room', () => {
  it('refuses a forged reveal, question or close (a wrong secret), counting it as a guess', () => {
    const rooms = registry({ guessLimit: 2 });
    const { code, secret } = openRoom(rooms);
    const a = joinRoom(rooms, code);
    const forged = device();
    expect(rooms.send({ type: 'reveal', code, secret: forged, revealed: true }, 'mallory', 0)).toMatchObject({
      reason: 'not-facilitator',
    });
    expect(rooms.send({ type: 'close', code, secret: forged }, 'mallory', 0)).toMatchObject({
      reason: 'not-facilitator',
    });
    expect(rooms.send({ type: 'ask', code, secret: forged, question: OTHER }, 'mallory', 0)).toMatchObject({
      reason: 'too-many-guesses',
    });
    expect(a.phone.events.map((e) => e.type)).toEqual(['joined']);
    expect(rooms.roomCount).toBe(1);
    // The real facilitator, even from the same address, is not held up by them.
    expect(rooms.send({ type: 'reveal', code, secret, revealed: true }, 'mallory', 0)).toEqual({ type: 'ok' });
  });

  it('reveals to phones with the counts (phones plus hand counts), hides again, asks a new question', () => {
    const rooms = registry();
    const { code, secret } = openRoom(rooms);
    const a = joinRoom(rooms, code);
    const b = joinRoom(rooms, code);
    const q = 'police-find-condoms/safety';
    rooms.send({ type: 'answer', code, device: a.device, question: q, picks: { nordic: 'poor' } }, 'x', 0);
    rooms.send(
      { type: 'answer', code, device: b.device, question: q, picks: { nordic: 'poor', legalisation: 'mixed' } },
      'x',
      0,
    );
    const hand = {
      criminalisation: { good: 0, mixed: 0, poor: 3 },
      legalisation: { good: 0, mixed: 0, poor: 0 },
      nordic: { good: 1, mixed: 0, poor: 0 },
      decriminalisation: { good: 0, mixed: 0, poor: 0 },
    };
    rooms.send({ type: 'reveal', code, secret, revealed: true, handCounts: hand }, ADDRESS, 0);
    const revealed = a.phone.last('revealed')!;
    expect(revealed.counts.nordic).toEqual({ good: 1, mixed: 0, poor: 2 });
    expect(revealed.counts.legalisation).toEqual({ good: 0, mixed: 1, poor: 0 });
    expect(revealed.counts.criminalisation).toEqual({ good: 0, mixed: 0, poor: 3 });
    rooms.send({ type: 'reveal', code, secret, revealed: false }, ADDRESS, 0);
    expect(a.phone.events.at(-1)).toEqual({ type: 'question', question: QUESTION, answer: { nordic: 'poor' } });
    rooms.send({ type: 'ask', code, secret, question: OTHER }, ADDRESS, 0);
    expect(b.phone.events.at(-1)).toEqual({ type: 'question', question: OTHER, answer: {} });
    // Back to the first question: its answers are still there, and each phone gets its own back.
    rooms.send({ type: 'ask', code, secret, question: QUESTION }, ADDRESS, 0);
    expect(rooms.stats().answers).toBe(2);
    expect(b.phone.events.at(-1)).toEqual({
      type: 'question',
      question: QUESTION,
      answer: { nordic: 'poor', legalisation: 'mixed' },
    });
  });

  it('closing ends the room for everyone and forgets its answers; the code then says "closed"', () => {
    const rooms = registry();
    const { host, code, secret } = openRoom(rooms);
    const a = joinRoom(rooms, code);
    rooms.send(
      { type: 'answer', code, device: a.device, question: 'police-find-condoms/safety', picks: { nordic: 'good' } },
      'x',
      0,
    );
    expect(rooms.send({ type: 'close', code, secret }, ADDRESS, 0)).toEqual({ type: 'ok' });
    for (const listener of [host, a.phone]) {
      expect(listener.events.at(-1)).toEqual({ type: 'closed', reason: 'closed' });
      expect(listener.ended).toBe(true);
    }
    expect(rooms.stats()).toMatchObject({ rooms: 0, phones: 0, answers: 0 });
    expect(joinRoom(rooms, code).outcome).toEqual({ ok: false, refused: { type: 'refused', reason: 'closed' } });
    expect(
      rooms.send({ type: 'answer', code, device: a.device, question: 'police-find-condoms/safety', picks: {} }, 'x', 0),
    ).toMatchObject({ reason: 'closed' });
  });

  it('forgets a room nobody has used for the idle time', () => {
    const rooms = registry({ idleMinutes: 30 });
    const { host, code } = openRoom(rooms, 0);
    rooms.sweep(29 * 60_000);
    expect(rooms.roomCount).toBe(1);
    rooms.sweep(31 * 60_000);
    expect(rooms.roomCount).toBe(0);
    expect(host.last('closed')).toEqual({ type: 'closed', reason: 'idle' });
    expect(joinRoom(rooms, code).outcome).toMatchObject({ ok: false, refused: { reason: 'closed' } });
  });
});

describe('after the server restarts', () => {
  it('phones that knew the room wait; the facilitator page brings it back with every answer; nothing counts twice', () => {
    const before = registry();
    const { code, secret, tag } = openRoom(before);
    const a = joinRoom(before, code);
    const q = 'police-find-condoms/safety';
    before.send({ type: 'answer', code, device: a.device, question: q, picks: { nordic: 'poor' } }, 'x', 0);
    const answers = { [answerKey(tag, a.device)]: { nordic: 'poor' as const } };

    const after = registry();
    // A phone comes back first: it waits rather than being told the code is wrong.
    const back = joinRoom(after, code, a.device, tag);
    expect(back.outcome).toEqual({ ok: true });
    expect(back.phone.events).toEqual([{ type: 'waiting' }]);
    // The facilitator's page resumes with its copy of the room.
    const host = new FakeListener<HostEvent>();
    expect(
      after.listenHost(
        { type: 'resume', code, secret, question: QUESTION, answers, revealed: false },
        host,
        ADDRESS,
        0,
      ),
    ).toEqual({ ok: true });
    expect(host.last('opened')).toEqual({ type: 'opened', code, tag });
    expect(host.last('state')?.answers).toEqual(answers);
    // The waiting phone is in, and sees its own answer.
    expect(back.phone.last('joined')).toMatchObject({ code, answer: { nordic: 'poor' } });
    // It sends its answer again: still one answer.
    after.send({ type: 'answer', code, device: a.device, question: q, picks: { nordic: 'poor' } }, 'x', 0);
    expect(after.stats().answers).toBe(1);
  });

  it('a phone waiting with the wrong tag learns nothing about the room with that code', () => {
    const rooms = registry();
    const { code } = openRoom(rooms);
    const fakeTag = randomBytes(32).toString('base64url').slice(0, 43);
    const stranger = joinRoom(rooms, code, device(), fakeTag);
    expect(stranger.phone.events).toEqual([{ type: 'waiting' }]);
    rooms.sweep(WAIT_MS + 1);
    expect(stranger.phone.events.at(-1)).toEqual({ type: 'refused', reason: 'gone' });
    expect(stranger.phone.ended).toBe(true);
  });

  it('if someone else took the code, the room comes back under a new one and keeps its answers', () => {
    const before = registry();
    const { code, secret, tag } = openRoom(before);
    const after = registry();
    const squatter = new FakeListener<HostEvent>();
    after.listenHost(
      { type: 'resume', code, secret: device(), question: QUESTION, answers: {}, revealed: false },
      squatter,
      'mallory',
      0,
    );
    const host = new FakeListener<HostEvent>();
    const answers = { [answerKey(tag, device())]: { nordic: 'good' as const } };
    after.listenHost({ type: 'resume', code, secret, question: QUESTION, answers, revealed: false }, host, ADDRESS, 0);
    const opened = host.last('opened')!;
    expect(opened.code).not.toBe(code);
    expect(opened.tag).toBe(tag);
    expect(host.last('state')?.answers).toEqual(answers);
  });

  it('a closed room cannot be brought back, and a resume with too many answers is refused', () => {
    const rooms = registry({ maxParticipants: 1 });
    const { code, secret } = openRoom(rooms);
    rooms.send({ type: 'close', code, secret }, ADDRESS, 0);
    expect(
      rooms.listenHost(
        { type: 'resume', code, secret, question: QUESTION, answers: {}, revealed: false },
        new FakeListener<HostEvent>(),
        ADDRESS,
        0,
      ),
    ).toMatchObject({ ok: false, refused: { reason: 'closed' } });
    const many = Object.fromEntries(
      Array.from({ length: 3 }, () => [device().slice(0, 16), { nordic: 'good' as const }]),
    );
    expect(
      rooms.listenHost(
        { type: 'resume', code: 'ABCDE', secret: device(), question: QUESTION, answers: many, revealed: false },
        new FakeListener<HostEvent>(),
        ADDRESS,
        0,
      ),
    ).toMatchObject({ ok: false, refused: { reason: 'full' } });
  });
});
