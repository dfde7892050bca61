/**
 * Downloads, as a reader gets them (Playwright's download event): pictures of a scenario, a
 * model in focus and a comparison at the sizes offered (PNG) and as SVG; the comparison and the
 * places table as CSV; the whole content library as JSON. Each carries its title, link, date and
 * licence line, and all are made on the device: nothing is fetched from another host. And the
 * share sheet, where a phone has one.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readPngText } from '../../src/components/share/images/png-text';
import { setupBrowser } from './support/browser';
import { builtIndex } from './support/built-content';

const { open, baseUrl } = setupBrowser();
const index = builtIndex();
const scenario = index.scenarios.find((s) => s.contentNote) ?? index.scenarios[0]!;
const name = (id: string) => index.models.find((m) => m.id === id)!.name;
const LICENCE = 'CC BY 4.0';
const TODAY = /\d{4}-\d{2}-\d{2}/;

/** Chooses a download in the view's Download panel; returns the file's name and bytes. */
async function download(page: Page, label: string | RegExp): Promise<{ name: string; bytes: Buffer }> {
  const panel = page.getByRole('button', { name: 'Download', exact: true });
  if ((await panel.getAttribute('aria-expanded')) !== 'true') await panel.click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
  await expect
    .poll(() =>
      page
        .getByRole('status')
        .filter({ hasText: /^Downloaded / })
        .count(),
    )
    .toBe(1);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

const pngSize = (bytes: Buffer) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];

/** The cells of one CSV line (quoted cells may hold commas and doubled quotes). */
const cells = (line: string) =>
  [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((m) => (m[1] ?? m[2] ?? '').replace(/""/g, '"'));

describe('pictures', () => {
  it('a scenario with a model in focus, as PNG for slides, social posts and square, each with its title, link, date and licence', async () => {
    const { page, requests, problems } = await open(`/scenarios/${scenario.id}/nordic/`);
    const expected = [
      [/^Picture for slides/, `${scenario.id}-nordic-1920x1080.png`, [1920, 1080]],
      [/^Picture for social posts/, `${scenario.id}-nordic-1200x630.png`, [1200, 630]],
      [/^Square picture/, `${scenario.id}-nordic-1080x1080.png`, [1080, 1080]],
    ] as const;
    for (const [label, fileName, size] of expected) {
      const file = await download(page, label);
      expect(file.name).toBe(fileName);
      expect(pngSize(file.bytes)).toEqual(size);
      const text = readPngText(new Uint8Array(file.bytes));
      expect(text.Title).toBe(`${scenario.title} (${name('nordic')})`);
      expect(text.Source).toBe(`${baseUrl}/scenarios/${scenario.id}/nordic/`);
      expect(text.Copyright).toContain(LICENCE);
      expect(text['Creation Time']).toMatch(TODAY);
    }
    expect(requests.filter((url) => !url.startsWith(baseUrl))).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a scenario card as SVG, its words as text: title, headlines, link, dates and licence line', async () => {
    const { page } = await open(`/scenarios/${scenario.id}/`);
    const file = await download(page, /^Picture you can edit/);
    expect(file.name).toBe(`${scenario.id}.svg`);
    const svg = file.bytes.toString('utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1920" height="1080"/);
    const words = svg
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"');
    expect(words).toContain(scenario.headlines.decriminalisation);
    expect(words).toContain(`${baseUrl}/scenarios/${scenario.id}/`);
    expect(words).toMatch(/Last reviewed \d{4}-\d{2}-\d{2} · Downloaded \d{4}-\d{2}-\d{2}/);
    expect(words).toContain('Licence: CC BY 4.0. Credit “Sex work and the law” and link to this page.');
    await page.context().close();
  });

  it('a comparison as a social-post PNG, named after its view', async () => {
    const { page } = await open('/compare/health/migration/?models=nordic,decriminalisation');
    const file = await download(page, /^Picture for social posts/);
    expect(file.name).toBe('compare-health-migration-nordic-decriminalisation-1200x630.png');
    expect(pngSize(file.bytes)).toEqual([1200, 630]);
    expect(readPngText(new Uint8Array(file.bytes)).Source).toBe(
      `${baseUrl}/compare/health/migration/?models=nordic,decriminalisation`,
    );
    await page.context().close();
  });
});

describe('tables as CSV', () => {
  it('the comparison: the header row first, a row per scenario shown, then title, link, date and licence', async () => {
    const { page } = await open('/compare/police/?models=nordic,decriminalisation');
    const file = await download(page, /^The table as data/);
    expect(file.name).toBe('compare-police-nordic-decriminalisation.csv');
    const text = file.bytes.toString('utf8');
    // A byte-order mark, so spreadsheets read the curly quotes; then the header row.
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    const columns = (model: string) => `${model},${model}: rests on,${model}: evidence`;
    expect(lines[0]).toBe(
      `Scenario ID,Scenario,Dimension,${columns(name('nordic'))},${columns(name('decriminalisation'))}`,
    );
    const rows = lines.slice(1, lines.indexOf(''));
    expect(rows).toHaveLength(index.scenarios.length);
    // Each model: its rating, what the rating rests on, how strong its evidence is (decision 020).
    const cell =
      '(?:(?:Better|Mixed|Worse),(?:On paper|Observed),(?:Strong|Moderate|Limited|Contested) evidence|Not rated,,)';
    for (const row of rows) expect(row).toMatch(new RegExp(`,Reporting to police,${cell},${cell}$`));
    const notes = lines.slice(lines.indexOf('') + 1).join('\n');
    expect(notes).toContain('# Title: Reporting to police under each model');
    expect(notes).toContain(`# Link: ${baseUrl}/compare/police/?models=nordic,decriminalisation`);
    expect(notes).toMatch(/# Date: Downloaded \d{4}-\d{2}-\d{2}/);
    expect(notes).toContain(`licensed under ${LICENCE}`);
    await page.context().close();
  });

  it('the places table, with the rows the filter shows', async () => {
    const { page } = await open('/places/?model=decriminalisation');
    const file = await download(page, /^The table as data/);
    expect(file.name).toBe('places-decriminalisation.csv');
    const lines = file.bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('ID,Place,Kind of place,Part of,Model,Fit,In force since,Selling,Buying,Third parties');
    const rows = lines.slice(1, lines.indexOf(''));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(cells(row)[4]).toBe(name('decriminalisation'));
    expect(lines.join('\n')).toContain(LICENCE);
    await page.context().close();
  });
});

describe('the whole content library', () => {
  it('downloads from the reuse page as one versioned JSON file, only when asked', async () => {
    const { page, requests } = await open('/reuse/');
    expect(requests.filter((url) => url.includes('/downloads/'))).toEqual([]);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'The content library (JSON)' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('content-library.v1.json');
    const library = JSON.parse(readFileSync((await file.path())!, 'utf8')) as {
      version: number;
      licence: { name: string };
      collections: { scenarios: Record<string, unknown> };
    };
    expect(library.version).toBe(1);
    expect(library.licence.name).toBe(LICENCE);
    expect(Object.keys(library.collections.scenarios)).toHaveLength(index.scenarios.length);
    const schema = (await (await fetch(`${baseUrl}/downloads/content-library.v1.schema.json`)).json()) as {
      $schema: string;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    await page.context().close();
  });
});

describe('sharing from a phone', () => {
  it('where the browser has a share sheet, the first button opens it with the view’s title and link', async () => {
    const { page, problems } = await open(`/scenarios/${scenario.id}/nordic/`, {
      viewport: { width: 360, height: 740 },
      // A phone's share sheet, as the page sees it: records what it was given.
      initScript: () => {
        const shared: unknown[] = [];
        Object.defineProperty(window, 'sharedForTest', { value: shared });
        Object.defineProperty(navigator, 'share', { value: async (data: unknown) => void shared.push(data) });
      },
    });
    const button = page.getByRole('button', { name: 'Share…' });
    // Near the title: on the first screen of a phone, before the card.
    const box = (await button.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    await button.click();
    expect(await page.evaluate(() => (window as unknown as { sharedForTest: unknown[] }).sharedForTest)).toEqual([
      { title: scenario.title, url: `${baseUrl}/scenarios/${scenario.id}/nordic/` },
    ]);
    expect(await page.getByRole('button', { name: 'Copy link' }).count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
