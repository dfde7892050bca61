/**
 * The service worker, for real, in Chromium (docs/decisions/015): what a first visit keeps, what
 * a navigation gets, offline in a tab left open, saving the whole guide by choice, clearing it,
 * an update accepted in another tab, a wrong answer during the install, and a bad kept copy.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { setupBrowser, waitForHydration } from './support/browser';
import { builtIndex } from './support/built-content';
import { LOGIN_PAGE, secondVersion, serveVersions, type VersionedSite } from './support/site-versions';

const { open, baseUrl } = setupBrowser();
const dist = resolve(import.meta.dirname, '../..', process.env.OUT_DIR ?? 'dist');
const index = builtIndex();
const NOT_SAVED = 'This page is not saved on this device';

const controlled = (page: Page) =>
  page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
const heading = (page: Page) => page.locator('h1').first().textContent();
const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });

/** Every URL the site's caches hold, by cache. */
const cached = (page: Page) =>
  page.evaluate(async () =>
    Object.fromEntries(
      await Promise.all(
        (await caches.keys()).map(
          async (name) => [name, (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname)] as const,
        ),
      ),
    ),
  );
const allCached = async (page: Page) => Object.values(await cached(page)).flat();

/** Waits until the first page, loaded before the worker existed, is kept (it asks once controlled). */
const firstPageKept = (page: Page, path: string) =>
  page.waitForFunction(
    async (p) => (await caches.keys()).some((n) => n.startsWith('swl-pages-')) && (await caches.match(p)) !== undefined,
    path,
    { timeout: 30_000 },
  );

/**
 * Waits until the worker has kept the code the open page ran (its scripts, preloaded chunks and
 * stylesheets). It keeps each file as it passes, a moment after the page received it: a test
 * that goes offline sooner tests that moment, not what is kept.
 */
const codeKept = async (page: Page) => {
  // The page's script starts the app after the first paint (decision 029): until the app has
  // hydrated, the page has not yet asked for its own code, so that is not yet listed below.
  await waitForHydration(page);
  await page.waitForFunction(
    async () => {
      const urls = [
        ...document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>(
          'script[src], link[rel="modulepreload"], link[rel="stylesheet"]',
        ),
      ].map((el) => (el instanceof HTMLScriptElement ? el.src : el.href));
      const kept = await Promise.all(urls.map(async (url) => (await caches.match(url)) !== undefined));
      return kept.every(Boolean);
    },
    null,
    { timeout: 30_000 },
  );
};

describe('what a first visit keeps', () => {
  it('the shell, this page and the code it ran: not the whole guide', async () => {
    const { page, problems } = await open('/', { serviceWorkers: 'allow' });
    await controlled(page);
    await firstPageKept(page, '/');
    const byCache = await cached(page);
    const files = Object.values(byCache).flat();
    expect(files).toContain('/shell.html');
    expect(files).toContain('/');
    expect(files.filter((f) => f.startsWith('/content/scenarios/'))).toEqual([]);
    expect(files.length).toBeLessThan(40);
    expect(Object.keys(byCache).every((name) => name.startsWith('swl-'))).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('pages under the worker', () => {
  it('a navigation gets the page’s own HTML, with its heading and the quick exit; offline, the kept copy, and the shell only for a page never fetched', async () => {
    const { page, problems } = await open('/', { serviceWorkers: 'allow' });
    await controlled(page);
    const nordic = index.models.find((m) => m.id === 'nordic')!;
    const online = await page.goto(`${baseUrl}/models/nordic/`);
    expect(online!.fromServiceWorker()).toBe(true);
    const html = await online!.text();
    expect(html).toMatch(new RegExp(`<h1[^>]*>${nordic.name}</h1>`));
    expect(html).toContain('class="quick-exit-button"');
    await codeKept(page);

    await page.context().setOffline(true);
    const kept = await page.goto(`${baseUrl}/models/nordic/`);
    expect(await kept!.text()).toMatch(new RegExp(`<h1[^>]*>${nordic.name}</h1>`));
    await waitForHydration(page);
    expect(await heading(page)).toBe(nordic.name);

    const never = await page.goto(`${baseUrl}/glossary/`);
    const shell = await never!.text();
    expect(shell).toContain('class="quick-exit-button"');
    expect(shell).not.toContain('id="app-data"');
    await expect.poll(() => heading(page)).toBe(NOT_SAVED);
    await page.context().setOffline(false);
    // Back online, it opens by itself.
    await expect.poll(() => heading(page), { timeout: 15_000 }).toBe('Glossary');
    expect(problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED') && !p.includes('net::ERR_FAILED'))).toEqual(
      [],
    );
    await page.context().close();
  });
});

describe('offline in a tab left open', () => {
  it.each(['allow', 'block'] as const)(
    'service worker %s: an in-app link shows the page from what is kept, or says at once that it is not saved',
    async (serviceWorkers) => {
      const { page } = await open('/', { serviceWorkers });
      if (serviceWorkers === 'allow') await controlled(page);
      await nav(page, 'The four models').click();
      await expect.poll(() => heading(page)).toBe('The four legal models');
      await page.getByRole('link', { name: 'Sex work and the law' }).click();
      await expect.poll(() => heading(page)).toBe('How the law shapes sex workers’ lives');

      await page.context().setOffline(true);
      await nav(page, 'The four models').click();
      await expect.poll(() => heading(page), { timeout: 5000 }).toBe('The four legal models');
      const started = Date.now();
      await nav(page, 'Glossary').click();
      await expect.poll(() => heading(page), { timeout: 5000 }).toBe(NOT_SAVED);
      expect(Date.now() - started).toBeLessThan(5000);
      // The address and the page agree: no URL changed under an old page.
      expect(page.url()).toBe(`${baseUrl}/glossary/`);
      await page.context().setOffline(false);
      await expect.poll(() => heading(page), { timeout: 15_000 }).toBe('Glossary');
      await page.context().close();
    },
  );
});

describe('the whole guide offline, by choice', () => {
  it('is offered with its size, saved when asked, and then every page opens offline', async () => {
    const { page, problems } = await open('/', { serviceWorkers: 'allow' });
    await controlled(page);
    const save = page.getByRole('button', { name: /^Save the whole guide for offline use \((\d+ kB|\d+\.\d MB)\)$/ });
    await save.waitFor();
    expect((await allCached(page)).filter((f) => f.startsWith('/content/scenarios/'))).toEqual([]);
    await save.click();
    await page.getByText(/^The whole guide is saved on this device/).waitFor({ timeout: 180_000 });
    expect((await allCached(page)).filter((f) => f.startsWith('/content/scenarios/')).length).toBe(
      index.scenarios.length,
    );

    await page.context().setOffline(true);
    const target = index.scenarios.at(-1)!;
    await page.goto(`${baseUrl}/scenarios/${target.id}/decriminalisation/`);
    await expect.poll(() => heading(page)).toBe(target.title);
    await nav(page, 'Compare').click();
    await expect.poll(() => heading(page)).toBe('Compare the models');
    await page.context().setOffline(false);
    expect(problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    await page.context().close();
  }, 240_000);
});

describe('clearing data', () => {
  it('empties the site’s caches, unregisters its worker, and says exactly what it removed', async () => {
    const { page, problems } = await open('/learn/', { serviceWorkers: 'allow' });
    await controlled(page);
    await firstPageKept(page, '/learn/');
    await nav(page, 'Quiz').click();
    await page.goto(`${baseUrl}/privacy/`);
    const stored = page.getByRole('region', { name: 'What is stored on this device' });
    await stored.getByText(/^Pages and files kept so they open offline: \d+ files/).waitFor();
    await expect.poll(() => stored.getByText(/offline helper/).count()).toBe(1);
    await page.getByRole('button', { name: 'Clear my data' }).click();
    const status = stored.getByRole('status');
    await expect
      .poll(() => status.textContent())
      .toMatch(
        /^Removed from this device: \d+ pages and files kept for offline use \([\d.]+ (kB|MB)\); the offline helper \(service worker\)\./,
      );
    expect(await page.evaluate(() => caches.keys())).toEqual([]);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    expect(await stored.textContent()).toContain('Nothing from this site is stored on this device right now.');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('updates and wrong answers', () => {
  let site: VersionedSite;
  beforeAll(async () => {
    site = await serveVersions(dist);
  });
  afterAll(() => site.close());

  it('accepting an update in one tab never breaks another tab', async () => {
    site.deploy(dist);
    const { page: tabA } = await open('/', { serviceWorkers: 'allow', baseUrl: site.baseUrl });
    await controlled(tabA);
    await firstPageKept(tabA, '/');
    const v2 = await secondVersion(dist, 'Skip to the content (v2)');
    try {
      site.deploy(v2.dir);
      const tabB = await tabA.context().newPage();
      await tabB.goto(`${site.baseUrl}/models/`);
      await tabB.getByRole('button', { name: 'Reload to update' }).click({ timeout: 60_000 });
      await tabB.waitForFunction(
        () => document.querySelector('.skip-link')?.textContent === 'Skip to the content (v2)',
        null,
        { timeout: 30_000 },
      );
      await tabA.getByText('This guide was updated in another tab.').waitFor({ timeout: 30_000 });
      // Tab A never reloaded: its pages need code the new version no longer has.
      for (const [link, title] of [
        ['Compare', 'Compare the models'],
        ['Myths', 'Myths and evidence'],
        ['Quiz', 'Test what you know'],
        ['Glossary', 'Glossary'],
        ['Sources', 'Sources'],
        ['Learn', undefined],
      ] as const) {
        await nav(tabA, link).click();
        await tabA.waitForFunction(
          () => document.documentElement.dataset.navigation === 'idle' && document.querySelector('h1'),
          null,
          { timeout: 30_000 },
        );
        const shown = await heading(tabA);
        expect(shown).not.toMatch(/Something went wrong|not saved|could not be loaded/);
        if (title) expect(shown).toBe(title);
      }
      await tabA.context().close();
    } finally {
      v2.cleanUp();
    }
  }, 180_000);

  it('a wrong answer during the install (a login page answering 200 for a script) is refused, and the next visit installs', async () => {
    site.deploy(dist);
    // Only the worker's own downloads (Sec-Fetch-Dest: empty) get the login page: the page itself
    // starts normally, as when a portal answers some requests and not others.
    site.intercept((req, res) => {
      if (!/^\/(shell\.html|assets\/index-[^/]+\.js)$/.test(req.url ?? '') || req.headers['sec-fetch-dest'] !== 'empty')
        return false;
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end(LOGIN_PAGE);
      return true;
    });
    const { page } = await open('/', { serviceWorkers: 'allow', baseUrl: site.baseUrl });
    // The install fails: no worker becomes active, and nothing of the login page is kept.
    await page.waitForFunction(
      async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return registration === undefined || (registration.installing === null && registration.active === null);
      },
      null,
      { timeout: 30_000 },
    );
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    const kept = await page.evaluate(async () => {
      const texts = await Promise.all(
        (await caches.keys()).map(async (name) =>
          Promise.all((await (await caches.open(name)).matchAll()).map((r) => r.text())),
        ),
      );
      return texts.flat().filter((text) => text.includes('Please log in'));
    });
    expect(kept).toEqual([]);

    site.intercept(undefined);
    await page.reload();
    await controlled(page);
    await page.goto(`${site.baseUrl}/models/nordic/`);
    await waitForHydration(page);
    expect(await heading(page)).toBe(index.models.find((m) => m.id === 'nordic')!.name);
    await page.context().close();
  }, 120_000);

  it('a login page answering for a code file while the worker runs is not kept; the page works once the network does', async () => {
    site.deploy(dist);
    const { page } = await open('/', { serviceWorkers: 'allow', baseUrl: site.baseUrl });
    await controlled(page);
    site.intercept((req, res) => {
      if (!/^\/assets\/world-map-[^/]+\.js$/.test(req.url ?? '')) return false;
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end(LOGIN_PAGE);
      return true;
    });
    await nav(page, 'Places').click();
    await page.waitForFunction(() => document.documentElement.dataset.navigation === 'idle');
    await page.waitForTimeout(1000);
    expect((await allCached(page)).filter((f) => f.includes('world-map'))).toEqual([]);
    site.intercept(undefined);
    await page.reload();
    await waitForHydration(page);
    await page.locator('.world-map svg, svg.world-map').first().waitFor({ timeout: 30_000 });
    expect((await allCached(page)).filter((f) => f.includes('world-map')).length).toBe(1);
    await page.context().close();
  }, 120_000);

  it('if a kept copy of the app’s code is broken, the page drops it and starts from the network by itself', async () => {
    site.deploy(dist);
    const { page } = await open('/', { serviceWorkers: 'allow', baseUrl: site.baseUrl });
    await controlled(page);
    const entry = await page.evaluate(() => document.querySelector<HTMLScriptElement>('script[type="module"]')!.src);
    // Break the kept copy as a bad network once would have: HTML in place of the script.
    await page.evaluate(async (url) => {
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        if (await cache.match(url))
          await cache.put(
            url,
            new Response('<h1>Please log in to the Wi-Fi</h1>', { headers: { 'content-type': 'text/html' } }),
          );
      }
    }, entry);
    await page.reload();
    await waitForHydration(page);
    expect(await heading(page)).toBe('How the law shapes sex workers’ lives');
    const type = await page.evaluate(
      async (url) => (await caches.match(url))?.headers.get('content-type') ?? 'none',
      entry,
    );
    expect(type).toMatch(/javascript/);
    await page.context().close();
  }, 120_000);
});
