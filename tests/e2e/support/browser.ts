/**
 * One Chromium per test file, and pages that fail the test on any console error or uncaught
 * exception. Also records every request so tests can assert nothing leaves the site's origin.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { CHROMIUM_ARGS } from './find-chromium';

export interface TrackedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  problems: string[];
  requests: string[];
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  javaScript?: boolean;
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  /** Service workers are blocked unless a test is about them: precaching slows every page. */
  serviceWorkers?: 'allow' | 'block';
  /** Another base URL, e.g. a sub-path build's server. */
  baseUrl?: string;
  /** Runs in every page before its own scripts, e.g. to stand in for a browser setting. */
  initScript?: () => void;
  /** Fails requests whose URL matches, as a blocked or dropped download would. */
  block?: RegExp;
  /** Holds back requests whose URL matches for a moment, as a slow connection would. */
  slow?: RegExp;
  /** Slows the page's CPU by this factor (Chrome's own throttling), as on a cheap phone or a busy machine. */
  cpuSlowdown?: number;
  /** "load" for pages that keep a request open (a workshop room's stream): the network never idles. */
  waitUntil?: 'load' | 'networkidle';
}

/** How long `slow` holds a request back: long enough for the page to paint without it. */
const SLOW_MS = 400;

export function setupBrowser(): {
  open: (path: string, options?: OpenOptions) => Promise<TrackedPage>;
  baseUrl: string;
} {
  let browser: Browser | undefined;
  const baseUrl = inject('baseUrl');
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    baseUrl,
    open: async (path, options = {}) => {
      if (!browser) throw new Error('browser not started');
      const context = await browser.newContext({
        viewport: options.viewport ?? { width: 1280, height: 900 },
        javaScriptEnabled: options.javaScript ?? true,
        colorScheme: options.colorScheme ?? 'light',
        reducedMotion: options.reducedMotion ?? 'no-preference',
        serviceWorkers: options.serviceWorkers ?? 'block',
      });
      if (options.initScript) await context.addInitScript(options.initScript);
      const page = await context.newPage();
      if (options.block) await page.route(options.block, (route) => route.abort('blockedbyclient'));
      if (options.slow) await page.route(options.slow, (route) => setTimeout(() => void route.continue(), SLOW_MS));
      if (options.cpuSlowdown) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuSlowdown });
      }
      const problems: string[] = [];
      const requests: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(`${options.baseUrl ?? baseUrl}${path}`, { waitUntil: options.waitUntil ?? 'networkidle' });
      if (options.javaScript !== false) await waitForHydration(page);
      return { page, problems, requests };
    },
  };
}

/**
 * Waits until the page is interactive: React has claimed the prerendered page, frame and page
 * both (RoutePage marks the document when the page's own boundary has hydrated), and the render
 * after hydration, which brings in what only the browser knows
 * (a shared link's query state, say), is painted. A quiet network alone does not mean that on
 * a busy machine, and a test that reads the page before then sees the prerendered defaults.
 */
export async function waitForHydration(page: Page): Promise<void> {
  // The frame hydrates before the page (selective hydration, decision 027), so the page's own
  // mark is what says a button in it will respond.
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-page-hydrated'));
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Opens a scenario's content note, if it has one, as a reader would: by its summary. */
export async function openContentNote(page: Page): Promise<void> {
  const summary = page.locator('details.content-note:not([open]) > summary');
  if ((await summary.count()) > 0) await summary.first().click();
}
