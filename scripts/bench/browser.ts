/**
 * The built site in headless Chromium (the system browser, found as the end-to-end tests find
 * it): a static server over a build folder, and what a first visit to a page downloads.
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createStaticServer } from '../static-server.mjs';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/support/find-chromium';
import { addGzip } from './gzip-server';
import { addBytes, bytesOfFile, fileForUrlPath, NO_BYTES, type Bytes } from '../lib/sizes';

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

export interface Served {
  baseUrl: string;
  close: () => Promise<void>;
}

/** Serves a build with scripts/static-server.mjs; `gzip` adds compression in front (for Lighthouse). */
export async function serve(dir: string, { gzip = false } = {}): Promise<Served> {
  const server = createStaticServer({ dir });
  if (gzip) addGzip(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}`, close: () => new Promise<void>((done) => server.close(() => done())) };
}

export interface RequestRecord {
  /** Path and query on the site's origin, or the full URL of another origin. */
  url: string;
  type: string;
  bytes: Bytes;
}

export interface FirstVisit {
  requests: RequestRecord[];
  total: Bytes;
  /** Requests to any other origin (there must be none). */
  otherOrigins: string[];
}

/**
 * Waits until the page is idle and has started no request for a second. "networkidle" alone
 * (500 ms without network) can end early on a busy machine, while the entry script is still
 * being parsed before it asks for the page's own chunk.
 */
async function settle(page: Page, started: () => number): Promise<void> {
  let before = -1;
  while (before !== started()) {
    before = started();
    await page.evaluate('new Promise((done) => requestIdleCallback(() => done(null), { timeout: 5000 }))');
    await page.waitForTimeout(1000);
    await page.waitForLoadState('networkidle');
  }
}

export interface Visitor {
  visit: (pagePath: string) => Promise<FirstVisit>;
  close: () => Promise<void>;
}

/**
 * Visits pages as a first-time visitor: service workers blocked (precaching would add the
 * whole site to the first visit), and the HTTP cache and the site's storage cleared before each
 * page (one browser context is reused: creating one per page costs seconds on a busy machine).
 * Sums the files each page requested until the network went quiet.
 */
export async function createVisitor(
  browser: Browser,
  served: Served,
  dir: string,
  { brotli = true } = {},
): Promise<Visitor> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const origin = new URL(served.baseUrl).origin;
  let seen: Promise<{ url: URL; type: string; status: number }>[] = [];
  let started = 0;
  page.on('request', () => (started += 1));
  page.on('requestfinished', (request) => {
    seen.push(
      request.response().then((response) => ({
        url: new URL(request.url()),
        type: request.resourceType(),
        status: response?.status() ?? 0,
      })),
    );
  });
  page.on('requestfailed', (request) =>
    seen.push(Promise.resolve({ url: new URL(request.url()), type: request.resourceType(), status: 0 })),
  );

  const visit = async (pagePath: string): Promise<FirstVisit> => {
    await page.goto('about:blank');
    await cdp.send('Network.clearBrowserCache');
    await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
    seen = [];
    await page.goto(`${served.baseUrl}${pagePath}`, { waitUntil: 'networkidle' });
    await settle(page, () => started);
    const finished = await Promise.all(seen);
    const requests = finished.map(({ url, type, status }): RequestRecord => {
      if (url.origin !== origin) return { url: url.href, type, bytes: NO_BYTES };
      // A static host answers an unknown path with 404.html.
      const file = fileForUrlPath(dir, url.pathname) ?? (status === 404 ? join(dir, '404.html') : undefined);
      return { url: url.pathname + url.search, type, bytes: file ? bytesOfFile(file, { brotli }) : NO_BYTES };
    });
    return {
      requests,
      total: requests.reduce((sum, r) => addBytes(sum, r.bytes), NO_BYTES),
      otherOrigins: requests.filter((r) => !r.url.startsWith('/')).map((r) => r.url),
    };
  };
  return { visit, close: () => context.close() };
}

/**
 * A first visit as it really happens when service workers are allowed: the page, then the
 * service worker it registers, which precaches the shell and keeps the files the page loaded.
 * Waits until the worker is active and the network has been quiet, then sums what crossed the
 * network: requests the page sent to the server, and those the worker sent. A request the worker
 * answered is counted once (by the worker's own request, if it made one), and an answer from the
 * HTTP cache or a 304 carried no body, so it counts nothing.
 */
export async function visitWithServiceWorker(
  browser: Browser,
  served: Served,
  dir: string,
  pagePath: string,
): Promise<FirstVisit & { fromWorker: number }> {
  const context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 412, height: 823 } });
  const seen: Promise<{ path: string; fromWorker: boolean; bodyBytes: number } | undefined>[] = [];
  let started = 0;
  context.on('request', () => (started += 1));
  context.on('requestfinished', (request) => {
    seen.push(
      (async () => {
        const response = await request.response();
        if (!response || response.fromServiceWorker()) return undefined;
        const { responseBodySize } = await request.sizes();
        return {
          path: new URL(request.url()).pathname,
          fromWorker: request.serviceWorker() !== null,
          bodyBytes: responseBodySize,
        };
      })(),
    );
  });
  const page = await context.newPage();
  await page.goto(`${served.baseUrl}${pagePath}`, { waitUntil: 'networkidle' });
  // Resolves when a worker is active: installed, with its precache complete.
  await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
  await settle(page, () => started);
  const finished = (await Promise.all(seen)).filter(
    (r): r is NonNullable<typeof r> => r !== undefined && r.bodyBytes > 0,
  );
  await context.close();
  const requests = finished.map(({ path, fromWorker }): RequestRecord => {
    const file = fileForUrlPath(dir, path) ?? join(dir, '404.html');
    return { url: path, type: fromWorker ? 'service worker' : 'page', bytes: bytesOfFile(file) };
  });
  // The browser's own download of the worker script may not be reported as a request; it is paid all the same.
  const worker = fileForUrlPath(dir, '/sw.js');
  if (worker && !requests.some((r) => r.url.endsWith('/sw.js')))
    requests.push({ url: '/sw.js', type: 'worker script', bytes: bytesOfFile(worker) });
  return {
    requests,
    total: requests.reduce((sum, r) => addBytes(sum, r.bytes), NO_BYTES),
    otherOrigins: [],
    fromWorker: requests.filter((r) => r.type === 'service worker').length,
  };
}
