/**
 * A relay client for Node (unit tests and the benchmark): opens a listen stream and sends
 * requests, over node:http with a keep-alive agent. Only ever pointed at 127.0.0.1.
 */
import { Agent, request as httpRequest } from 'node:http';

export interface Stream<E extends { type: string }> {
  events: E[];
  /** Resolves with the first event (already received or still to come) that matches. */
  next<T extends E['type']>(type: T, timeoutMs?: number): Promise<Extract<E, { type: T }>>;
  /** Called for each event as it arrives (the benchmark times answers with it). */
  onEvent: ((event: E) => void) | null;
  ended: Promise<void>;
  close(): void;
}

export const agent = (): Agent => new Agent({ keepAlive: true, maxSockets: Infinity });

export function listen<E extends { type: string }>(
  url: string,
  body: unknown,
  options: { agent?: Agent; raw?: string } = {},
): Promise<Stream<E>> {
  return new Promise((resolve, reject) => {
    const payload = options.raw ?? JSON.stringify(body);
    const req = httpRequest(url, {
      method: 'POST',
      agent: options.agent,
      headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) },
    });
    req.on('error', reject);
    req.on('response', (res) => {
      if (res.statusCode !== 200) {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () =>
          reject(Object.assign(new Error(`HTTP ${res.statusCode}: ${text}`), { status: res.statusCode })),
        );
        return;
      }
      const events: E[] = [];
      const waiters: { type: string; done: (e: E) => void }[] = [];
      let buffer = '';
      let endedResolve: () => void = () => {};
      const stream: Stream<E> = {
        events,
        onEvent: null,
        ended: new Promise((done) => (endedResolve = done)),
        next: (type, timeoutMs = 5000) => {
          const seen = events.find((e) => e.type === type);
          if (seen) return Promise.resolve(seen as never);
          return new Promise((done, fail) => {
            const timer = setTimeout(
              () =>
                fail(
                  new Error(`no "${type}" event within ${timeoutMs} ms; got ${events.map((e) => e.type).join(', ')}`),
                ),
              timeoutMs,
            );
            waiters.push({ type, done: (e) => (clearTimeout(timer), done(e as never)) });
          });
        },
        close: () => {
          res.destroy();
          req.destroy();
        },
      };
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let newline: number;
        while ((newline = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, newline);
          buffer = buffer.slice(newline + 1);
          if (!line) continue;
          const event = JSON.parse(line) as E;
          events.push(event);
          stream.onEvent?.(event);
          for (const waiter of waiters.filter((w) => w.type === event.type)) {
            waiters.splice(waiters.indexOf(waiter), 1);
            waiter.done(event);
          }
        }
      });
      res.on('close', endedResolve);
      resolve(stream);
    });
    req.end(payload);
  });
}

export interface Reply {
  status: number;
  body: { type: string; reason?: string; [key: string]: unknown };
}

export function send(
  url: string,
  body: unknown,
  options: {
    agent?: Agent;
    raw?: string;
    contentType?: string;
    method?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const payload = options.raw ?? JSON.stringify(body);
    const req = httpRequest(url, {
      method: options.method ?? 'POST',
      agent: options.agent,
      headers: {
        'Content-Type': options.contentType ?? 'application/json',
        'Content-Length': Buffer.byteLength(payload),
        ...options.headers,
      },
    });
    req.on('error', reject);
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: text ? (JSON.parse(text) as Reply['body']) : { type: '' } }),
      );
    });
    req.end(payload);
  });
}
