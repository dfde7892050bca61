/**
 * The built, prerendered site in headless Chromium: every kind of route opened cold by deep
 * link, client-side navigation, shareable URL state, and no console errors anywhere.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupByKind, kindLabel, pagesInSiteOrder } from '../../scripts/bench/route-kinds';
import { openContentNote, setupBrowser } from './support/browser';
import type { AppData } from '../../src/app/app-data';
import { builtIndex, builtScenario } from './support/built-content';
import { builtDecks } from './support/built-decks';

const { open, baseUrl } = setupBrowser();
const index = builtIndex();
const scenario = index.scenarios[0]!;
const nordic = index.models.find((m) => m.id === 'nordic')!;
const legalisation = index.models.find((m) => m.id === 'legalisation')!;
const SITE = 'Sex work and the law';

const routes: { path: string; heading: string | RegExp; title: string | RegExp }[] = [
  { path: '/', heading: 'How the law shapes sex workers’ lives', title: SITE },
  { path: '/models/', heading: 'The four legal models', title: `The four legal models · ${SITE}` },
  { path: `/models/nordic/`, heading: nordic.name, title: `${nordic.name} · ${SITE}` },
  { path: '/scenarios/', heading: 'Scenarios', title: `Scenarios · ${SITE}` },
  { path: `/scenarios/${scenario.id}/`, heading: scenario.title, title: `${scenario.title} · ${SITE}` },
  {
    path: `/scenarios/${scenario.id}/nordic/`,
    heading: scenario.title,
    title: `${scenario.title} (${nordic.name}) · ${SITE}`,
  },
  { path: '/compare/', heading: 'Compare the models', title: `Compare the models · ${SITE}` },
  { path: '/compare/police/', heading: 'Compare the models', title: `Reporting to police under each model · ${SITE}` },
  // A link from before views had paths still opens its view (and moves to its address).
  {
    path: '/compare/?dimension=police',
    heading: 'Compare the models',
    title: `Reporting to police under each model · ${SITE}`,
  },
  { path: '/myths/', heading: 'Myths and evidence', title: `Myths and evidence · ${SITE}` },
  { path: '/what-you-can-do/', heading: 'What you can do', title: `What you can do · ${SITE}` },
  { path: '/sources/', heading: 'Sources', title: `Sources · ${SITE}` },
  { path: '/glossary/', heading: 'Glossary', title: `Glossary · ${SITE}` },
];

describe('every kind of route, opened cold by deep link', () => {
  it.each(routes)(
    '$path shows its heading and title, hydrates, and logs no errors',
    async ({ path, heading, title }) => {
      const { page, problems, requests } = await open(path);
      await expect.poll(() => page.locator('h1').textContent()).toEqual(heading);
      await expect.poll(() => page.title()).toEqual(title);
      // Hydrated pages navigate on the client: a marker set on window survives a link click.
      await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
      await page.getByRole('link', { name: SITE }).click();
      await page.waitForURL(`${baseUrl}/`);
      expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
      expect(problems, problems.join('\n')).toEqual([]);
      expect(requests.every((url) => url.startsWith(baseUrl))).toBe(true);
      await page.context().close();
    },
  );
});

describe('hydration', () => {
  it('a page that fits in the first round trip uses the data in it and fetches no content on load', async () => {
    const { page, requests } = await open('/');
    expect(await page.locator('link[rel="preload"][as="fetch"]').count()).toBe(0);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.includes('/content/'))).toEqual([]);
    await page.context().close();
  });

  // A page carries only the queries its render and metadata read (src/app/track-reads.ts); if
  // it left out one the browser needs, hydration would fetch it (or fail). The only content a
  // page may fetch on load is what its head preloads (a file too big to carry within the first
  // round trip, scripts/lib/page-data.ts), and each such file once.
  const kinds = groupByKind(pagesInSiteOrder(resolve(import.meta.dirname, '../..', process.env.OUT_DIR ?? 'dist')));
  it.each([...kinds].map(([kind, pagePaths]) => ({ label: kindLabel(kind), path: pagePaths[0]! })))(
    '$label ($path) hydrates from its own data and its preloads: nothing else fetched, no errors',
    async ({ path }) => {
      const { page, requests, problems } = await open(path);
      await page.waitForLoadState('networkidle');
      const preloaded = await page.$$eval('link[rel="preload"][as="fetch"]', (links) =>
        links.map((l) => (l as HTMLLinkElement).href),
      );
      expect(requests.filter((url) => url.includes('/content/')).sort()).toEqual(preloaded.sort());
      expect(problems).toEqual([]);
      await page.context().close();
    },
  );

  it('a slide page preloads its deck instead of carrying it, and presents from it', async () => {
    const deck = [...builtDecks()].sort((a, b) => b.slideCount - a.slideCount)[0]!;
    const { page, requests, problems } = await open(`/present/${deck.id}/2/`);
    const deckFile = `decks/${deck.id}.json`;
    const preloaded = await page.$$eval('link[rel="preload"][as="fetch"]', (links) =>
      links.map((l) => (l as HTMLLinkElement).href),
    );
    expect(preloaded).toContain(`${baseUrl}/content/${deckFile}`);
    const carried = JSON.parse(await page.$eval('#app-data', (el) => el.textContent ?? '{}')) as AppData;
    expect(carried.queryState.queries.map((q) => q.queryKey[1])).not.toContain(deckFile);
    expect(carried.external).toContain(deckFile);
    await page.waitForLoadState('networkidle');
    // Hydrated: the keys move through the deck.
    await page.keyboard.press('End');
    await page.waitForURL(`${baseUrl}/present/${deck.id}/${deck.slideCount}/`);
    expect(requests.filter((url) => url.includes('/content/decks/'))).toHaveLength(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('navigation and shareable views', () => {
  it('goes from home to a model and a scenario, updating the title', async () => {
    const { page, problems } = await open('/');
    await page.getByRole('main').getByRole('link', { name: nordic.name }).click();
    await page.waitForURL(`${baseUrl}/models/nordic/`);
    await expect.poll(() => page.title()).toBe(`${nordic.name} · ${SITE}`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scenarios' }).click();
    await page.getByRole('link', { name: scenario.title, exact: true }).click();
    await page.waitForURL(`${baseUrl}/scenarios/${scenario.id}/`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(scenario.title);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('puts the model in focus in the URL, and the URL reopens that view', async () => {
    const { page, problems } = await open(`/scenarios/${scenario.id}/`);
    await openContentNote(page);
    const focusNav = page.getByRole('navigation', { name: 'Model in focus' });
    await focusNav.getByRole('link', { name: nordic.name }).click();
    await page.waitForURL(`${baseUrl}/scenarios/${scenario.id}/nordic/`);
    const reopened = await open(`/scenarios/${scenario.id}/nordic/`);
    await openContentNote(reopened.page);
    const current = reopened.page.getByRole('navigation', { name: 'Model in focus' }).locator('[aria-current="page"]');
    expect(await current.textContent()).toBe(nordic.name);
    expect(await reopened.page.locator('.outcome-item.is-focus').textContent()).toContain(nordic.name);
    expect([...problems, ...reopened.problems]).toEqual([]);
    await page.context().close();
    await reopened.page.context().close();
  });

  it('keeps comparison filters in the URL and restores them from a copied link', async () => {
    const { page, problems } = await open('/compare/');
    await page.getByRole('combobox', { name: /^Dimension/ }).selectOption('police');
    await page.waitForURL(`${baseUrl}/compare/police/`);
    await page.getByRole('checkbox', { name: legalisation.name }).uncheck();
    await page.waitForURL(/models=/);
    const copied = page.url();
    const reopened = await open(copied.slice(baseUrl.length));
    expect(await reopened.page.getByRole('combobox', { name: /^Dimension/ }).inputValue()).toBe('police');
    expect(await reopened.page.getByRole('checkbox', { name: legalisation.name }).isChecked()).toBe(false);
    expect(await reopened.page.getByRole('table').getByRole('columnheader').allTextContents()).not.toContain(
      legalisation.name,
    );
    expect([...problems, ...reopened.problems]).toEqual([]);
    await page.context().close();
    await reopened.page.context().close();
  });
});

describe('without JavaScript', () => {
  it('a prerendered scenario page reads in full', async () => {
    const { page } = await open(`/scenarios/${scenario.id}/`, { javaScript: false });
    const text = await page.locator('main').textContent();
    const { scenario: full } = builtScenario(scenario.id);
    for (const model of index.models) {
      expect(text).toContain(model.name);
      expect(text).toContain(full.outcomes[model.id].headline);
    }
    expect(await page.title()).toBe(`${scenario.title} · ${SITE}`);
    await page.context().close();
  });
});

describe('unknown links', () => {
  it.each(['/scenarios/no-such-scenario/', '/models/nope/', '/a/b/c/d'])(
    '%s lands on a helpful not-found page',
    async (path) => {
      const { page, problems } = await open(path);
      expect(await page.locator('h1').textContent()).toBe('We could not find that page');
      await page.getByRole('main').getByRole('link', { name: 'The four models' }).click();
      await page.waitForURL(`${baseUrl}/models/`);
      // The only error allowed is the browser's own note of the 404 status of the document.
      expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
      await page.context().close();
    },
  );
});
