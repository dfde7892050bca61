/**
 * Presenting and workshops in Chromium: stepping through a deck by keyboard (every reveal),
 * deep links to a slide, the presenter window in step with the audience window, type size
 * at 1920 × 1080 and 200% zoom, decks built by hand, and printing cards and the guide.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encodeCustomDeck } from '../../src/content/custom-deck';
import { axeViolations } from './support/axe';
import { setupBrowser, waitForHydration } from './support/browser';
import { deckReady } from './support/deck';
import { builtIndex } from './support/built-content';
import { builtDeck, builtDecks, slideHeadings } from './support/built-decks';

const { open, baseUrl } = setupBrowser();
const deck = builtDecks()[0]!;
const { deck: content, scenarios } = builtDeck(deck.id);
const headings = slideHeadings(deck.id);
const scenarioSlide = content.slides.findIndex((s) => s.kind === 'scenario') + 1;
const scenario = scenarios.find((s) => s.id === (content.slides[scenarioSlide - 1] as { id: string }).id)!;
const FULL_HD = { width: 1920, height: 1080 };

const h1 = (page: Page) => page.locator('h1').first().textContent();
const spoken = (page: Page) => page.locator('.deck-stage > [role="status"]').textContent();
const hidden = (page: Page) => page.getByText('Not revealed yet').count();

describe('presenting a deck', () => {
  it('steps through every slide and every reveal by keyboard, with the slide in the URL', async () => {
    const { page, problems } = await open(`/present/${deck.id}/1/`, { viewport: FULL_HD });
    await deckReady(page);
    expect(await h1(page)).toBe(headings[0]);
    for (let n = 2; n <= deck.slideCount; n += 1) {
      // Reveal steps first: each has its own address, and the next slide comes after them.
      for (let guard = 0; guard < 20 && page.url() !== `${baseUrl}/present/${deck.id}/${n}/`; guard += 1) {
        await page.keyboard.press('ArrowRight');
        await page.waitForTimeout(60);
      }
      await page.waitForURL(`${baseUrl}/present/${deck.id}/${n}/`);
      await expect.poll(() => h1(page)).toContain(headings[n - 1]!.replace(/^Compare:.*/, 'Compare:'));
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('reveals a scenario in turn: situation, question, then one model at a time', async () => {
    const { page, problems } = await open(`/present/${deck.id}/${scenarioSlide}/`, { viewport: FULL_HD });
    await deckReady(page);
    expect(await h1(page)).toBe(scenario.title);
    const situation = page.getByText(scenario.situation.slice(0, 40));
    if (scenario.contentNote) {
      // The content note comes first, alone.
      expect(await page.getByText(scenario.contentNote).isVisible()).toBe(true);
      expect(await situation.count()).toBe(0);
      await page.keyboard.press('ArrowRight');
    }
    await expect.poll(() => situation.count()).toBe(1);
    expect(await page.getByText(scenario.question).count()).toBe(0);
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.getByText(scenario.question).count()).toBe(1);
    expect(await hidden(page)).toBe(4);
    for (let shown = 1; shown <= 4; shown += 1) {
      await page.keyboard.press(' ');
      await expect.poll(() => hidden(page)).toBe(4 - shown);
    }
    await expect
      .poll(() => spoken(page))
      .toMatch(new RegExp(`^Slide ${scenarioSlide} of ${deck.slideCount}: .*Outcome under`));
    for (const outcome of Object.values(scenario.outcomes))
      expect(await page.getByText(outcome.headline).count()).toBe(1);
    // Back steps undo the reveal one at a time.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => hidden(page)).toBe(1);
    // The step is in the URL (issue 16): the fourth model's step, less the one taken back.
    expect(page.url()).toBe(`${baseUrl}/present/${deck.id}/${scenarioSlide}/${(scenario.contentNote ? 1 : 0) + 4}/`);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('opens slide N from a link, even before JavaScript runs, with its own title', async () => {
    const n = deck.slideCount;
    for (const javaScript of [false, true]) {
      const { page } = await open(`/present/${deck.id}/${n}/`, { javaScript, viewport: FULL_HD });
      expect(await h1(page)).toContain(headings[n - 1]!.replace(/^Compare:.*/, 'Compare:'));
      expect(await page.title()).toContain(`slide ${n} of ${deck.slideCount}`);
      await page.context().close();
    }
  });

  it('has no site header, keeps the quick exit, and uses type of at least 28 px at 1920 × 1080', async () => {
    const { page } = await open(`/present/${deck.id}/${scenarioSlide}/`, { viewport: FULL_HD });
    await deckReady(page);
    for (let i = 0; i < 8; i += 1) await page.keyboard.press('ArrowRight');
    expect(await page.locator('.site-header, .site-footer').count()).toBe(0);
    expect(await page.getByRole('link', { name: /Exit this page/ }).isVisible()).toBe(true);
    const smallest = await page.evaluate(() => {
      const sizes: number[] = [];
      const walker = document.createTreeWalker(document.querySelector('.slide-frame')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement!;
        if (!node.textContent?.trim() || el.closest('.visually-hidden')) continue;
        sizes.push(parseFloat(getComputedStyle(el).fontSize));
      }
      return Math.min(...sizes);
    });
    expect(smallest).toBeGreaterThanOrEqual(28);
    await page.context().close();
  });

  it('works at 200% zoom: nothing scrolls sideways and the controls stay reachable', async () => {
    // 1920 × 1080 at 200% is a 960 × 540 CSS-pixel viewport.
    const { page, problems } = await open(`/present/${deck.id}/${scenarioSlide}/`, {
      viewport: { width: 960, height: 540 },
    });
    await deckReady(page);
    for (let i = 0; i < 8; i += 1) await page.keyboard.press('ArrowRight');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const next = page.getByRole('navigation', { name: 'Presentation controls' }).getByRole('button', { name: /Next/ });
    await next.scrollIntoViewIfNeeded();
    expect(await next.isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('blanks the screen, shows all slides, toggles full screen, and Esc backs out step by step', async () => {
    const { page, problems } = await open(`/present/${deck.id}/2/`, { viewport: FULL_HD });
    await deckReady(page);
    await page.keyboard.press('b');
    await expect.poll(() => spoken(page)).toContain('Screen blanked');
    expect(await page.locator('.slide-frame').isVisible()).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.slide-frame').isVisible()).toBe(true);
    await page.keyboard.press('o');
    const all = page.getByRole('link', { name: new RegExp(`^${deck.slideCount}\\b`) });
    await expect.poll(() => all.count()).toBe(1);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => all.count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.waitForURL(`${baseUrl}/present/${deck.id}/`);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('the presenter view', () => {
  it('follows the audience window, and the audience window follows it', async () => {
    const { page: audience, problems } = await open(`/present/${deck.id}/1/`, { viewport: FULL_HD });
    await deckReady(audience);
    const presenter = await audience.context().newPage();
    await presenter.goto(`${baseUrl}/present/${deck.id}/presenter/`, { waitUntil: 'networkidle' });
    // Its previews are real slides now; it listens once it is interactive.
    await waitForHydration(presenter);
    const where = () => presenter.locator('.presenter-where').textContent();
    const notes = () => presenter.locator('.presenter-notes').textContent();
    // The presenter opens where the audience is, then follows it.
    await audience.keyboard.press('ArrowRight');
    await audience.waitForURL(`${baseUrl}/present/${deck.id}/2/`);
    await expect.poll(where).toContain(`Slide 2 of ${deck.slideCount}`);
    expect(await notes()).toContain((content.slides[1]!.notes ?? 'No notes').slice(0, 30));
    // Moving in the presenter moves the room.
    await presenter.getByRole('button', { name: /Next/ }).click();
    await audience.waitForURL(`${baseUrl}/present/${deck.id}/3/`);
    await expect.poll(() => h1(audience)).toBe(headings[2]);
    await presenter.keyboard.press('ArrowLeft');
    await audience.waitForURL(`${baseUrl}/present/${deck.id}/2/`);
    expect(await presenter.locator('.presenter-elapsed [role="timer"]').textContent()).toMatch(/^\d\d:\d\d$/);
    expect(problems).toEqual([]);
    await audience.context().close();
  });
});

describe('a deck built by hand', () => {
  it('is built with buttons, then presented from its link, cold, at any slide', async () => {
    const { page, problems } = await open('/present/build/');
    await page.getByRole('textbox', { name: 'Deck title' }).fill('Our session');
    await page.getByRole('combobox', { name: 'Scenario' }).selectOption(scenario.id);
    await page.getByRole('button', { name: 'Add scenario' }).click();
    await page.getByRole('button', { name: 'Add model' }).click();
    await page.getByRole('button', { name: `Move “${builtIndex().models[0]!.name}” up` }).click();
    await page.waitForURL(/\?d=v1\./);
    // The address bar changes first and the page follows once it has rendered the change:
    // wait for the link on the page to be the deck in the address bar.
    const linkBox = page.getByRole('textbox', { name: 'Link to this deck' });
    await expect.poll(async () => new URL(await linkBox.inputValue()).search).toBe(new URL(page.url()).search);
    const link = await linkBox.inputValue();
    expect(link).toMatch(/\/present\/custom\/\?d=v1\./);
    const search = new URL(link).search;
    const reopened = await open(`/present/custom/3/${search}`, { viewport: FULL_HD });
    await expect.poll(() => h1(reopened.page)).toBe(scenario.title);
    expect(await spoken(reopened.page)).toContain('Slide 3 of 3');
    expect([...problems, ...reopened.problems]).toEqual([]);
    await page.context().close();
    await reopened.page.context().close();
  });

  it('starts from any scenario page: “Present this scenario” opens it as a deck, reveal by reveal', async () => {
    const { page, problems } = await open(`/scenarios/${scenario.id}/`, { viewport: FULL_HD });
    await page.getByRole('link', { name: /^Present this scenario/ }).click();
    await page.waitForURL(/\/present\/custom\/1\/\?d=v1\./);
    await deckReady(page);
    expect(await h1(page)).toBe(scenario.title);
    // Slide 1 is the deck's title slide; the scenario follows, its outcomes still hidden.
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/\/present\/custom\/2\/\?d=v1\./);
    await expect.poll(() => spoken(page)).toContain('Slide 2 of 2');
    expect(await h1(page)).toBe(scenario.title);
    const firstOutcome = Object.values(scenario.outcomes)[0]!;
    expect(await page.getByText(firstOutcome.headline).count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('opens what it can of a damaged link and says what it could not', async () => {
    const d = encodeCustomDeck({
      title: 'Damaged',
      items: [
        { kind: 'scenario', id: 'no-longer-here' },
        { kind: 'scenario', id: scenario.id },
      ],
    });
    const { page, problems } = await open(`/present/custom/?d=${d}`);
    await expect.poll(() => h1(page)).toBe('Damaged');
    expect(await page.getByRole('note').textContent()).toContain('no-longer-here');
    expect(await page.getByRole('heading', { name: `2. ${scenario.title}` }).count()).toBe(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

/** A4 and US Letter, less 12 mm margins, in CSS pixels: the width both fit. */
const PRINT_WIDTH = Math.floor(((210 - 24) / 25.4) * 96);

async function printLayout(page: Page, selector: string) {
  await page.setViewportSize({ width: PRINT_WIDTH, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  return page.evaluate((sel) => {
    const root = document.documentElement;
    const wide = [...document.querySelectorAll<HTMLElement>(`${sel} *`)].filter(
      (el) => el.getBoundingClientRect().right > root.clientWidth + 0.5,
    );
    return {
      overflow: root.scrollWidth - root.clientWidth,
      tooWide: wide.map((el) => el.tagName + '.' + el.className).slice(0, 5),
      breaks: [...document.querySelectorAll<HTMLElement>('.print-card-side')].map(
        (el) => getComputedStyle(el).breakAfter,
      ),
      timerShown: [...document.querySelectorAll<HTMLElement>('.discussion-timer')].some(
        (el) => el.offsetParent !== null,
      ),
    };
  }, selector);
}

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe('print', () => {
  it('prints each side of each scenario card on its own page, A4 or Letter, nothing cut off', async () => {
    const cards = content.slides.filter((s) => s.kind === 'scenario').length;
    const { page } = await open(`/workshop/${deck.id}/cards/`);
    await page.locator('.qr-code').first().waitFor();
    const layout = await printLayout(page, '.cards-page');
    expect(layout.overflow).toBeLessThanOrEqual(0);
    expect(layout.tooWide).toEqual([]);
    expect(layout.breaks).toEqual([...Array<string>(cards * 2 - 1).fill('page'), 'auto']);
    for (const format of ['A4', 'Letter'] as const) expect(pdfPages(await page.pdf({ format }))).toBe(cards * 2);
    await page
      .locator('.print-card-side')
      .first()
      .screenshot({ path: `${process.env.TMPDIR ?? '/tmp'}/present-card-front.png` });
    await page.context().close();
  });

  it('prints the facilitator sheet without the interactive parts, with the way back online', async () => {
    const { page } = await open(`/workshop/${deck.id}/`);
    // Print-only until printing, so it is in the page but not on screen.
    await page.locator('.qr-code').first().waitFor({ state: 'attached' });
    const layout = await printLayout(page, 'main');
    expect(layout.overflow).toBeLessThanOrEqual(0);
    expect(layout.tooWide).toEqual([]);
    expect(layout.timerShown).toBe(false);
    expect(await page.locator('.facilitator-sheet .online-address').textContent()).toContain(
      `${baseUrl}/workshop/${deck.id}/`,
    );
    for (const format of ['A4', 'Letter'] as const) expect(pdfPages(await page.pdf({ format }))).toBeLessThanOrEqual(4);
    await page.screenshot({ path: `${process.env.TMPDIR ?? '/tmp'}/present-facilitator-sheet.png`, fullPage: true });
    await page.context().close();
  });

  it('prints the comparison table within the page, with its address and QR code', async () => {
    const { page } = await open('/compare/?models=nordic,decriminalisation');
    await page.locator('.qr-code').waitFor({ state: 'attached' });
    const layout = await printLayout(page, 'main');
    expect(layout.overflow).toBeLessThanOrEqual(0);
    expect(layout.tooWide).toEqual([]);
    // The way back leads to the same view, filters included, and is printed once.
    await expect
      .poll(() => page.locator('main .online-address').textContent())
      .toContain(`${baseUrl}/compare/?models=nordic`);
    expect(await page.locator('main .qr-code').isVisible()).toBe(true);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    await page.screenshot({ path: `${process.env.TMPDIR ?? '/tmp'}/present-compare-print.png`, fullPage: true });
    await page.context().close();
  });
});

describe('accessibility of what only keys reveal', () => {
  it.each(['light', 'dark'] as const)(
    'a fully revealed scenario slide and the slide overview pass axe (%s)',
    async (colorScheme) => {
      const { page } = await open(`/present/${deck.id}/${scenarioSlide}/`, { viewport: FULL_HD, colorScheme });
      await deckReady(page);
      for (let i = 0; i < 7; i += 1) await page.keyboard.press('ArrowRight');
      await expect.poll(() => hidden(page)).toBe(0);
      const check = () => axeViolations(page);
      // Contrast is judged on what the reader sees once a fade has ended, never half-way (it
      // failed so under load). axeViolations waits for running fades, but the controls start
      // theirs 2.5 s after the pointer last moved, at a time a busy machine cannot predict; focus
      // inside them keeps them shown, as for a keyboard user.
      await page.locator('.deck-toolbar :is(a, button):not([disabled])').first().focus();
      expect(await check()).toEqual([]);
      await page.keyboard.press('o');
      await page.getByRole('heading', { name: /^All slides/ }).waitFor();
      // Focus is in the overview now, so the controls fade once idle: judged after they have.
      await page.locator('.deck-stage.is-idle').waitFor({ state: 'attached' });
      expect(await check()).toEqual([]);
      await page.context().close();
    },
  );
});
