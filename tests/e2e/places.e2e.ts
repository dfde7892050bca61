/**
 * Places in Chromium: the map and its key, the table by keyboard with its state in the URL,
 * a place's page by deep link, and the table with the map's code never loaded.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupBrowser } from './support/browser';
import { builtHtml, builtIndex, builtJurisdictions } from './support/built-content';

const { open, baseUrl } = setupBrowser();
const models = builtIndex().models;
const places = builtJurisdictions().jurisdictions;
const hybrid = places.find((p) => p.fit === 'hybrid')!;
const nordic = models.find((m) => m.id === 'nordic')!;
const SITE = 'Sex work and the law';
const MAP_CHUNK = /\/assets\/world-map-[^/]*\.js$/;

const rowNames = (page: Page) => page.locator('.places-table tbody th[scope="row"] a').allTextContents();
// The year cell also holds its column's name, shown only where the table is stacked into cards.
const years = async (page: Page) =>
  (await page.locator('.places-table tbody td:nth-child(4) > :not(.stack-label)').allTextContents()).map((text) =>
    /^\d{4}$/.test(text) ? Number(text) : undefined,
  );

async function tabTo(page: Page, label: string, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press(key);
    const name = await page.evaluate(
      () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim(),
    );
    if (name === label) return;
  }
  throw new Error(`Could not reach "${label}" by ${key}`);
}

describe('the places page', () => {
  it('draws the map with its key, each coloured country linking to its page', async () => {
    const { page, problems, requests } = await open('/places/');
    const countries = page.locator('svg.world-map path');
    await expect.poll(() => countries.count()).toBeGreaterThan(150);
    const coded = new Set(places.flatMap((p) => p.isoNumeric ?? []));
    expect(await page.locator('svg.world-map a path.map-fill').count()).toBe(coded.size);
    expect(await page.locator('svg.world-map path.no-data').count()).toBeGreaterThan(0);
    const key = page.getByRole('list', { name: 'Key to the map' });
    for (const m of models) expect(await key.getByText(m.name, { exact: true }).count()).toBe(1);
    expect(await key.getByText('No data', { exact: true }).count()).toBe(1);
    expect(requests.some((url) => MAP_CHUNK.test(new URL(url).pathname))).toBe(true);

    const link = page.locator('svg.world-map a').first();
    const href = await link.getAttribute('href');
    await link.dispatchEvent('click');
    await page.waitForURL(`${baseUrl}${href}`);
    const place = places.find((p) => href?.endsWith(`/places/${p.id}/`))!;
    await expect.poll(() => page.locator('h1').textContent()).toBe(place.name);
    expect(problems, problems.join('\n')).toEqual([]);
    expect(requests.every((url) => url.startsWith(baseUrl))).toBe(true);
    await page.context().close();
  });

  it('sorts and filters the table by keyboard, and the URL reopens the same view', async () => {
    const { page, problems } = await open('/places/');
    expect((await rowNames(page)).length).toBe(places.length);
    await tabTo(page, 'Sort by In force since');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/places/?sort=year`);
    await page.locator('th[aria-sort="ascending"]', { hasText: 'In force since' }).waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/places/?sort=year&order=desc`);
    const known = async () => (await years(page)).filter((y) => y !== undefined);
    await expect
      .poll(async () => {
        const shown = await known();
        return shown.length > 1 && shown.every((y, i) => i === 0 || y <= shown[i - 1]!);
      })
      .toBe(true);

    await tabTo(page, nordic.name, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/places/?model=nordic&sort=year&order=desc`);
    const nordicNames = places.filter((p) => p.model === 'nordic').map((p) => p.name);
    await expect.poll(async () => (await rowNames(page)).sort()).toEqual([...nordicNames].sort());
    const shown = await rowNames(page);
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toContain('In force since');

    const reopened = await open('/places/?model=nordic&sort=year&order=desc');
    await expect.poll(() => rowNames(reopened.page)).toEqual(shown);
    expect([...problems, ...reopened.problems]).toEqual([]);
    await page.context().close();
    await reopened.page.context().close();
  });

  it('works with the map’s code never loaded: the table still sorts and filters', async () => {
    const { page, problems, requests } = await open('/places/', { block: MAP_CHUNK });
    await page.getByText('The map could not be loaded. The table below lists every place.').waitFor();
    expect(requests.some((url) => MAP_CHUNK.test(new URL(url).pathname))).toBe(true);
    expect((await rowNames(page)).length).toBe(places.length);
    await page.getByRole('button', { name: 'Sort by Model' }).press('Enter');
    await page.waitForURL(`${baseUrl}/places/?sort=model`);
    await page
      .getByRole('navigation', { name: 'Show places by model' })
      .getByRole('link', { name: nordic.name })
      .press('Enter');
    await page.waitForURL(`${baseUrl}/places/?model=nordic&sort=model`);
    await expect
      .poll(async () => (await rowNames(page)).length)
      .toBe(places.filter((p) => p.model === 'nordic').length);
    // The only error is the browser reporting the blocked download itself.
    expect(problems.filter((p) => !p.includes('ERR_BLOCKED_BY_CLIENT'))).toEqual([]);
    await page.context().close();
  });

  it('is prerendered with every place in the table, and without the map’s code', () => {
    const html = builtHtml('/places/');
    for (const p of places) expect(html, p.name).toContain(`/places/${p.id}/"`);
    expect(html).toContain('The map appears when JavaScript runs.');
    expect(html).not.toMatch(/world-map-/);
  });
});

describe('a place’s page', () => {
  it('opens by deep link with its title, says it is a hybrid, and loads no map code', async () => {
    const { page, problems, requests } = await open(`/places/${hybrid.id}/`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(hybrid.name);
    expect(await page.title()).toBe(`${hybrid.name} · ${SITE}`);
    expect(await page.getByText('Hybrid:', { exact: true }).count()).toBe(1);
    expect(
      await page
        .getByRole('link', { name: `About this model: ${models.find((m) => m.id === hybrid.model)!.name}` })
        .count(),
    ).toBe(1);
    expect(requests.some((url) => MAP_CHUNK.test(new URL(url).pathname))).toBe(false);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
