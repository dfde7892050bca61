/**
 * One room, in memory only: its question, every phone's answer to each question asked (by an
 * anonymous key), whether the evidence is shown, and who is listening. Nothing here knows
 * about HTTP: a listener is anything that can take an event and be ended.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { addCounts, countAnswers } from '../../src/features/present/room/counts';
import {
  questionKey,
  type AnswerMap,
  type CloseReason,
  type HostEvent,
  type JoinEvent,
  type Picks,
  type RoomQuestion,
} from '../../src/features/present/room/protocol';
import type { Counts } from '../../src/features/present/workshop/predict-url-state';

export interface Listener<E> {
  send(event: E): void;
  /** Ends the stream; the registry has already forgotten the listener. */
  end(): void;
}

interface QuestionState {
  answers: Map<string, Picks>;
  revealed: boolean;
  handCounts?: Counts;
}

/** Questions a room remembers answers for (going back to one keeps its answers). */
export const QUESTIONS_KEPT = 20;

export const tagOf = (secret: string): string => createHash('sha256').update(secret).digest('base64url');
/** A phone's answers are filed under this, never under its device id. */
export const answerKey = (tag: string, device: string): string =>
  createHash('sha256').update(`${tag}:${device}`).digest('base64url').slice(0, 16);

export class Room {
  host: Listener<HostEvent> | null = null;
  readonly phones = new Map<string, Listener<JoinEvent>>();
  private readonly questions = new Map<string, QuestionState>();
  question: RoomQuestion;
  lastActive: number;

  constructor(
    readonly code: string,
    readonly tag: string,
    question: RoomQuestion,
    now: number,
  ) {
    this.question = question;
    this.lastActive = now;
    this.questions.set(questionKey(question), { answers: new Map(), revealed: false });
  }

  /** True if `secret` is this room's facilitator secret (compared in constant time). */
  isFacilitator(secret: string): boolean {
    return timingSafeEqual(Buffer.from(tagOf(secret)), Buffer.from(this.tag));
  }

  private get current(): QuestionState {
    return this.questions.get(questionKey(this.question))!;
  }

  get revealed(): boolean {
    return this.current.revealed;
  }

  get answers(): ReadonlyMap<string, Picks> {
    return this.current.answers;
  }

  /** The phones' counts, plus any the facilitator counted by hand. */
  counts(): Counts {
    const phones = countAnswers(this.current.answers.values());
    return this.current.handCounts ? addCounts(phones, this.current.handCounts) : phones;
  }

  /** Asks a question (or goes back to one asked before); returns false if it was already asked. */
  ask(question: RoomQuestion): boolean {
    const key = questionKey(question);
    if (key === questionKey(this.question)) return false;
    this.question = question;
    if (!this.questions.has(key)) {
      this.questions.set(key, { answers: new Map(), revealed: false });
      for (const old of this.questions.keys()) {
        if (this.questions.size <= QUESTIONS_KEPT) break;
        if (old !== key) this.questions.delete(old);
      }
    }
    this.tellPhones();
    this.sendHostState();
    return true;
  }

  reveal(revealed: boolean, handCounts?: Counts): void {
    this.current.revealed = revealed;
    if (handCounts) this.current.handCounts = handCounts;
    this.tellPhones();
  }

  /** Files a phone's answer; an empty answer removes it. */
  answer(key: string, picks: Picks): void {
    const empty = Object.keys(picks).length === 0;
    if (empty) this.current.answers.delete(key);
    else this.current.answers.set(key, picks);
    this.host?.send({ type: 'answer', question: questionKey(this.question), key, picks: empty ? null : picks });
  }

  /** Answers a restarted server gets back from the facilitator's page. */
  restore(answers: AnswerMap, revealed: boolean): void {
    for (const [key, picks] of Object.entries(answers))
      if (Object.keys(picks).length > 0) this.current.answers.set(key, picks);
    this.current.revealed = revealed;
  }

  /** What a phone sees now: the question (with its own answer), or the result once revealed. */
  phoneView(device: string): JoinEvent {
    if (this.revealed) return { type: 'revealed', question: this.question, counts: this.counts() };
    return { type: 'question', question: this.question, answer: this.answerOf(device) };
  }

  answerOf(device: string): Picks {
    return this.current.answers.get(answerKey(this.tag, device)) ?? {};
  }

  sendHostState(): void {
    this.host?.send({
      type: 'state',
      question: this.question,
      answers: Object.fromEntries(this.current.answers),
      revealed: this.revealed,
      participants: this.phones.size,
    });
  }

  sendPresence(): void {
    this.host?.send({ type: 'presence', participants: this.phones.size });
  }

  private tellPhones(): void {
    // Counted once for every phone, not once per phone.
    const revealed: JoinEvent | null = this.revealed
      ? { type: 'revealed', question: this.question, counts: this.counts() }
      : null;
    for (const [device, phone] of this.phones) phone.send(revealed ?? this.phoneView(device));
  }

  /** Tells everyone the room is over and ends every stream. */
  end(reason: CloseReason): void {
    const event = { type: 'closed', reason } as const;
    this.host?.send(event);
    this.host?.end();
    this.host = null;
    for (const phone of this.phones.values()) {
      phone.send(event);
      phone.end();
    }
    this.phones.clear();
    this.questions.clear();
  }
}
