import { afterEach, describe, expect, it, vi } from 'vitest';
import { openRelayStream } from '../../../../src/features/present/room/relay-client';

const encoder = new TextEncoder();
/** A response whose body streams these lines, split mid-line to test the framing, then ends. */
function streamed(lines: string[]): Response {
  const text = lines.map((l) => `${l}\n`).join('');
  const cut = Math.floor(text.length / 2);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(text.slice(0, cut)));
      controller.enqueue(encoder.encode(text.slice(cut)));
      controller.close();
    },
  });
  return new Response(body, { status: 200 });
}

afterEach(() => vi.unstubAllGlobals());

describe('the relay stream in the browser', () => {
  it('tries again after a dropped network, reads events split across chunks, skips heartbeats and junk, and stops when closed', async () => {
    const responses: (() => Promise<Response>)[] = [
      () => Promise.reject(new TypeError('Failed to fetch')),
      () =>
        Promise.resolve(
          streamed([
            '{"type":"opened","code":"K7M2Q"}',
            '{"type":"ping"}',
            'not json',
            '{"type":"presence","participants":2}',
          ]),
        ),
    ];
    const bodies: unknown[] = [];
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
      bodies.push(JSON.parse(String(init.body)));
      return (responses.shift() ?? (() => new Promise<Response>(() => {})))();
    });
    const events: { type: string }[] = [];
    const statuses: string[] = [];
    let request = 0;
    const stream = openRelayStream('http://localhost/room-relay/', () => ({ type: 'join', attempt: (request += 1) }), {
      event: (e) => events.push(e),
      status: (s) => statuses.push(s),
    });
    await vi.waitFor(() => expect(events).toHaveLength(2), { timeout: 3000 });
    expect(events).toEqual([
      { type: 'opened', code: 'K7M2Q' },
      { type: 'presence', participants: 2 },
    ]);
    // Each attempt asks for the request afresh (a resume carries the latest answers).
    expect(bodies.slice(0, 2)).toEqual([
      { type: 'join', attempt: 1 },
      { type: 'join', attempt: 2 },
    ]);
    expect(statuses.slice(0, 3)).toEqual(['connecting', 'retrying', 'open']);
    stream.close();
  });

  it('reports a request the server refuses as invalid, and does not try again', async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response('{"type":"refused","reason":"invalid"}', { status: 400 })));
    vi.stubGlobal('fetch', fetch);
    const events: unknown[] = [];
    openRelayStream('http://localhost/room-relay/', () => ({}), { event: (e) => events.push(e), status: () => {} });
    await vi.waitFor(() => expect(events).toEqual([{ type: 'refused', reason: 'invalid' }]));
    await new Promise((r) => setTimeout(r, 800));
    expect(fetch).toHaveBeenCalledOnce();
  });
});
