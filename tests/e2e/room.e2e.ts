/**
 * A workshop room in Chromium: the room server (server/room/) started here on 127.0.0.1 over
 * the built site, a facilitator's browser and three phones. Joining by QR link and by typed
 * code, answering, changing an answer, live counts, the reveal on the projector and on phones,
 * closing; a restart of the server on the same port; the clear messages for a wrong code, a
 * closed room and a full room; and the static site with no room server, unchanged.
 * Every request goes to 127.0.0.1.
 */
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoomServer, type RoomServer } from '../../server/room/server';
import { axeViolations } from './support/axe';
import { measureSlide } from './support/slide-fit';
import { setupBrowser, type OpenOptions, type TrackedPage } from './support/browser';
import { builtIndex } from './support/built-content';

const { open, baseUrl: staticUrl } = setupBrowser();
const dist = resolve(import.meta.dirname, '../..', process.env.OUT_DIR ?? 'dist');
const scenario = builtIndex().scenarios[0]!;
const PREDICT = `/workshop/predict/${scenario.id}/`;
const PROJECTOR = { width: 1366, height: 768 };
const PHONE = { width: 360, height: 740 };
/** Four browsers at once on a shared two-core machine: a room's whole session takes a while. */
const SESSION_MS = 180_000;
/** Three phones and no more, so the fourth finds the room full. */
const LIMITS = { maxParticipants: 3 };

let room: RoomServer;
let port = 0;
let roomUrl = '';

async function startServer(onPort = 0): Promise<void> {
  room = createRoomServer({ dir: dist, limits: LIMITS });
  await new Promise<void>((done) => room.server.listen(onPort, '127.0.0.1', done));
  port = (room.server.address() as AddressInfo).port;
  roomUrl = `http://127.0.0.1:${port}`;
}

beforeAll(() => startServer());
afterAll(() => room.close());

const onRoomServer = (path: string, options: OpenOptions = {}) =>
  open(path, { baseUrl: roomUrl, waitUntil: 'load', ...options });

async function openFacilitator(): Promise<TrackedPage & { code: string }> {
  const tracked = await onRoomServer(PREDICT, { viewport: PROJECTOR });
  await tracked.page.getByRole('button', { name: 'Open a room' }).click();
  const code = await tracked.page.locator('.room-code [aria-hidden="true"]').textContent();
  await tracked.page
    .getByText(/phones? connected/)
    .first()
    .waitFor();
  return { ...tracked, code: code ?? '' };
}

/** A phone joining by typing the code (as read off the screen, any case, with a space). */
async function phoneTyping(code: string): Promise<TrackedPage> {
  const tracked = await onRoomServer('/room/', { viewport: PHONE });
  await tracked.page.getByLabel('Room code').fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`);
  await tracked.page.getByRole('button', { name: 'Join' }).click();
  return tracked;
}

const choice = (page: Page, model: string, rating: string) =>
  page.getByRole('group', { name: model, exact: true }).getByRole('radio', { name: new RegExp(rating) });

async function answer(page: Page, model: string, rating: string): Promise<void> {
  await choice(page, model, rating).check();
  await page.getByText('Saved. You can change your answer').waitFor();
}

/** The facilitator's count of phones for one model and rating. */
async function phoneCount(page: Page, model: string, rating: 'Better' | 'Mixed' | 'Worse'): Promise<number> {
  const row = page
    .getByRole('table', { name: /Answers from phones so far/ })
    .getByRole('row', { name: new RegExp(model) });
  return Number(await row.getByRole('cell').nth(['Better', 'Mixed', 'Worse'].indexOf(rating)).textContent());
}

const resultCard = (page: Page, model: string) =>
  page.locator('.prediction-result', { has: page.getByRole('heading', { name: model, exact: true }) });

describe('a workshop room', () => {
  it(
    'phones join by QR link and by code, answer, change an answer; the facilitator sees it live, reveals to all, closes for all',
    async () => {
      const host = await openFacilitator();
      expect(host.code).toMatch(/^[2-9A-HJ-NP-Z]{5}$/);
      // The QR code and the address point phones at this server's participant page, with the code.
      expect(await host.page.getByRole('img', { name: `QR code for ${roomUrl}/room/#${host.code}` }).count()).toBe(1);
      expect(await axeViolations(host.page)).toEqual([]);

      const a = await onRoomServer(`/room/#${host.code}`, { viewport: PHONE });
      const b = await phoneTyping(host.code);
      const c = await phoneTyping(host.code);
      for (const phone of [a, b, c])
        await phone.page.getByRole('group', { name: 'Nordic model', exact: true }).waitFor();
      await host.page.getByText('3 phones connected · 0 answered').first().waitFor();
      expect(await axeViolations(a.page)).toEqual([]);

      await answer(a.page, 'Nordic model', 'Worse');
      await answer(b.page, 'Nordic model', 'Worse');
      await answer(b.page, 'Decriminalisation', 'Better');
      await answer(c.page, 'Nordic model', 'Mixed');
      await host.page.getByText('3 phones connected · 3 answered').first().waitFor();
      await expect.poll(() => phoneCount(host.page, 'Nordic model', 'Worse')).toBe(2);
      expect(await phoneCount(host.page, 'Nordic model', 'Mixed')).toBe(1);
      expect(await phoneCount(host.page, 'Decriminalisation', 'Better')).toBe(1);

      // One answer per phone: changing it moves the count, it does not add one.
      await answer(a.page, 'Nordic model', 'Mixed');
      await expect.poll(() => phoneCount(host.page, 'Nordic model', 'Mixed')).toBe(2);
      expect(await phoneCount(host.page, 'Nordic model', 'Worse')).toBe(1);
      await host.page.getByText('3 phones connected · 3 answered').first().waitFor();

      // Someone without a phone, counted by hand: the result adds both, on the projector and on phones.
      await host.page.getByRole('button', { name: 'Nordic model, Better: 0. Tap to add one' }).click();
      await host.page.getByRole('button', { name: 'Reveal the evidence' }).click();
      const projected = resultCard(host.page, 'Nordic model');
      await expect.poll(() => projected.textContent()).toMatch(/Better1 \(25%\).*Mixed2 \(50%\).*Worse1 \(25%\)/);
      for (const phone of [a, b, c]) {
        await phone.page.getByRole('heading', { name: 'The room’s prediction beside the evidence' }).waitFor();
        expect(await resultCard(phone.page, 'Nordic model').textContent()).toMatch(
          /Better1 \(25%\).*Mixed2 \(50%\).*Worse1 \(25%\)/,
        );
        // Answers are closed once the evidence is shown.
        expect(await phone.page.getByRole('radio').count()).toBe(0);
      }
      expect(await axeViolations(b.page)).toEqual([]);

      await host.page.getByRole('button', { name: 'Close the room' }).click();
      await host.page.getByRole('button', { name: 'Yes, close it' }).click();
      await host.page.getByText('The room is closed and its answers are forgotten.').waitFor();
      for (const phone of [a, b, c])
        await phone.page.getByText('The room has closed. Thank you for taking part').waitFor();
      // Nothing of the room is left in any tab.
      for (const tab of [host, a, b, c])
        expect(
          await tab.page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('swl:room'))),
        ).toEqual([]);
      expect(room.registry.stats()).toMatchObject({ rooms: 0, phones: 0, answers: 0 });

      // A phone arriving later with that code is told the room has closed.
      const late = await phoneTyping(host.code);
      await late.page.getByText(`Room ${host.code} has closed. Nothing from it was kept.`).waitFor();

      for (const tab of [host, a, b, c, late]) {
        expect(tab.problems).toEqual([]);
        expect(tab.requests.filter((url) => !url.startsWith(roomUrl))).toEqual([]);
        await tab.page.context().close();
      }
    },
    SESSION_MS,
  );

  it(
    'a wrong code and a full room each get a clear message',
    async () => {
      const host = await openFacilitator();
      const wrong = host.code === '22222' ? '33333' : '22222';
      const lost = await phoneTyping(wrong);
      await lost.page.getByText(`No room has the code ${wrong}. Check the code on the screen and try again.`).waitFor();
      // Not a code at all: said before anything is sent.
      await lost.page.getByRole('button', { name: 'Enter another code' }).click();
      await lost.page.getByLabel('Room code').fill('K0O1');
      await lost.page.getByRole('button', { name: 'Join' }).click();
      await lost.page.getByText('A room code has 5 letters and numbers').waitFor();

      const phones = [await phoneTyping(host.code), await phoneTyping(host.code), await phoneTyping(host.code)];
      for (const phone of phones) await phone.page.getByRole('group', { name: 'Nordic model', exact: true }).waitFor();
      const fourth = await phoneTyping(host.code);
      await fourth.page.getByText(`Room ${host.code} is full: it has as many phones as its server allows.`).waitFor();
      await host.page.getByText('3 phones connected').first().waitFor();

      // The code on the projector: a slide like any other, scaled to the screen, readable from the
      // back row, with the count of phones, and the quick exit still on top.
      await host.page.getByRole('button', { name: 'Show the code full screen' }).click();
      const projected = host.page.locator('.front-of-room');
      await projected.locator('.slide-canvas').waitFor();
      expect(await projected.locator('.room-code [aria-hidden="true"]').textContent()).toBe(host.code);
      await projected.getByText('3 phones connected').waitFor();
      const fit = await measureSlide(host.page, '.front-of-room');
      expect(fit.outside).toEqual([]);
      expect(fit.slideOverflow).toBeLessThanOrEqual(0);
      expect(fit.smallestText).toBeGreaterThanOrEqual(fit.slideHeight / 30 - 0.01);
      const exit = await host.page.getByRole('link', { name: /Exit this page/ }).boundingBox();
      expect(
        await host.page.evaluate(
          ([x, y]) => document.elementFromPoint(x!, y!)?.closest('.quick-exit') !== null,
          [exit!.x + exit!.width / 2, exit!.y + exit!.height / 2],
        ),
      ).toBe(true);
      await host.page.keyboard.press('Escape');
      await expect.poll(() => projected.count()).toBe(0);

      await host.page.getByRole('button', { name: 'Close the room' }).click();
      await host.page.getByRole('button', { name: 'Yes, close it' }).click();
      for (const tab of [host, lost, fourth, ...phones]) {
        expect(tab.problems).toEqual([]);
        await tab.page.context().close();
      }
    },
    SESSION_MS,
  );

  it(
    'after the server restarts on the same port, the phone and the facilitator reconnect by themselves and no answer is lost',
    async () => {
      const host = await openFacilitator();
      const phone = await onRoomServer(`/room/#${host.code}`, { viewport: PHONE });
      await answer(phone.page, 'Nordic model', 'Worse');
      await answer(phone.page, 'Criminalisation', 'Worse');
      await expect.poll(() => phoneCount(host.page, 'Nordic model', 'Worse')).toBe(1);

      await room.close();
      await host.page.getByText('Connection lost: reconnecting.').waitFor();
      await startServer(port);

      // The facilitator's page brought the room back with its answers, and the phone is in it again.
      await host.page.getByText('1 phone connected · 1 answered').first().waitFor({ timeout: 20_000 });
      expect(await phoneCount(host.page, 'Nordic model', 'Worse')).toBe(1);
      expect(await phoneCount(host.page, 'Criminalisation', 'Worse')).toBe(1);
      expect(await host.page.locator('.room-code [aria-hidden="true"]').textContent()).toBe(host.code);
      expect(await choice(phone.page, 'Nordic model', 'Worse').isChecked()).toBe(true);
      expect(room.registry.stats()).toMatchObject({ rooms: 1, phones: 1, answers: 1 });

      // And it is live again.
      await answer(phone.page, 'Nordic model', 'Better');
      await expect.poll(() => phoneCount(host.page, 'Nordic model', 'Better')).toBe(1);
      expect(await phoneCount(host.page, 'Nordic model', 'Worse')).toBe(0);

      // A reload of the facilitator's page keeps the room too.
      await host.page.reload({ waitUntil: 'load' });
      await host.page.getByText('1 phone connected · 1 answered').first().waitFor();
      expect(await phoneCount(host.page, 'Nordic model', 'Better')).toBe(1);

      // The browser reports the refused connections while the server was down; nothing else.
      const offline =
        /net::ERR_CONNECTION_REFUSED|net::ERR_EMPTY_RESPONSE|net::ERR_INCOMPLETE_CHUNKED_ENCODING|net::ERR_CONNECTION_RESET/;
      for (const tab of [host, phone]) {
        expect(tab.problems.filter((p) => !offline.test(p))).toEqual([]);
        await tab.page.context().close();
      }
    },
    SESSION_MS,
  );
});

describe('without a room server', () => {
  it('the predict page is as before: no room panel, no error, no failed request; /room/ says what to do', async () => {
    const { page, problems, requests } = await open(PREDICT);
    const failed: string[] = [];
    page.on(
      'response',
      (response) => response.status() >= 400 && failed.push(`${response.status()} ${response.url()}`),
    );
    await page.reload({ waitUntil: 'networkidle' });
    expect(requests.filter((url) => url.endsWith('/room-server.json'))).toHaveLength(2);
    expect(await page.getByRole('heading', { name: 'Answers from phones' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Reveal the evidence' }).count()).toBe(1);
    expect(failed).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();

    const phone = await open('/room/#K7M2Q', { viewport: PHONE });
    await phone.page.getByText('this copy of the guide is not served by one').waitFor();
    expect(await phone.page.getByRole('link', { name: 'Exit this page' }).count()).toBe(1);
    expect(phone.problems).toEqual([]);
    expect(phone.requests.every((url) => url.startsWith(staticUrl))).toBe(true);
    await phone.page.context().close();
  });

  it('the participant page is prerendered, with the quick exit and a note for readers without JavaScript', async () => {
    const { page } = await open('/room/', { javaScript: false, viewport: PHONE });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Answer from your phone');
    expect(await page.getByRole('link', { name: 'Exit this page' }).count()).toBe(1);
    expect(await page.getByText('Answering from your phone needs JavaScript').isVisible()).toBe(true);
    await page.context().close();
  });
});
