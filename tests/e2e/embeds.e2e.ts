/**
 * Embeds as another organisation would use them: the code copied from the share controls,
 * pasted into a page on another origin (a second 127.0.0.1 server) 760 px wide. The frame keeps
 * the view (model in focus, comparison filters), fits its height to its content with no scroll
 * bar of its own, credits its sources and licence, and opens the full view in the top window.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupBrowser } from './support/browser';
import { builtIndex } from './support/built-content';

const { open, baseUrl } = setupBrowser();
const index = builtIndex();
const scenario = index.scenarios.find((s) => s.contentNote) ?? index.scenarios[0]!;
const name = (id: string) => index.models.find((m) => m.id === id)!.name;
const HOST_WIDTH = 760;

// The host page a test puts up, served from another origin than the site's.
let hostHtml = '';
let host: Server;
let hostUrl = '';
beforeAll(async () => {
  host = createServer((_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(hostHtml);
  });
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((done) => host.close(() => done())));

/** The embed code from a view's share controls, as a reader would copy it. */
async function copiedSnippet(path: string): Promise<string> {
  const { page, problems } = await open(path);
  await page.getByRole('button', { name: 'Embed' }).click();
  const snippet = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
  expect(problems).toEqual([]);
  await page.context().close();
  return snippet;
}

/** Opens a host page holding `snippet` in a 760-pixel column; returns the page and the embed's frame. */
async function hostPage(snippet: string): Promise<{ page: Page; frame: Frame; requests: string[] }> {
  hostHtml = `<!doctype html><html lang="en"><head><title>A blog post</title></head><body style="margin:0"><main style="width:${HOST_WIDTH}px"><h1>Our post</h1>${snippet}<p>After the embed.</p></main></body></html>`;
  const { page, requests } = await open('/', { viewport: { width: HOST_WIDTH, height: 900 } });
  requests.length = 0;
  await page.goto(hostUrl, { waitUntil: 'networkidle' });
  const frame = page.frames().find((f) => f.url().startsWith(`${baseUrl}/embed/`));
  if (!frame)
    throw new Error(
      `no embed frame in ${page
        .frames()
        .map((f) => f.url())
        .join(', ')}`,
    );
  await frame.waitForFunction(() => document.documentElement.hasAttribute('data-page-hydrated'));
  return { page, frame, requests };
}

const frameHeight = (page: Page) =>
  page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height);
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
const innerScroll = (frame: Frame) => frame.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);

describe('an embedded scenario with a model in focus', () => {
  let snippet = '';
  beforeAll(async () => {
    snippet = await copiedSnippet(`/scenarios/${scenario.id}/nordic/`);
  });

  it('the code keeps the model in focus', () => {
    expect(/src="([^"]+)"/.exec(snippet)![1]).toBe(`${baseUrl}/embed/scenarios/${scenario.id}/nordic/`);
  });

  it('reproduces the view: the model in focus first and marked, each outcome with its sources, and the licence', async () => {
    const { page, frame } = await hostPage(snippet);
    const headings = await frame.locator('.embed-outcomes h2').allTextContents();
    expect(headings).toHaveLength(4);
    expect(headings[0]).toBe(`${name('nordic')}In focus`);
    expect(await frame.locator('.embed-outcomes .embed-sources').count()).toBe(4);
    expect(await frame.locator('.embed-sources').first().textContent()).toMatch(/^Sources: .+ \d{4}/);
    expect(await frame.locator('.embed-credit').textContent()).toContain('CC BY 4.0');
    const full = frame.getByRole('link', { name: 'Open the full view' });
    expect(await full.getAttribute('target')).toBe('_top');
    expect(await full.getAttribute('href')).toBe(`/scenarios/${scenario.id}/nordic/`);
    await page.context().close();
  });

  it(`in a ${HOST_WIDTH}-pixel column, grows to show all four models with no scroll bar of its own`, async () => {
    // A host that wrote a small height: the frame's messages still size it to its content.
    const { page, frame, requests } = await hostPage(snippet.replace(/height="\d+"/, 'height="300"'));
    await expect.poll(() => frameHeight(page), { timeout: 10_000 }).toBeGreaterThan(300);
    await expect
      .poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))))
      .toBeLessThanOrEqual(1);
    expect(await innerScroll(frame)).toBeLessThanOrEqual(0);
    const bottoms = await frame
      .locator('.embed-outcomes li')
      .evaluateAll((items) => items.map((li) => li.getBoundingClientRect().bottom));
    const height = await frameHeight(page);
    expect(bottoms).toHaveLength(4);
    for (const bottom of bottoms) expect(bottom).toBeLessThanOrEqual(height);
    // Nothing but the host page and the site: no other host, fonts included.
    expect(requests.filter((url) => !url.startsWith(baseUrl) && !url.startsWith(hostUrl))).toEqual([]);
    await page.context().close();
  });

  it('without the script, keeps a default height that already fits the card at that width', async () => {
    const { page, frame } = await hostPage(snippet.replace(/<script>[\s\S]*<\/script>/, ''));
    const written = Number(/height="(\d+)"/.exec(snippet)![1]);
    expect(await frameHeight(page)).toBe(written);
    expect(await innerScroll(frame)).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('opens the full view in the top window, not inside the frame', async () => {
    const { page, frame } = await hostPage(snippet);
    await frame.getByRole('link', { name: 'Open the full view' }).click();
    await page.waitForURL(`${baseUrl}/scenarios/${scenario.id}/nordic/`);
    // Other links in the frame (a source) go to the top window too.
    const again = await hostPage(snippet);
    await again.frame.locator('.embed-sources a').first().click();
    await again.page.waitForURL(new RegExp(`^${baseUrl}/sources/[^/]+/[^/]+/$`));
    await page.context().close();
    await again.page.context().close();
  });
});

describe('an embedded comparison with filters', () => {
  const police = index.scenarios.filter((s) => s.topics.includes('police'));
  let snippet = '';
  beforeAll(async () => {
    snippet = await copiedSnippet('/compare/police/police/?models=nordic,decriminalisation');
  });

  it('the code keeps the dimension, topic and models', () => {
    expect(/src="([^"]+)"/.exec(snippet)![1]).toBe(
      `${baseUrl}/embed/compare/?dimension=police&amp;topic=police&amp;models=nordic,decriminalisation`,
    );
  });

  it('reproduces the view, says where its ratings come from, fits its height, and links to the same view in full', async () => {
    const { page, frame } = await hostPage(snippet);
    // At this width the table is a card per scenario (as on a phone), each naming its models.
    await expect.poll(() => frame.locator('table tbody tr').count()).toBe(police.length);
    expect(await frame.locator('table tbody tr').first().locator('.stack-label').allTextContents()).toEqual([
      name('nordic'),
      name('decriminalisation'),
    ]);
    expect(await frame.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Reporting to police under each model: scenarios about police',
    );
    expect(await frame.locator('.embed-sources').textContent()).toContain('sources cited on the scenario’s page');
    expect(await frame.locator('.embed-credit').textContent()).toContain('CC BY 4.0');
    expect(await frame.getByRole('link', { name: 'Open the full view' }).getAttribute('href')).toBe(
      '/compare/police/police/?models=nordic,decriminalisation',
    );
    await expect
      .poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))))
      .toBeLessThanOrEqual(1);
    expect(await innerScroll(frame)).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('without the script, keeps a default height that fits the table at that width', async () => {
    const { page, frame } = await hostPage(snippet.replace(/<script>[\s\S]*<\/script>/, ''));
    await expect.poll(() => frame.locator('table tbody tr').count()).toBe(police.length);
    expect(await innerScroll(frame)).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});
