/**
 * A workshop run from the front of the room, and the deck taken home (issue 16): the list of
 * guides, the one-tap tally with undo, the result and the timer full screen for the room, the
 * timer's end signal (seen and heard), and decks printed one slide per landscape page or as a
 * handout, for ready-made decks and decks built by hand.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encodeCustomDeck } from '../../src/content/custom-deck';
import { setupBrowser, waitForHydration } from './support/browser';
import { builtIndex } from './support/built-content';
import { builtDecks } from './support/built-decks';
import { measureSlide } from './support/slide-fit';

const { open, baseUrl } = setupBrowser();
const decks = builtDecks();
const deck = decks[0]!;
const scenario = builtIndex().scenarios[0]!;
const shots = process.env.TMPDIR ?? '/tmp';

describe('a workshop from the front of the room', () => {
  it('lists every facilitator guide at /workshop/', async () => {
    const { page, problems } = await open('/workshop/');
    expect(await page.locator('h1').textContent()).toBe('Run a workshop');
    for (const d of decks)
      expect(await page.getByRole('link', { name: `Facilitator guide: ${d.title}` }).getAttribute('href')).toBe(
        `/workshop/${d.id}/`,
      );
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('counts one tap per sticky note, undoes a tap, and shows the result full screen, scaled like a slide', async () => {
    const { page, problems } = await open(`/workshop/predict/${scenario.id}/`, {
      viewport: { width: 1280, height: 800 },
    });
    const cell = (model: string, rating: string) =>
      page.getByRole('button', { name: new RegExp(`^${model}, ${rating}: \\d+\\. Tap to add one$`) });
    const name = builtIndex().models[0]!.name;
    await cell(name, 'Worse').click();
    await cell(name, 'Worse').click();
    await expect.poll(() => cell(name, 'Worse').textContent()).toBe('2');
    await cell(name, 'Mixed').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('p')).toBe('0.1.2');
    await page.getByRole('button', { name: 'Undo the last tap' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('p')).toBe('0.0.2');
    expect(await cell(name, 'Mixed').textContent()).toBe('0');
    await page.getByRole('button', { name: 'Reveal the evidence' }).click();
    await page.getByRole('button', { name: 'Show the result full screen' }).click();
    await page.locator('.front-of-room .slide-canvas').waitFor();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === document.documentElement)).toBe(true);
    const fit = await measureSlide(page, '.front-of-room');
    expect(fit.outside).toEqual([]);
    expect(fit.slideOverflow).toBeLessThanOrEqual(0);
    expect(fit.smallestText).toBeGreaterThanOrEqual(fit.slideHeight / 30 - 0.01);
    // The quick exit stays on top of the room's view.
    const exit = await page.getByRole('link', { name: /Exit this page/ }).boundingBox();
    expect(
      await page.evaluate(
        ([x, y]) => document.elementFromPoint(x!, y!)?.closest('.quick-exit') !== null,
        [exit!.x + exit!.width / 2, exit!.y + exit!.height / 2],
      ),
    ).toBe(true);
    await page.screenshot({ path: `${shots}/present-predict-projector-1280x800.png` });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.front-of-room').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('puts the timer near the top of the guide, full screen on request, and signals the end: seen, and heard when switched on', async () => {
    const { page, problems } = await open(`/workshop/${deck.id}/`, {
      viewport: { width: 1366, height: 768 },
      // Counts the tones the page asks the real Web Audio API for; it plays them all the same.
      initScript: () => {
        const played = { tones: 0 };
        (window as unknown as { played: typeof played }).played = played;
        const create = AudioContext.prototype.createOscillator;
        AudioContext.prototype.createOscillator = function (this: AudioContext) {
          played.tones += 1;
          return create.call(this);
        };
      },
    });
    const timerTop = await page.locator('.discussion-timer').boundingBox();
    const planTop = await page.getByRole('heading', { name: 'Timing plan' }).boundingBox();
    expect(timerTop!.y).toBeLessThan(planTop!.y);
    expect(timerTop!.y).toBeLessThan(768);
    // A real clock, fast-forwarded: the page's own timers and Date move, nothing is faked in the page.
    await page.clock.install();
    await page.reload();
    await waitForHydration(page);
    await page.getByRole('combobox', { name: 'Minutes' }).selectOption('2');
    await page.getByRole('checkbox', { name: 'Sound a chime when time is up' }).check();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Show the timer full screen' }).click();
    await page.locator('.front-timer .slide-canvas').waitFor();
    const before = await page
      .locator('.front-timer .slide-canvas')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    await page.clock.fastForward(2 * 60 * 1000 + 500);
    await expect.poll(() => page.locator('.discussion-timer [role="timer"]').textContent()).toBe('00:00');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Time is up.' }).count()).toBe(1);
    expect(await page.locator('.front-timer.is-done').count()).toBe(1);
    expect(
      await page.locator('.front-timer .slide-canvas').evaluate((el) => getComputedStyle(el).backgroundColor),
    ).not.toBe(before);
    expect(await page.evaluate(() => (window as unknown as { played: { tones: number } }).played.tones)).toBe(3);
    await page.screenshot({ path: `${shots}/present-timer-zero-1366x768.png` });
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

/** The page's content box when printing: A4 and US Letter landscape, less the 10 mm margins, in CSS pixels. */
const LANDSCAPE = { width: Math.floor(((279.4 - 20) / 25.4) * 96), height: Math.floor(((210 - 20) / 25.4) * 96) };
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
const landscapePages = (pdf: Buffer) =>
  [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].every(
    (m) => Number(m[1]) > Number(m[2]),
  );

async function printedSlides(page: Page) {
  await page.setViewportSize(LANDSCAPE);
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.print-slide')].map((item) => {
      const canvas = item.querySelector<HTMLElement>('.slide-canvas')!;
      const slide = canvas.getBoundingClientRect();
      const cut = [...canvas.querySelectorAll<HTMLElement>('*')].filter((el) => {
        const box = el.getBoundingClientRect();
        return box.height > 0 && (box.bottom > slide.bottom + 0.5 || box.right > slide.right + 0.5);
      }).length;
      return {
        height: item.getBoundingClientRect().height,
        width: item.getBoundingClientRect().width,
        breakAfter: getComputedStyle(item).breakAfter,
        overflow: canvas.scrollHeight - canvas.clientHeight,
        cut,
        address: item.querySelector('.online-address-url')?.textContent ?? '',
        qr: item.querySelector('.qr-code') !== null,
      };
    }),
  );
}

describe('the deck taken home', () => {
  it('prints every slide on its own landscape page, nothing cut, each with its link and QR code', async () => {
    const { page, problems } = await open(`/present/${deck.id}/print/`);
    await page.locator('.print-slide .qr-code').first().waitFor({ state: 'attached' });
    const slides = await printedSlides(page);
    expect(slides.length).toBeGreaterThanOrEqual(deck.slideCount);
    for (const [i, slide] of slides.entries()) {
      expect(slide.height, `page ${i + 1}`).toBeLessThanOrEqual(LANDSCAPE.height);
      expect(slide.width, `page ${i + 1}`).toBeLessThanOrEqual(LANDSCAPE.width);
      expect({ overflow: slide.overflow, cut: slide.cut, qr: slide.qr }, `page ${i + 1}`).toEqual({
        overflow: 0,
        cut: 0,
        qr: true,
      });
      expect(slide.breakAfter).toBe(i === slides.length - 1 ? 'auto' : 'page');
      expect(slide.address).toMatch(new RegExp(`^${baseUrl}/present/${deck.id}/\\d+/`));
    }
    await page.screenshot({ path: `${shots}/present-print-page.png` });
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, preferCSSPageSize: true });
      expect(pdfPages(pdf)).toBe(slides.length);
      expect(landscapePages(pdf)).toBe(true);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('prints a handout with each slide beside its speaker notes, and the way back online', async () => {
    const { page, problems } = await open(`/present/${deck.id}/handout/`);
    await page.locator('.print-deck-head .qr-code').waitFor({ state: 'attached' });
    await page.setViewportSize({ width: Math.floor(((210 - 24) / 25.4) * 96), height: 1000 });
    await page.emulateMedia({ media: 'print' });
    const rows = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.handout-slide')].map((row) => {
        const [slide, notes] = [
          row.querySelector('.slide-box')!.getBoundingClientRect(),
          row.querySelector('.handout-notes')!.getBoundingClientRect(),
        ];
        return {
          beside: notes.left >= slide.right && Math.abs(notes.top - slide.top) < 2,
          notes: row.querySelector('.handout-notes')!.textContent!.length,
          breakInside: getComputedStyle(row).breakInside,
        };
      }),
    );
    expect(rows).toHaveLength(deck.slideCount);
    for (const row of rows) expect(row).toMatchObject({ beside: true, breakInside: 'avoid' });
    expect(rows.every((row) => row.notes > 20)).toBe(true);
    expect(await page.locator('.print-deck-head .online-address').textContent()).toContain(
      `${baseUrl}/present/${deck.id}/`,
    );
    expect(await page.locator('.print-deck-head .qr-code').isVisible()).toBe(true);
    await page.screenshot({ path: `${shots}/present-handout-print.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('prints a deck built by hand the same way', async () => {
    const d = encodeCustomDeck({
      title: 'Our session',
      items: [
        { kind: 'scenario', id: scenario.id },
        { kind: 'compare', dimension: 'police' },
      ],
    });
    const { page, problems } = await open(`/present/custom/print/?d=${d}`);
    await page.locator('.print-slide .qr-code').first().waitFor({ state: 'attached' });
    const slides = await printedSlides(page);
    expect(slides.length).toBeGreaterThanOrEqual(3);
    for (const slide of slides) expect({ overflow: slide.overflow, cut: slide.cut }).toEqual({ overflow: 0, cut: 0 });
    expect(slides[0]!.address).toContain('/present/custom/1/?d=v1.');
    expect(pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBe(slides.length);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
