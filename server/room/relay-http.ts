/**
 * The relay over plain HTTP (node:http, no dependency): `POST …/listen` answers with a stream
 * of newline-delimited JSON events, `POST …/send` answers once. Every request passes the same
 * gates before the registry sees it: its origin, a flood limit per network address and per
 * connection (a connection that floods is cut off), JSON only, a size limit read as the body
 * arrives, and a strict schema. Nothing is logged; no address is kept (rate-limit.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { RELAY_DIR, RELAY_LISTEN, RELAY_SEND, type Refused } from '../../src/features/present/room/protocol';
import type { RoomLimits } from './config';
import {
  isFacilitatorRequest,
  listenSchema,
  MAX_PHONE_BODY,
  maxFacilitatorBody,
  parseRequest,
  sendSchema,
} from './messages';
import { addressKeyer, BucketsByKey, TokenBucket } from './rate-limit';
import type { RoomRegistry } from './registry';
import type { Listener } from './room';

export interface Relay {
  /** Answers the request if it is the relay's; false if it is not (the caller serves it). */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  /** Writes a heartbeat to every open stream (so proxies keep them open and dead ones show). */
  heartbeat(): void;
  sweep(now: number): void;
  readonly openStreams: number;
}

/** Where the relay lives under the site's base. */
export const relayPath = (base: string): string => `${base}${RELAY_DIR}`;

export function createRelay({
  registry,
  limits,
  base,
  now = Date.now,
}: {
  registry: RoomRegistry;
  limits: RoomLimits;
  base: string;
  now?: () => number;
}): Relay {
  const prefix = relayPath(base);
  const keyOf = addressKeyer();
  const byAddress = new BucketsByKey(limits.addressRate, limits.addressRate * 3);
  const byConnection = new WeakMap<Socket, TokenBucket>();
  const streams = new Set<ServerResponse>();

  // A connection's address does not change: hash it once, not at every request.
  const socketKeys = new WeakMap<Socket, string>();
  const addressOf = (req: IncomingMessage): string => {
    const forwarded = limits.trustProxy
      ? String(req.headers['x-forwarded-for'] ?? '')
          .split(',')
          .at(-1)
          ?.trim()
      : '';
    if (forwarded) return keyOf(forwarded);
    let key = socketKeys.get(req.socket);
    if (!key) socketKeys.set(req.socket, (key = keyOf(req.socket.remoteAddress ?? 'unknown')));
    return key;
  };

  /** The request's own origin, or one the settings allow: anything else is another site's page. */
  const originAllowed = (req: IncomingMessage): string | null | false => {
    const origin = req.headers.origin;
    if (!origin) return null;
    if (limits.allowOrigins.includes(origin)) return origin;
    try {
      return new URL(origin).host === req.headers.host ? null : false;
    } catch {
      return false;
    }
  };

  const reply = (res: ServerResponse, status: number, body: object, cutOff = false) => {
    if (cutOff) res.setHeader('Connection', 'close');
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(text),
      'Cache-Control': 'no-store',
    });
    res.end(text);
    if (cutOff) res.once('finish', () => res.socket?.destroy());
  };
  const refusal = (reason: Refused['reason'], retryAfter?: number): Refused =>
    retryAfter ? { type: 'refused', reason, retryAfter } : { type: 'refused', reason };

  const readBody = (req: IncomingMessage, cap: number): Promise<string | null> =>
    new Promise((resolve) => {
      if (Number(req.headers['content-length'] ?? 0) > cap) return resolve(null);
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > cap) {
          req.removeAllListeners('data');
          resolve(null);
        } else chunks.push(chunk);
      });
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', () => resolve(null));
    });

  const openStream = (res: ServerResponse, cors: string | null): Listener<never> & { send(event: object): void } => {
    res.writeHead(200, {
      'Content-Type': 'application/x-ndjson; charset=utf-8',
      'Cache-Control': 'no-store',
      // Proxies (nginx and others) must pass each event on at once, not buffer the stream.
      'X-Accel-Buffering': 'no',
      ...(cors ? { 'Access-Control-Allow-Origin': cors, Vary: 'Origin' } : {}),
    });
    streams.add(res);
    let ended = false;
    let corked = false;
    const listener = {
      send: (event: object) => {
        if (ended) return;
        // Events sent in the same tick (a burst of answers) leave in one write, not one each.
        if (!corked) {
          corked = true;
          res.cork();
          process.nextTick(() => {
            corked = false;
            res.uncork();
          });
        }
        res.write(`${JSON.stringify(event)}\n`);
      },
      end: () => {
        if (ended) return;
        ended = true;
        streams.delete(res);
        res.end();
      },
    };
    res.on('close', () => {
      ended = true;
      streams.delete(res);
      registry.detach(listener);
    });
    return listener;
  };

  const listen = async (req: IncomingMessage, res: ServerResponse, cors: string | null, address: string) => {
    const body = await readBody(req, maxFacilitatorBody(registry.answerCap));
    if (body === null) return reply(res, 413, refusal('too-large'), true);
    const parsed = parseRequest(listenSchema, body);
    if (!parsed.ok) return reply(res, 400, refusal('invalid'));
    const request = parsed.value;
    if (!isFacilitatorRequest(request.type) && Buffer.byteLength(body) > MAX_PHONE_BODY)
      return reply(res, 413, refusal('too-large'), true);
    const stream = openStream(res, cors);
    if (streams.size > limits.maxConnections) {
      stream.send(refusal('busy', 10));
      return stream.end();
    }
    const outcome =
      request.type === 'join'
        ? registry.listenPhone(request, stream, address, now())
        : registry.listenHost(request, stream, address, now());
    if (!outcome.ok) {
      stream.send(outcome.refused);
      stream.end();
    }
  };

  const send = async (req: IncomingMessage, res: ServerResponse, cors: string | null, address: string) => {
    const body = await readBody(req, MAX_PHONE_BODY);
    if (body === null) return reply(res, 413, refusal('too-large'), true);
    const parsed = parseRequest(sendSchema, body);
    if (!parsed.ok) return reply(res, 400, refusal('invalid'));
    if (cors) res.setHeader('Access-Control-Allow-Origin', cors).setHeader('Vary', 'Origin');
    reply(res, 200, registry.send(parsed.value, address, now()));
  };

  return {
    get openStreams() {
      return streams.size;
    },
    handle(req, res) {
      const path = (req.url ?? '').split('?')[0];
      const endpoint = path === `${prefix}${RELAY_LISTEN}` ? listen : path === `${prefix}${RELAY_SEND}` ? send : null;
      if (!endpoint) return false;
      const cors = originAllowed(req);
      if (cors === false) {
        reply(res, 403, refusal('origin'));
        return true;
      }
      if (req.method === 'OPTIONS' && cors) {
        res.writeHead(204, {
          'Access-Control-Allow-Origin': cors,
          'Access-Control-Allow-Methods': 'POST',
          'Access-Control-Allow-Headers': 'Content-Type',
          'Access-Control-Max-Age': '600',
          Vary: 'Origin',
        });
        res.end();
        return true;
      }
      if (req.method !== 'POST') {
        res.setHeader('Allow', 'POST');
        reply(res, 405, refusal('invalid'));
        return true;
      }
      const t = now();
      const address = addressOf(req);
      let bucket = byConnection.get(req.socket);
      if (!bucket)
        byConnection.set(req.socket, (bucket = new TokenBucket(limits.connectionRate, limits.connectionRate * 3, t)));
      if (!bucket.take(t) || !byAddress.take(address, t)) {
        res.setHeader('Retry-After', '5');
        reply(res, 429, refusal('flood', 5), true);
        return true;
      }
      if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) {
        reply(res, 415, refusal('invalid'));
        return true;
      }
      void endpoint(req, res, cors, address);
      return true;
    },
    heartbeat() {
      for (const res of streams) res.write('{"type":"ping"}\n');
    },
    sweep(t) {
      registry.sweep(t);
      byAddress.sweep(t);
    },
  };
}
