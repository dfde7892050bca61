/**
 * The room relay's protocol, shared by the browser and the room server (server/room/). Plain
 * types and constants only: the server checks every request against zod schemas that must
 * match these types (server/room/messages.ts); the browser never ships zod.
 *
 * Transport (docs/decisions/017-room-relay.md): JSON POSTed to two endpoints under the site's
 * base. `listen` answers with a stream of newline-delimited JSON events; `send` answers once.
 * Outcomes a person can cause (a mistyped code, a full room) are messages with status 200;
 * only broken or hostile requests get an HTTP error.
 */
import type { Dimension, ModelId, RatingLevel } from '../../../content/vocabulary';
import type { Counts } from '../workshop/predict-url-state';

/** The file the build writes and a room server answers for itself (see RoomServerInfo). */
export const ROOM_STATUS_FILE = 'room-server.json';
/** The relay's folder under a room server's base path; its two endpoints are inside. */
export const RELAY_DIR = 'room-relay/';
export const RELAY_LISTEN = 'listen';
export const RELAY_SEND = 'send';

/** No 0/O, 1/I: a code read off a projector is typed right the first time. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const CODE_LENGTH = 5;
/** A random id (device id, facilitator secret): 22 characters of base64url = 128 bits. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{22}$/;
/** A room's public tag and an answer's key: base64url of SHA-256 (43) or its first 16 characters. */
export const TAG_PATTERN = /^[A-Za-z0-9_-]{43}$/;
export const KEY_PATTERN = /^[A-Za-z0-9_-]{16}$/;
export const SCENARIO_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;
/** Seconds between heartbeats on a listen stream; a client that hears nothing for 3× this reconnects. */
export const HEARTBEAT_SECONDS = 15;

/** What `room-server.json` says: where the relay is, and the address phones should open. */
export interface RoomServerInfo {
  /** The relay's base URL (ends with "/"), or null: no room server behind this copy of the site. */
  relay: string | null;
  /** The origin participants reach (the laptop's address on the local network), if known. */
  joinOrigin?: string | null;
}

export interface RoomQuestion {
  scenarioId: string;
  dimension: Dimension;
}

/** One device's answer to one question: a rating for each model it has answered so far. */
export type Picks = Partial<Record<ModelId, RatingLevel>>;
/** Every device's answer, by an anonymous key (a hash of the room's tag and the device id). */
export type AnswerMap = Record<string, Picks>;

export const questionKey = (q: RoomQuestion): string => `${q.scenarioId}/${q.dimension}`;

// Requests, client → server.

export type ListenRequest =
  | { type: 'create'; question: RoomQuestion }
  /**
   * The facilitator's page, back after a reload or a dropped network: the room as it last saw
   * it. A server that restarted and lost the room opens it again from this.
   */
  | { type: 'resume'; code: string; secret: string; question: RoomQuestion; answers: AnswerMap; revealed: boolean }
  /** `tag` (from an earlier `joined`) lets a phone wait for its room while the server restarts. */
  | { type: 'join'; code: string; device: string; tag?: string };

export type SendRequest =
  | { type: 'answer'; code: string; device: string; question: string; picks: Picks }
  | { type: 'ask'; code: string; secret: string; question: RoomQuestion }
  /** `handCounts`: answers counted by hand in the room, shown to phones beside theirs. */
  | { type: 'reveal'; code: string; secret: string; revealed: boolean; handCounts?: Counts }
  | { type: 'close'; code: string; secret: string };

// Events, server → client.

export type RefusalReason =
  | 'unknown-code'
  | 'closed'
  | 'full'
  | 'too-many-rooms'
  | 'too-many-guesses'
  | 'not-facilitator'
  | 'not-joined'
  | 'answers-closed'
  | 'stale-question'
  | 'busy'
  | 'gone'
  /** The same facilitator page or phone connected again from another tab: this one stops. */
  | 'elsewhere'
  /** Sent with an HTTP error status: the request itself was wrong. */
  | 'invalid'
  | 'too-large'
  | 'flood'
  | 'origin';

export interface Refused {
  type: 'refused';
  reason: RefusalReason;
  /** Seconds until trying again may work (guessing and flood limits). */
  retryAfter?: number;
}

export type CloseReason = 'closed' | 'idle';

export type HostEvent =
  | { type: 'opened'; code: string; tag: string; secret?: string }
  | { type: 'state'; question: RoomQuestion; answers: AnswerMap; revealed: boolean; participants: number }
  | { type: 'answer'; question: string; key: string; picks: Picks | null }
  | { type: 'presence'; participants: number }
  | { type: 'closed'; reason: CloseReason }
  | { type: 'ping' }
  | Refused;

export type JoinEvent =
  | { type: 'waiting' }
  | {
      type: 'joined';
      code: string;
      tag: string;
      question: RoomQuestion;
      revealed: boolean;
      answer: Picks;
      counts?: Counts;
    }
  /** A new question (or answers open again): with this phone's answer to it, if it gave one. */
  | { type: 'question'; question: RoomQuestion; answer: Picks }
  | { type: 'revealed'; question: RoomQuestion; counts: Counts }
  | { type: 'closed'; reason: CloseReason }
  | { type: 'ping' }
  | Refused;

export type SendReply = { type: 'ok' } | { type: 'saved'; question: string; picks: Picks } | Refused;

/** A code as typed: upper case, spaces and dashes dropped, or null if it cannot be a code. */
export function normaliseCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== CODE_LENGTH) return null;
  return [...code].every((c) => CODE_ALPHABET.includes(c)) ? code : null;
}
