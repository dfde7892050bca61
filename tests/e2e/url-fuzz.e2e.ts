/**
 * A thousand hostile and malformed addresses across every kind of route, with the service worker
 * blocked (a first visit: the server answers) and in control (the worker answers), opened cold
 * and by in-app navigation. For each: a page with its heading (the page it names, or the
 * not-found page), never the error screen, never a redirect to an address built from an inherited
 * property ("function Object() { [native code] }", "[object Object]"); the quick exit present and
 * wired, and on a sample actually taken (button and Shift three times); no uncaught error; no
 * request to another host.
 *
 * Fast enough for every run (a few minutes for both modes on two cores): several tabs at once,
 * waiting for the app's own "page settled" mark rather than a quiet network. Each tab has a
 * browser context of its own: the quick exit in one window takes every window of the site away
 * (as it should), so tabs sharing a context would leave together.
 */
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS } from './support/find-chromium';
import { builtIndex } from './support/built-content';
import { fuzzUrls, NOT_FOUND_HEADING, type FuzzUrl } from './support/fuzz-urls';

const dist = resolve(import.meta.dirname, '../..', process.env.OUT_DIR ?? 'dist');
const baseUrl = inject('baseUrl');
const NEUTRAL = 'https://www.bbc.com/weather';
const ERROR_HEADINGS = [
  'Something went wrong on this page',
  'This page is not saved on this device',
  'This page could not be loaded',
];
const COUNT = 1000;
const TABS = 4;
/** Every this many addresses a tab opens one cold (a full load); the rest by in-app navigation. */
const COLD_EVERY = 5;
/** Every this many addresses a tab really leaves by the quick exit (alternating button and keys). */
const EXIT_EVERY = 20;
const urls = fuzzUrls(
  dist,
  COUNT,
  builtIndex().scenarios.map((s) => s.id),
);

let browser: Browser | undefined;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
});

interface Probe {
  settled: boolean;
  heading: string | null;
  exit: { href: string | null; wired: boolean } | null;
}

/**
 * In the page, in one round trip: optionally opens `target` by in-app navigation, waits until
 * the page on screen is the one the address names (hydrated, nothing pending: the app marks the
 * document), then reports its heading and whether the quick exit is there and wired to React.
 */
function settleAndProbe(page: Page, target: string | null): Promise<Probe> {
  return page.evaluate(
    async ({ target, timeout }) => {
      // Read on each check: right after a load commits, the new document may not have its
      // root element yet.
      const root = () => document.documentElement as HTMLElement | null;
      let previous: string | undefined;
      if (target !== null) {
        previous = root()?.dataset.shownEntry;
        const key = `fuzz-${Math.random().toString(36).slice(2)}`;
        window.history.pushState({ usr: null, key, idx: window.history.length }, '', target);
        window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }));
      }
      const ready = () =>
        root()?.dataset.navigation === 'idle' &&
        root()?.dataset.shownEntry !== previous &&
        document.querySelector('h1') !== null;
      const deadline = Date.now() + timeout;
      while (!ready() && Date.now() < deadline) await new Promise((done) => setTimeout(done, 16));
      const button = document.querySelector<HTMLAnchorElement>('.quick-exit-button');
      const propsKey = button ? Object.keys(button).find((key) => key.startsWith('__reactProps$')) : undefined;
      const props = propsKey ? (button as unknown as Record<string, { onClick?: unknown }>)[propsKey] : undefined;
      return {
        settled: ready(),
        heading: document.querySelector('h1')?.textContent?.trim() ?? null,
        exit: button ? { href: button.getAttribute('href'), wired: typeof props?.onClick === 'function' } : null,
      };
    },
    { target, timeout: 20_000 },
  );
}

/** The address as a person reads it; a malformed escape stays as it is. */
function readableUrl(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

async function openContext(serviceWorkers: 'block' | 'allow'): Promise<{ context: BrowserContext; foreign: string[] }> {
  const context = await browser!.newContext({
    serviceWorkers,
    viewport: { width: 800, height: 600 },
    reducedMotion: 'reduce',
  });
  const foreign: string[] = [];
  // Nothing may leave 127.0.0.1: the exit target is answered here, anything else is refused and counted.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => {
    const url = route.request().url();
    if (url.startsWith(NEUTRAL))
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' });
    foreign.push(url);
    return route.abort('blockedbyclient');
  });
  return { context, foreign };
}

async function visitAll(list: FuzzUrl[], tabs: Page[]): Promise<string[]> {
  const failures: string[] = [];
  const queues = tabs.map((_, t) => list.filter((_, i) => i % tabs.length === t));
  await Promise.all(
    tabs.map(async (page, t) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      page.on('console', (message) => {
        // A 404 document (an unknown address) is the browser's own note, not the app's error.
        if (message.type() === 'error' && !/status of 404/.test(message.text()))
          errors.push(`console: ${message.text()}`);
      });
      let onSite = false;
      for (const [n, item] of queues[t]!.entries()) {
        const fail = (what: string) => failures.push(`${item.url.slice(0, 160)} (${item.kind}): ${what}`);
        errors.length = 0;
        try {
          const cold = !onSite || !item.inApp || n % COLD_EVERY === 0;
          if (cold) await page.goto(`${baseUrl}${item.url}`, { waitUntil: 'commit' });
          const seen = await settleAndProbe(page, cold ? null : item.url);
          onSite = true;
          if (!seen.settled) fail('the page did not settle');
          if (!seen.heading) fail('no heading');
          else if (ERROR_HEADINGS.includes(seen.heading)) fail(`error screen "${seen.heading}"`);
          else if (item.expect === NOT_FOUND_HEADING && seen.heading !== NOT_FOUND_HEADING)
            fail(`"${seen.heading}", not the not-found page`);
          else if (item.expect !== 'any' && item.expect !== NOT_FOUND_HEADING && seen.heading !== item.expect)
            fail(`"${seen.heading}", not "${item.expect}"`);
          // A lookup that read an inherited property ("constructor", "__proto__") shows in the address
          // it redirected to, even where that address lands on the same not-found page.
          if (/native code|\[object/i.test(readableUrl(page.url()))) fail(`redirected to ${page.url().slice(0, 160)}`);
          if (!item.embed && (seen.exit?.href !== NEUTRAL || !seen.exit.wired))
            fail(`quick exit ${JSON.stringify(seen.exit)}`);
          if (!item.embed && n % EXIT_EVERY === EXIT_EVERY - 1) {
            const entries = await page.evaluate(() => window.history.length);
            if ((n / EXIT_EVERY) % 2 < 1) await page.locator('.quick-exit-button').click();
            else for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
            await page.waitForURL(`${NEUTRAL}**`, { timeout: 20_000 });
            if ((await page.evaluate(() => window.history.length)) !== entries)
              fail('quick exit added a history entry');
            onSite = false;
          }
        } catch (error) {
          fail(`did not settle: ${(error as Error).message.split('\n')[0]}`);
          onSite = false;
        }
        for (const error of errors) fail(error);
      }
    }),
  );
  return failures;
}

describe(`${COUNT} malformed and hostile addresses, every kind of route`, () => {
  it('cover every kind of route, with addresses meant to find the page and the not-found page', () => {
    expect(urls).toHaveLength(COUNT);
    expect(new Set(urls.map((u) => u.kind.split(':')[0])).size).toBeGreaterThan(30);
    expect(urls.filter((u) => u.expect === NOT_FOUND_HEADING).length).toBeGreaterThan(100);
    expect(urls.filter((u) => u.expect !== 'any' && u.expect !== NOT_FOUND_HEADING).length).toBeGreaterThan(200);
  });

  it.each([
    ['blocked', 'block'],
    ['in control', 'allow'],
  ] as const)(
    'with the service worker %s: each gives a page with its heading, a working quick exit and no uncaught error',
    async (_, serviceWorkers) => {
      const started = Date.now();
      const contexts = await Promise.all(Array.from({ length: TABS }, () => openContext(serviceWorkers)));
      const tabs = await Promise.all(
        contexts.map(async ({ context }) => {
          const page = await context.newPage();
          await page.goto(`${baseUrl}/`, { waitUntil: 'commit' });
          await settleAndProbe(page, null);
          if (serviceWorkers === 'allow')
            await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
          return page;
        }),
      );
      const failures = await visitAll(urls, tabs);
      if (serviceWorkers === 'allow') {
        // Still under the worker at the end: the run tested what it says it tested.
        await tabs[0]!.goto(`${baseUrl}/`);
        expect(await tabs[0]!.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      }
      const foreign = contexts.flatMap((c) => c.foreign);
      await Promise.all(contexts.map(({ context }) => context.close()));
      console.log(
        `url fuzz, service worker ${serviceWorkers}: ${COUNT} addresses in ${Math.round((Date.now() - started) / 1000)} s`,
      );
      expect(failures.slice(0, 40), `${failures.length} failures`).toEqual([]);
      expect(foreign).toEqual([]);
    },
    // A few minutes on an idle two-core machine; generous for a busy one.
    1_200_000,
  );
});
