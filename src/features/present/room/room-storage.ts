/**
 * What a room leaves in this tab's sessionStorage, read without trusting it. The facilitator's
 * page keeps the room (code, secret, answers so far) so a reload or a restarted server loses
 * nothing; a phone keeps its random device id and the room it joined. Both go when the tab
 * closes, when the room closes, or with "Clear my data" on the privacy page.
 */
import { DIMENSIONS, MODEL_IDS, RATING_LEVELS } from '../../../content/vocabulary';
import { readSession, SESSION_KEYS, writeSession } from '../../../lib/device-storage';
import {
  KEY_PATTERN,
  normaliseCode,
  SCENARIO_ID_PATTERN,
  TAG_PATTERN,
  TOKEN_PATTERN,
  type AnswerMap,
  type Picks,
  type RoomQuestion,
} from './protocol';

export interface HostRoom {
  code: string;
  secret: string;
  tag: string;
  question: RoomQuestion;
  answers: AnswerMap;
  revealed: boolean;
}

export interface JoinedRoom {
  device: string;
  code?: string;
  tag?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const matches = (pattern: RegExp, v: unknown): v is string => typeof v === 'string' && pattern.test(v);

function parse(raw: string | null): Record<string, unknown> | null {
  if (!raw || raw.length > 200_000) return null;
  try {
    const value = JSON.parse(raw) as unknown;
    return isObject(value) && value.v === 1 ? value : null;
  } catch {
    return null;
  }
}

export function readPicks(value: unknown): Picks {
  if (!isObject(value)) return {};
  return Object.fromEntries(
    MODEL_IDS.flatMap((m) => ((RATING_LEVELS as readonly unknown[]).includes(value[m]) ? [[m, value[m]]] : [])),
  ) as Picks;
}

export function readHostRoom(): HostRoom | null {
  const r = parse(readSession(SESSION_KEYS.roomHost));
  if (
    !r ||
    typeof r.code !== 'string' ||
    normaliseCode(r.code) !== r.code ||
    !matches(TOKEN_PATTERN, r.secret) ||
    !matches(TAG_PATTERN, r.tag)
  )
    return null;
  const q = isObject(r.question) ? r.question : {};
  if (!matches(SCENARIO_ID_PATTERN, q.scenarioId) || !(DIMENSIONS as readonly unknown[]).includes(q.dimension))
    return null;
  const answers: AnswerMap = {};
  for (const [key, picks] of Object.entries(isObject(r.answers) ? r.answers : {}))
    if (KEY_PATTERN.test(key)) answers[key] = readPicks(picks);
  return {
    code: r.code,
    secret: r.secret,
    tag: r.tag,
    question: q as unknown as RoomQuestion,
    answers,
    revealed: r.revealed === true,
  };
}

export function writeHostRoom(room: HostRoom | null): void {
  writeSession(SESSION_KEYS.roomHost, room ? JSON.stringify({ v: 1, ...room }) : null);
}

/** The phone's device id (made once per tab) and the room it is in. */
export function readJoinedRoom(): JoinedRoom {
  const r = parse(readSession(SESSION_KEYS.roomJoin));
  const device = matches(TOKEN_PATTERN, r?.device) ? r.device : newDeviceId();
  const code = typeof r?.code === 'string' ? (normaliseCode(r.code) ?? undefined) : undefined;
  const tag = matches(TAG_PATTERN, r?.tag) ? r.tag : undefined;
  return { device, ...(code ? { code } : {}), ...(code && tag ? { tag } : {}) };
}

export function writeJoinedRoom(room: JoinedRoom | null): void {
  writeSession(SESSION_KEYS.roomJoin, room ? JSON.stringify({ v: 1, ...room }) : null);
}

/** 128 random bits, base64url: not a name, not a fingerprint, made fresh for each tab. */
export function newDeviceId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
