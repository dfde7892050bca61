/**
 * The browser's side of the relay: a listen stream that reconnects on its own (with backoff,
 * at once when the device comes back online, and when the stream falls silent), and one-off
 * requests. Plain fetch: the same origin as the page, so the site's `connect-src 'self'`
 * covers it in every browser (docs/decisions/017-room-relay.md).
 */
import {
  HEARTBEAT_SECONDS,
  RELAY_LISTEN,
  RELAY_SEND,
  type Refused,
  type RefusalReason,
  type SendReply,
  type SendRequest,
} from './protocol';

export type StreamStatus = 'connecting' | 'open' | 'retrying';

export interface RelayStream {
  /** Stops for good: no more events, no more reconnecting. */
  close(): void;
}

/** Longest wait between attempts; a restarted server is found within this. */
const MAX_BACKOFF_MS = 8000;
/** 0.25 s, 0.5 s, 1 s… up to MAX_BACKOFF_MS, with jitter so a roomful of phones does not return at once. */
const backoff = (failures: number) => Math.min(MAX_BACKOFF_MS, 250 * 2 ** (failures - 1)) + Math.random() * 400;
/** HTTP errors worth trying again after a pause; any other means this page cannot go on. */
const retryable = (status: number) => status === 429 || status >= 500;

const post = (url: string, body: unknown, signal?: AbortSignal) =>
  fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    signal,
    cache: 'no-store',
    credentials: 'omit',
  });

async function refusalOf(response: Response): Promise<Refused> {
  const body = (await response.json().catch(() => null)) as { reason?: unknown } | null;
  return { type: 'refused', reason: typeof body?.reason === 'string' ? (body.reason as RefusalReason) : 'invalid' };
}

export function openRelayStream<E extends { type: string }>(
  relay: string,
  request: () => unknown,
  on: { event: (event: E | Refused) => void; status: (status: StreamStatus) => void },
): RelayStream {
  let closed = false;
  let controller: AbortController | null = null;
  let wake: (() => void) | null = null;
  const onOnline = () => wake?.();
  window.addEventListener('online', onOnline);

  const pause = (ms: number) =>
    new Promise<void>((done) => {
      const timer = setTimeout(() => ((wake = null), done()), ms);
      wake = () => (clearTimeout(timer), (wake = null), done());
    });

  const read = async (body: ReadableStream<Uint8Array>, abort: AbortController) => {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    let silence = setTimeout(() => abort.abort(), HEARTBEAT_SECONDS * 3000);
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done || closed) return;
        clearTimeout(silence);
        silence = setTimeout(() => abort.abort(), HEARTBEAT_SECONDS * 3000);
        buffer += decoder.decode(value, { stream: true });
        let newline: number;
        while ((newline = buffer.indexOf('\n')) >= 0 && !closed) {
          const line = buffer.slice(0, newline);
          buffer = buffer.slice(newline + 1);
          const event = parseLine<E>(line);
          if (!event) continue;
          on.status('open');
          if (event.type !== 'ping') on.event(event);
        }
      }
    } finally {
      clearTimeout(silence);
    }
  };

  const run = async () => {
    // Failed attempts in a row; a stream that was open and ended starts the count again.
    let failures = 0;
    for (let first = true; !closed; first = false) {
      on.status(first ? 'connecting' : 'retrying');
      const abort = (controller = new AbortController());
      let wait = 0;
      try {
        const response = await post(new URL(RELAY_LISTEN, relay).href, request(), abort.signal);
        if (response.ok && response.body) {
          failures = 0;
          await read(response.body, abort);
        } else if (retryable(response.status)) {
          wait = Number(response.headers.get('Retry-After') ?? 0) * 1000;
        } else {
          if (!closed) on.event(await refusalOf(response));
          return;
        }
      } catch {
        // The network dropped, the server is down, or the stream fell silent: try again.
      }
      failures += 1;
      if (!closed) await pause(Math.max(wait, backoff(failures)));
    }
  };
  void run();

  return {
    close() {
      closed = true;
      controller?.abort();
      wake?.();
      window.removeEventListener('online', onOnline);
    },
  };
}

function parseLine<E>(line: string): E | null {
  if (!line.trim()) return null;
  try {
    const value = JSON.parse(line) as unknown;
    return value && typeof value === 'object' && typeof (value as { type?: unknown }).type === 'string'
      ? (value as E)
      : null;
  } catch {
    return null;
  }
}

/** One request; a refusal comes back as a value, a dropped network as a thrown error. */
export async function sendToRelay(relay: string, request: SendRequest): Promise<SendReply> {
  const response = await post(new URL(RELAY_SEND, relay).href, request);
  if (!response.ok) return refusalOf(response);
  return (await response.json()) as SendReply;
}
