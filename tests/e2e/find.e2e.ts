/**
 * Finding an answer on a phone (issue #14, points 2, 4 and 5), at 360×740 unless a test says
 * otherwise: the header folds behind a Menu button so fixed chrome takes at most a fifth of the
 * first screen; anchors land below the sticky exit bar; a dotted word opens its definition in
 * place; the glossary has an A–Z index; and one search box finds the right first result, online
 * and offline, loading nothing until it is used, with a search page that works without scripts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { setupBrowser } from './support/browser';
import { builtIndex } from './support/built-content';

const { open, baseUrl } = setupBrowser();
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };
const FIRST_SCREEN_SHARE = 0.2;
const index = builtIndex();
const condoms = index.scenarios.find((s) => s.id === 'police-find-condoms')!;

/** Where an element is on screen, and whether the exit bar covers any of it. */
async function placeOnScreen(
  page: Page,
  selector: string,
): Promise<{ top: number; bottom: number; bar: number; height: number }> {
  return page.locator(selector).evaluate((el) => {
    const rect = el.getBoundingClientRect();
    const bar = document.querySelector('.quick-exit')!.getBoundingClientRect().bottom;
    return { top: rect.top, bottom: rect.bottom, bar, height: window.innerHeight };
  });
}

async function expectVisibleBelowBar(page: Page, selector: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const place = await placeOnScreen(page, selector);
        return place.top >= place.bar && place.bottom <= place.height;
      },
      { timeout: 5_000 },
    )
    .toBe(true);
}

/** Opens the phone menu, types into its search box and waits for the first result. */
async function searchFromMenu(page: Page, query: string): Promise<{ href: string | null; count: string }> {
  const menu = page.getByRole('button', { name: 'Menu' });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  const box = page.getByRole('searchbox', { name: 'Search this guide' });
  await box.fill('');
  await box.pressSequentially(query);
  const first = page.locator('.site-search .search-results a').first();
  await expect
    .poll(
      async () =>
        (await first.count()) > 0 &&
        (await page.locator('.site-search [role="status"]').textContent())?.includes('result'),
      { timeout: 15_000 },
    )
    .toBe(true);
  // The list follows the settled query: wait until it is this query's list.
  await page.waitForTimeout(400);
  return {
    href: await first.getAttribute('href'),
    count: (await page.locator('.site-search [role="status"]').textContent()) ?? '',
  };
}

describe('less chrome on phones', () => {
  it.each(['/', `/scenarios/${condoms.id}/`, '/models/nordic/', '/glossary/', '/search/', '/places/germany/'])(
    '%s: the header and fixed bars take at most a fifth of the first screen, and only the exit stays fixed',
    async (path) => {
      const { page, problems } = await open(path, { viewport: PHONE });
      const headerBottom = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
      expect(headerBottom).toBeLessThanOrEqual(PHONE.height * FIRST_SCREEN_SHARE);
      // The navigation is folded: none of its links is on screen until the menu opens.
      expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);

      await page.evaluate(() => window.scrollTo(0, 1200));
      const fixed = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((el) => ['fixed', 'sticky'].includes(getComputedStyle(el).position))
          .map((el) => ({ cls: el.className, rect: el.getBoundingClientRect() }))
          .filter(({ rect }) => rect.height > 0 && rect.bottom > 0 && rect.top < window.innerHeight)
          .map(({ cls, rect }) => ({ cls, height: rect.height })),
      );
      expect(fixed.map((f) => f.cls)).toEqual(['quick-exit']);
      expect(fixed[0]!.height).toBeLessThanOrEqual(PHONE.height * FIRST_SCREEN_SHARE);
      expect(problems).toEqual([]);
      await page.context().close();
    },
  );

  it('keeps the quick exit first after the skip link, and the menu opens and closes by keyboard', async () => {
    const { page, problems } = await open('/models/', { viewport: PHONE });
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Skip to main content');
    await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/^Exit this page/);

    const menu = page.getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-controls')).toBe('site-menu');
    for (let i = 0; i < 5 && (await focused()) !== 'Menu'; i += 1) await page.keyboard.press('Tab');
    expect(await focused()).toBe('Menu');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');

    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.isVisible()).toBe(true);
    // Next in the Tab order: the search box, then the navigation.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('search');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Learn');

    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await focused()).toBe('Menu');
    expect(await nav.isVisible()).toBe(false);

    await page.keyboard.press('Space');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Space');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('closes the menu once a page is chosen from it', async () => {
    const { page } = await open('/', { viewport: PHONE });
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
    await page.waitForURL(`${baseUrl}/glossary/`);
    await expect.poll(() => page.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    await page.context().close();
  });

  it('without JavaScript shows the whole navigation and a link to the search page, and no dead button', async () => {
    const { page } = await open('/scenarios/', { viewport: PHONE, javaScript: false });
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.isVisible()).toBe(true);
    expect(await nav.getByRole('link').count()).toBeGreaterThanOrEqual(10);
    expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    expect(await page.getByRole('searchbox').isVisible()).toBe(false);
    await page.locator('.site-header').getByRole('link', { name: 'Search', exact: true }).click();
    await page.waitForURL(`${baseUrl}/search/`);
    await page.context().close();
  });
});

describe('anchors land below the sticky exit bar', () => {
  it.each(['/glossary/#trafficking', '/models/nordic/#evidence', '/glossary/#letter-s'])(
    '%s, loaded directly',
    async (path) => {
      const { page } = await open(path, { viewport: PHONE });
      await expectVisibleBelowBar(page, `[id="${path.split('#')[1]}"]`);
      await page.context().close();
    },
  );

  it('a glossary entry reached from a definition in place: its heading visible and focused, not the top of the glossary', async () => {
    const { page } = await open('/learn/why-the-law-matters/', { viewport: PHONE });
    const word = page.locator('main a.term-link[role="button"]').first();
    await word.click();
    const entry = page.locator(`[id="${await word.getAttribute('aria-controls')}"]`).getByRole('link');
    const href = (await entry.getAttribute('href'))!;
    await entry.click();
    await page.waitForURL(`${baseUrl}${href}`);
    const id = href.split('#')[1]!;
    await expectVisibleBelowBar(page, `[id="${id}"]`);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(id);
    await page.context().close();
  });

  it('a model section reached from the search: its heading visible below the bar', async () => {
    const { page } = await open('/', { viewport: PHONE });
    await searchFromMenu(page, 'nordic evidence');
    await page.locator('.site-search .search-results a[href="/models/nordic/#evidence"]').click();
    await page.waitForURL(`${baseUrl}/models/nordic/#evidence`);
    await expectVisibleBelowBar(page, '#evidence');
    await page.context().close();
  });
});

describe('glossary words keep their promise', () => {
  it('a dotted word opens its definition in place by tap, without leaving the page, and closes with Escape', async () => {
    const { page, problems } = await open(`/scenarios/${condoms.id}/`, { viewport: PHONE });
    // Every fold open (the situation and each explanation), so the page's dotted words are in view.
    await page.waitForFunction(() => document.querySelector('main a.term-link[role="button"]') !== null);
    await page
      .locator('details.content-note')
      .evaluateAll((folds) => folds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const url = page.url();
    const word = page.locator('main a.term-link[role="button"]').locator('visible=true').first();
    await word.scrollIntoViewIfNeeded();
    await word.click();
    expect(await word.getAttribute('aria-expanded')).toBe('true');
    const panel = page.locator(`[id="${await word.getAttribute('aria-controls')}"]`);
    expect(await panel.isVisible()).toBe(true);
    expect(await panel.getByRole('link', { name: /in the glossary$/ }).getAttribute('href')).toMatch(/^\/glossary\/#/);
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    await page.waitForTimeout(300);
    expect(page.url()).toBe(url);
    await page.keyboard.press('Escape');
    expect(await word.getAttribute('aria-expanded')).toBe('false');
    expect(await panel.isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('opens by keyboard too, as a button, and gives focus back when closed', async () => {
    const { page } = await open('/models/nordic/', { viewport: PHONE });
    const word = page.locator('main a.term-link[role="button"]').first();
    await word.focus();
    await page.keyboard.press('Enter');
    expect(await word.getAttribute('aria-expanded')).toBe('true');
    expect(page.url()).toBe(`${baseUrl}/models/nordic/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/in the glossary$/);
    await page.keyboard.press('Escape');
    expect(await word.getAttribute('aria-expanded')).toBe('false');
    expect(await word.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Space');
    expect(await word.getAttribute('aria-expanded')).toBe('true');
    await page.context().close();
  });

  it('stays a plain link to the entry without JavaScript', async () => {
    const { page } = await open('/models/nordic/', { viewport: PHONE, javaScript: false });
    const word = page.locator('main a.term-link').first();
    expect(await word.getAttribute('role')).toBeNull();
    const href = (await word.getAttribute('href'))!;
    expect(href).toMatch(/^\/glossary\/#/);
    await word.click();
    await page.waitForURL(`${baseUrl}${href}`);
    await expectVisibleBelowBar(page, `[id="${href.split('#')[1]}"]`);
    await page.context().close();
  });

  it('the glossary has an A–Z index whose every letter lands with its heading visible', async () => {
    const { page, problems } = await open('/glossary/', { viewport: PHONE });
    const az = page.getByRole('navigation', { name: 'Terms from A to Z' });
    const letters = az.getByRole('link');
    const count = await letters.count();
    const headings = await page.locator('.glossary-letter > h2').count();
    expect(count).toBe(headings);
    expect(count).toBeGreaterThan(10);
    for (let i = 0; i < count; i += 1) {
      await page.evaluate(() => window.scrollTo(0, 0));
      const link = letters.nth(i);
      const target = (await link.getAttribute('href'))!.slice(1);
      await link.click();
      await expectVisibleBelowBar(page, `[id="${target}"]`);
    }
    // Every term is under a letter, its heading carrying the term's id.
    expect(await page.locator('.glossary-letter h3[id]').count()).toBeGreaterThan(30);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('search on every page', () => {
  const CASES = [
    { query: 'condoms', first: `/scenarios/${condoms.id}/` },
    { query: 'Germany', first: '/places/germany/' },
    { query: 'trafficking', first: '/glossary/#trafficking' },
    { query: 'Nordic', first: '/models/nordic/' },
  ];

  it('loads nothing of the search until the reader uses the box', async () => {
    const { page, requests } = await open(`/scenarios/${condoms.id}/`, { viewport: PHONE });
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.waitForTimeout(300);
    expect(requests.filter((url) => /search|minisearch/i.test(url))).toEqual([]);
    const before = new Set(requests);
    await searchFromMenu(page, 'condoms');
    const loaded = requests.filter((url) => !before.has(url));
    expect(loaded).toContain(`${baseUrl}/content/search-index.json`);
    expect(loaded.filter((url) => /\/assets\/search-panel-[\w-]+\.js$/.test(url))).toHaveLength(1);
    await page.context().close();
  });

  it.each(CASES)('finds "$query" with the right first result, from the phone menu', async ({ query, first }) => {
    const { page, problems } = await open('/', { viewport: PHONE });
    const result = await searchFromMenu(page, query);
    expect(result.href).toBe(first);
    expect(result.count).toMatch(/results/);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('goes to the exact place: one model’s outcome of a scenario, by keyboard', async () => {
    const { page } = await open('/', { viewport: DESKTOP });
    const box = page.getByRole('searchbox', { name: 'Search this guide' });
    await box.focus();
    await box.pressSequentially('police find condoms nordic');
    const first = page.locator('.site-search .search-results a').first();
    await expect.poll(() => first.getAttribute('href'), { timeout: 15_000 }).toBe(`/scenarios/${condoms.id}/nordic/`);
    await page.keyboard.press('ArrowDown');
    expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/scenarios/${condoms.id}/nordic/`);
    // The address changes first; the page follows once its code and content are in.
    await page.waitForFunction(() => document.documentElement.dataset.navigation === 'idle');
    expect(await page.locator('h1').textContent()).toBe(condoms.title);
    // The new page starts with an empty box and no results.
    expect(await box.inputValue()).toBe('');
    expect(await page.locator('.site-search .search-results').count()).toBe(0);
    await page.context().close();
  });

  it('Escape closes the results, then clears the box; Enter opens the search page', async () => {
    const { page } = await open('/models/', { viewport: DESKTOP });
    const box = page.getByRole('searchbox', { name: 'Search this guide' });
    await box.focus();
    await box.pressSequentially('Germany');
    const results = page.locator('.site-search .search-results');
    await results.waitFor({ timeout: 15_000 });
    await page.keyboard.press('Escape');
    expect(await results.count()).toBe(0);
    expect(await box.inputValue()).toBe('Germany');
    await page.keyboard.press('Escape');
    expect(await box.inputValue()).toBe('');
    await box.pressSequentially('Germany');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/search/?q=Germany`);
    const pageFirst = page.locator('main .search-results a').first();
    await expect.poll(() => pageFirst.getAttribute('href'), { timeout: 15_000 }).toBe('/places/germany/');
    await page.context().close();
  });

  it('works offline once it has been opened, and after a reload with the network off', async () => {
    const { page, problems } = await open('/', { viewport: PHONE, serviceWorkers: 'allow' });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    expect((await searchFromMenu(page, 'condoms')).href).toBe(CASES[0]!.first);
    await page.context().setOffline(true);
    for (const { query, first } of CASES) expect((await searchFromMenu(page, query)).href, query).toBe(first);

    await page.reload();
    await page.waitForFunction(() => document.querySelector('.menu-button') !== null);
    await page.waitForTimeout(500);
    for (const { query, first } of CASES)
      expect((await searchFromMenu(page, query)).href, `${query}, after reload`).toBe(first);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('the search page reads its query from the link, and keeps it in the link as the reader types', async () => {
    const { page } = await open('/search/?q=trafficking', { viewport: PHONE });
    const first = page.locator('main .search-results a').first();
    await expect.poll(() => first.getAttribute('href'), { timeout: 15_000 }).toBe('/glossary/#trafficking');
    const box = page.getByRole('searchbox', { name: 'Search the whole guide' });
    expect(await box.inputValue()).toBe('trafficking');
    await box.fill('Nordic');
    await expect.poll(() => page.url()).toBe(`${baseUrl}/search/?q=Nordic`);
    await expect.poll(() => first.getAttribute('href'), { timeout: 15_000 }).toBe('/models/nordic/');
    await page.context().close();
  });

  it('the search page is useful without JavaScript: it lists everything, to the exact place', async () => {
    const { page } = await open('/search/', { viewport: PHONE, javaScript: false });
    expect(await page.locator('h1').textContent()).toBe('Search');
    expect(await page.getByText('Searching needs JavaScript').isVisible()).toBe(true);
    expect(await page.getByRole('searchbox').isVisible()).toBe(false);
    const main = page.locator('main');
    for (const href of [
      `/scenarios/${condoms.id}/`,
      `/scenarios/${condoms.id}/nordic/`,
      '/models/nordic/#evidence',
      '/places/germany/',
      '/glossary/#trafficking',
      '/quiz/',
      '/sources/',
    ]) {
      expect(await main.locator(`a[href="${href}"]`).count(), href).toBeGreaterThanOrEqual(1);
    }
    await main.locator(`a[href="/scenarios/${condoms.id}/nordic/"]`).click();
    await page.waitForURL(`${baseUrl}/scenarios/${condoms.id}/nordic/`);
    await page.context().close();
  });

  it('fits a 320 px screen (400% zoom) with results shown, without sideways scrolling', async () => {
    const { page } = await open('/', { viewport: { width: 320, height: 640 } });
    await searchFromMenu(page, 'police');
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});

describe('axe with the menu open and with search results shown', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`phone (360 px), ${colorScheme}`, async () => {
      const { page } = await open('/', { viewport: PHONE, colorScheme });
      await page.getByRole('button', { name: 'Menu' }).click();
      expect(await axeViolations(page)).toEqual([]);
      await searchFromMenu(page, 'trafficking');
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    }, 120_000);

    it(`desktop (1280 px), ${colorScheme}`, async () => {
      const { page } = await open('/models/nordic/', { viewport: DESKTOP, colorScheme });
      const box = page.getByRole('searchbox', { name: 'Search this guide' });
      await box.click();
      await box.pressSequentially('condoms');
      await page.locator('.site-search .search-results a').first().waitFor({ timeout: 15_000 });
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    }, 120_000);

    it(`the search page with results and the glossary with a definition open, ${colorScheme}`, async () => {
      const { page } = await open('/search/?q=Germany', { viewport: PHONE, colorScheme });
      await page.locator('main .search-results a').first().waitFor({ timeout: 15_000 });
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${baseUrl}/models/nordic/`, { waitUntil: 'networkidle' });
      const word = page.locator('main a.term-link[role="button"]').first();
      await word.waitFor();
      await word.click();
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    }, 180_000);
  }
});
