// @vitest-environment node
/**
 * The relay over real HTTP on 127.0.0.1: the gates every request passes (origin, flood, type,
 * size, schema), the status file, and a room run from end to end with streams.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostEvent, JoinEvent } from '../../../src/features/present/room/protocol';
import { agent, listen, send } from '../../../server/room/node-client';
import { createRoomServer, type RoomServer } from '../../../server/room/server';

const DEVICE = 'abcdefghijklmnopqrstuv';
const question = { scenarioId: 'police-find-condoms', dimension: 'safety' };
let room: RoomServer;
let base = '';
let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'room-relay-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>site</title>');
  room = createRoomServer({ dir, limits: { maxParticipants: 2, connectionRate: 5, addressRate: 0 } });
  await new Promise<void>((done) => room.server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(room.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await room.close();
  rmSync(dir, { recursive: true, force: true });
});

const LISTEN = () => `${base}/room-relay/listen`;
const SEND = () => `${base}/room-relay/send`;

describe('beside the site', () => {
  it('serves the built site, and says in room-server.json where the relay is and which address phones open', async () => {
    expect(await (await fetch(`${base}/`)).text()).toContain('<title>site</title>');
    const status = await fetch(`${base}/room-server.json`);
    expect(status.headers.get('cache-control')).toBe('no-store');
    expect(await status.json()).toEqual({ relay: '/room-relay/', joinOrigin: base });
  });
});

describe('every request passes the gates', () => {
  it('refuses a body over the size limit and closes the connection', async () => {
    const reply = await send(SEND(), null, {
      raw: JSON.stringify({ type: 'answer', pad: 'x'.repeat(2000) }),
      headers: { Connection: 'keep-alive' },
    });
    expect(reply).toEqual({ status: 413, body: { type: 'refused', reason: 'too-large' } });
  });

  it('refuses a phone join padded past a phone-sized body, though facilitators may send more', async () => {
    const padded = `${JSON.stringify({ type: 'join', code: 'K7M2Q', device: DEVICE })}${' '.repeat(1100)}`;
    await expect(listen(LISTEN(), null, { raw: padded })).rejects.toMatchObject({ status: 413 });
  });

  it('refuses malformed JSON, a wrong shape and a wrong content type, without echoing the input', async () => {
    expect(await send(SEND(), null, { raw: '{"type":' })).toEqual({
      status: 400,
      body: { type: 'refused', reason: 'invalid' },
    });
    expect(await send(SEND(), { type: 'reveal', code: 'K7M2Q', device: DEVICE, revealed: true })).toEqual({
      status: 400,
      body: { type: 'refused', reason: 'invalid' },
    });
    expect((await send(SEND(), { type: 'close' }, { contentType: 'text/plain' })).status).toBe(415);
    expect((await send(SEND(), {}, { method: 'GET', raw: '' })).status).toBe(405);
  });

  it('refuses requests from another site’s page', async () => {
    const reply = await send(
      SEND(),
      { type: 'close', code: 'K7M2Q', secret: DEVICE },
      { headers: { Origin: 'https://evil.example' } },
    );
    expect(reply).toEqual({ status: 403, body: { type: 'refused', reason: 'origin' } });
    // Its own pages are welcome.
    const own = await send(SEND(), { type: 'close', code: 'K7M2Q', secret: DEVICE }, { headers: { Origin: base } });
    expect(own.body).toMatchObject({ type: 'refused', reason: 'not-facilitator' });
  });

  it('cuts off a connection that floods, and says why', async () => {
    const keepAlive = agent();
    const statuses: number[] = [];
    // Burst is 3 × 5 a second: the 16th request in a tight loop is over it. Bounded at 40.
    for (let i = 0; i < 40 && !statuses.includes(429); i += 1) {
      statuses.push((await send(SEND(), { type: 'flood' }, { agent: keepAlive })).status);
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(400));
    keepAlive.destroy();
  });

  it('closes the very connection that floods (40 requests written at once on one socket)', async () => {
    const port = (room.server.address() as AddressInfo).port;
    const body = '{"type":"flood"}';
    const one = `POST /room-relay/send HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    const closed = new Promise<void>((done) => socket.on('close', () => done()));
    socket.write(one.repeat(40));
    await Promise.race([
      closed,
      new Promise((_, fail) => setTimeout(() => fail(new Error('the server kept the flooding connection open')), 5000)),
    ]);
    const statuses = [...received.matchAll(/HTTP\/1\.1 (\d{3}) /g)].map((m) => Number(m[1]));
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.length).toBeLessThan(40);
    expect(received).toContain('"reason":"flood"');
  });
});

describe('a room over HTTP', () => {
  it('opens, takes phones’ answers live, refuses a full room, reveals and closes for all', async () => {
    const host = await listen<HostEvent>(LISTEN(), { type: 'create', question });
    const { code, secret } = await host.next('opened');
    const phone = await listen<JoinEvent>(LISTEN(), { type: 'join', code, device: DEVICE });
    const joined = await phone.next('joined');
    expect(joined).toMatchObject({ code, question, revealed: false, answer: {} });
    const other = await listen<JoinEvent>(LISTEN(), { type: 'join', code, device: 'Z'.repeat(22) });
    await other.next('joined');
    const third = await listen<JoinEvent>(LISTEN(), { type: 'join', code, device: 'Y'.repeat(22) });
    expect(await third.next('refused')).toEqual({ type: 'refused', reason: 'full' });

    const saved = await send(SEND(), {
      type: 'answer',
      code,
      device: DEVICE,
      question: 'police-find-condoms/safety',
      picks: { nordic: 'poor' },
    });
    expect(saved.body).toEqual({ type: 'saved', question: 'police-find-condoms/safety', picks: { nordic: 'poor' } });
    expect(await host.next('answer')).toMatchObject({ picks: { nordic: 'poor' } });

    expect((await send(SEND(), { type: 'reveal', code, secret: secret!, revealed: true })).body).toEqual({
      type: 'ok',
    });
    expect((await phone.next('revealed')).counts.nordic).toEqual({ good: 0, mixed: 0, poor: 1 });
    expect((await send(SEND(), { type: 'close', code, secret: secret! })).body).toEqual({ type: 'ok' });
    expect(await phone.next('closed')).toEqual({ type: 'closed', reason: 'closed' });
    await Promise.all([host.ended, phone.ended, other.ended]);
    expect(room.relay.openStreams).toBe(0);
  });

  it('writes a heartbeat on open streams, and forgets a phone whose stream ends', async () => {
    const host = await listen<HostEvent>(LISTEN(), { type: 'create', question });
    const { code } = await host.next('opened');
    const phone = await listen<JoinEvent>(LISTEN(), { type: 'join', code, device: DEVICE });
    await phone.next('joined');
    room.relay.heartbeat();
    await phone.next('ping');
    phone.close();
    const presence = await new Promise<HostEvent>((done) => {
      host.onEvent = (event) => event.type === 'presence' && event.participants === 0 && done(event);
    });
    expect(presence).toEqual({ type: 'presence', participants: 0 });
    host.close();
  });
});
