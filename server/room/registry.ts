/**
 * Every room on this server, and the rules for joining, answering and running one: random
 * codes, guessing slowed down, only the facilitator's secret reveals or closes, limits on rooms
 * and phones, rooms forgotten when closed or idle. Phones that come back after a restart, with
 * their room's tag, wait here until the facilitator's page brings the room back.
 */
import { randomBytes, randomInt } from 'node:crypto';
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  type HostEvent,
  type JoinEvent,
  type ListenRequest,
  type Refused,
  type SendReply,
  type SendRequest,
} from '../../src/features/present/room/protocol';
import { questionKey } from '../../src/features/present/room/protocol';
import type { RoomLimits } from './config';
import { GuessCounter } from './rate-limit';
import { answerKey, Room, tagOf, type Listener } from './room';

/** How long a closed room's code answers "this room has closed" rather than "no such room". */
const TOMBSTONE_MS = 60 * 60 * 1000;
const TOMBSTONES_KEPT = 1000;
/** How long a phone waits for its room to come back after a restart. */
export const WAIT_MS = 10 * 60 * 1000;

type Outcome = { ok: true } | { ok: false; refused: Refused };

interface Waiting {
  tag: string;
  device: string;
  listener: Listener<JoinEvent>;
  since: number;
}

const refuse = (reason: Refused['reason'], retryAfter?: number): { ok: false; refused: Refused } => ({
  ok: false,
  refused: retryAfter ? { type: 'refused', reason, retryAfter } : { type: 'refused', reason },
});

export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly tombstones = new Map<string, { tag: string; at: number }>();
  private readonly waiting = new Map<string, Set<Waiting>>();
  private readonly guesses: GuessCounter;
  /** What to undo when a stream ends; a waiting phone's changes when its room comes back. */
  private readonly detachers = new Map<Listener<never>, () => void>();

  constructor(private readonly limits: RoomLimits) {
    this.guesses = new GuessCounter(limits.guessLimit, limits.guessWindowSeconds * 1000);
  }

  /** Most answers a room keeps per question: phones come and go, so twice the phones at once. */
  get answerCap(): number {
    return this.limits.maxParticipants * 2;
  }

  get roomCount(): number {
    return this.rooms.size;
  }

  listenHost(
    request: Extract<ListenRequest, { type: 'create' | 'resume' }>,
    listener: Listener<HostEvent>,
    address: string,
    now: number,
  ): Outcome {
    if (request.type === 'create') {
      if (this.rooms.size >= this.limits.maxRooms) return refuse('too-many-rooms');
      const secret = randomBytes(16).toString('base64url');
      const room = this.open(this.freshCode(), tagOf(secret), request.question, now);
      return this.attachHost(room, listener, secret);
    }
    if (Object.keys(request.answers).length > this.answerCap) return refuse('full');
    const tag = tagOf(request.secret);
    const existing = this.rooms.get(request.code);
    if (existing?.isFacilitator(request.secret)) {
      existing.lastActive = now;
      existing.ask(request.question);
      if (existing.revealed !== request.revealed) existing.reveal(request.revealed);
      return this.attachHost(existing, listener);
    }
    if (existing) this.guesses.wrong(address, now);
    const tombstone = this.tombstones.get(request.code);
    if (tombstone?.tag === tag) return refuse('closed');
    if (this.rooms.size >= this.limits.maxRooms) return refuse('too-many-rooms');
    // The server restarted (or the room went idle): open it again from the page's copy. If the
    // code is someone else's now, under a new code; answers keep their keys, which hang on the tag.
    const code = existing || tombstone ? this.freshCode() : request.code;
    const room = this.open(code, tag, request.question, now);
    room.restore(request.answers, request.revealed);
    const outcome = this.attachHost(room, listener);
    this.admitWaiting(room, now);
    return outcome;
  }

  listenPhone(
    request: Extract<ListenRequest, { type: 'join' }>,
    listener: Listener<JoinEvent>,
    address: string,
    now: number,
  ): Outcome {
    const room = this.rooms.get(request.code);
    if (request.tag && room?.tag !== request.tag) {
      // A phone that knew this room: the room is gone (a restart) or not the one it knew. Waiting
      // looks the same either way, so it tells a guesser nothing.
      const tombstone = this.tombstones.get(request.code);
      if (tombstone?.tag === request.tag) return refuse('closed');
      return this.wait(request.code, { tag: request.tag, device: request.device, listener, since: now });
    }
    // Blocked means blocked for every code, or a right code would stand out from the wrong ones.
    const blocked = this.guesses.blockedFor(address, now);
    if (blocked > 0) return refuse('too-many-guesses', blocked);
    if (!room) {
      if (this.tombstones.has(request.code)) return refuse('closed');
      this.guesses.wrong(address, now);
      return refuse('unknown-code');
    }
    return this.attachPhone(room, request.device, listener, now);
  }

  send(request: SendRequest, address: string, now: number): SendReply {
    const room = this.rooms.get(request.code);
    if (request.type === 'answer') {
      if (!room) return this.tombstones.has(request.code) ? refuse('closed').refused : refuse('not-joined').refused;
      if (!room.phones.has(request.device)) return refuse('not-joined').refused;
      if (request.question !== questionKey(room.question)) return refuse('stale-question').refused;
      if (room.revealed) return refuse('answers-closed').refused;
      const key = answerKey(room.tag, request.device);
      if (!room.answers.has(key) && room.answers.size >= this.answerCap) return refuse('full').refused;
      room.lastActive = now;
      room.answer(key, request.picks);
      return { type: 'saved', question: request.question, picks: request.picks };
    }
    // A secret is 128 random bits: no one guesses it, so the facilitator is never held up by
    // someone else's wrong guesses from the same address. Wrong secrets still count.
    if (!room?.isFacilitator(request.secret)) {
      const blocked = this.guesses.blockedFor(address, now);
      if (blocked > 0) return refuse('too-many-guesses', blocked).refused;
      this.guesses.wrong(address, now);
      return refuse('not-facilitator').refused;
    }
    room.lastActive = now;
    if (request.type === 'ask') room.ask(request.question);
    else if (request.type === 'reveal') room.reveal(request.revealed, request.handCounts);
    else this.close(room, 'closed', now);
    return { type: 'ok' };
  }

  /** The stream of `listener` has ended (the client left, or the network dropped). */
  detach(listener: Listener<never>): void {
    this.detachers.get(listener)?.();
    this.detachers.delete(listener);
  }

  /** Closes idle rooms, lets go of phones that waited too long, forgets old codes and guesses. */
  sweep(now: number): void {
    const idleMs = this.limits.idleMinutes * 60 * 1000;
    for (const room of [...this.rooms.values()]) if (now - room.lastActive > idleMs) this.close(room, 'idle', now);
    for (const [code, set] of this.waiting) {
      for (const entry of set) {
        if (now - entry.since <= WAIT_MS) continue;
        set.delete(entry);
        entry.listener.send({ type: 'refused', reason: 'gone' });
        entry.listener.end();
      }
      if (set.size === 0) this.waiting.delete(code);
    }
    for (const [code, tombstone] of this.tombstones)
      if (now - tombstone.at > TOMBSTONE_MS) this.tombstones.delete(code);
    this.guesses.sweep(now);
  }

  /** The server is stopping: end every stream without closing any room (phones will wait). */
  endAll(): void {
    for (const room of this.rooms.values()) {
      room.host?.end();
      for (const phone of room.phones.values()) phone.end();
    }
    for (const set of this.waiting.values()) for (const entry of set) entry.listener.end();
    this.rooms.clear();
    this.waiting.clear();
  }

  /** For the benchmark and tests: how much is held. */
  stats(): { rooms: number; phones: number; waiting: number; answers: number; tombstones: number; guessers: number } {
    let phones = 0;
    let answers = 0;
    for (const room of this.rooms.values()) {
      phones += room.phones.size;
      answers += room.answers.size;
    }
    let waiting = 0;
    for (const set of this.waiting.values()) waiting += set.size;
    return {
      rooms: this.rooms.size,
      phones,
      waiting,
      answers,
      tombstones: this.tombstones.size,
      guessers: this.guesses.size,
    };
  }

  private open(
    code: string,
    tag: string,
    question: Parameters<RoomRegistry['listenHost']>[0]['question'],
    now: number,
  ): Room {
    const room = new Room(code, tag, question, now);
    this.rooms.set(code, room);
    this.tombstones.delete(code);
    return room;
  }

  private attachHost(room: Room, listener: Listener<HostEvent>, secret?: string): Outcome {
    const previous = room.host;
    room.host = listener;
    this.replaced(previous);
    listener.send(
      secret
        ? { type: 'opened', code: room.code, tag: room.tag, secret }
        : { type: 'opened', code: room.code, tag: room.tag },
    );
    room.sendHostState();
    this.detachers.set(listener, () => {
      if (room.host === listener) room.host = null;
    });
    return { ok: true };
  }

  private attachPhone(room: Room, device: string, listener: Listener<JoinEvent>, now: number): Outcome {
    const previous = room.phones.get(device);
    if (!previous && room.phones.size >= this.limits.maxParticipants) return refuse('full');
    room.phones.set(device, listener);
    this.replaced(previous);
    room.lastActive = now;
    listener.send({
      type: 'joined',
      code: room.code,
      tag: room.tag,
      question: room.question,
      revealed: room.revealed,
      answer: room.answerOf(device),
      ...(room.revealed ? { counts: room.counts() } : {}),
    });
    room.sendPresence();
    this.detachers.set(listener, () => {
      if (room.phones.get(device) !== listener) return;
      room.phones.delete(device);
      room.sendPresence();
    });
    return { ok: true };
  }

  /** A page connected again (a reload, a new network, another tab): the old stream stops for good. */
  private replaced(previous: Listener<HostEvent> | Listener<JoinEvent> | null | undefined): void {
    if (!previous) return;
    this.detachers.delete(previous);
    previous.send({ type: 'refused', reason: 'elsewhere' });
    previous.end();
  }

  private wait(code: string, entry: Waiting): Outcome {
    let set = this.waiting.get(code);
    if (!set) this.waiting.set(code, (set = new Set()));
    for (const other of set) {
      if (other.device !== entry.device) continue;
      set.delete(other);
      this.replaced(other.listener);
    }
    set.add(entry);
    entry.listener.send({ type: 'waiting' });
    this.detachers.set(entry.listener, () => {
      set.delete(entry);
      if (set.size === 0 && this.waiting.get(code) === set) this.waiting.delete(code);
    });
    return { ok: true };
  }

  /** Phones that waited for this room (same code, same tag) join it now. */
  private admitWaiting(room: Room, now: number): void {
    const set = this.waiting.get(room.code);
    if (!set) return;
    for (const entry of [...set]) {
      if (entry.tag !== room.tag) continue;
      set.delete(entry);
      this.detachers.delete(entry.listener);
      const outcome = this.attachPhone(room, entry.device, entry.listener, now);
      if (!outcome.ok) {
        entry.listener.send(outcome.refused);
        entry.listener.end();
      }
    }
    if (set.size === 0) this.waiting.delete(room.code);
  }

  private close(room: Room, reason: 'closed' | 'idle', now: number): void {
    room.end(reason);
    this.rooms.delete(room.code);
    this.tombstones.set(room.code, { tag: room.tag, at: now });
    if (this.tombstones.size > TOMBSTONES_KEPT) this.tombstones.delete(this.tombstones.keys().next().value!);
    const set = this.waiting.get(room.code);
    for (const entry of set ?? []) {
      if (entry.tag !== room.tag) continue;
      set!.delete(entry);
      entry.listener.send({ type: 'closed', reason });
      entry.listener.end();
    }
  }

  private freshCode(): string {
    for (;;) {
      const code = Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
      if (!this.rooms.has(code) && !this.tombstones.has(code) && !this.waiting.has(code)) return code;
    }
  }
}
