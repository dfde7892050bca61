/**
 * The reliability review's findings (../shared/reviews/reliability-2026-12.md), each as it was
 * measured: the quick exit that nothing takes away and that leaves every window, framing,
 * storage that fails or is never asked for, long addresses, paths without their slash, zoom.
 * (Offline and updates: offline.e2e.ts; a thousand malformed addresses: url-fuzz.e2e.ts.)
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCustomDeck } from '../../src/content/custom-deck';
import { setupBrowser, waitForHydration } from './support/browser';
import { builtIndex } from './support/built-content';
import { builtDecks } from './support/built-decks';

const { open, baseUrl } = setupBrowser();
const dist = resolve(import.meta.dirname, '../..', process.env.OUT_DIR ?? 'dist');
const index = builtIndex();
const nordic = index.models.find((m) => m.id === 'nordic')!;
const NEUTRAL = 'https://www.bbc.com/weather';

async function stubNeutralSite(page: Page) {
  await page
    .context()
    .route(`${NEUTRAL}**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }),
    );
}
const pressShiftThrice = async (page: Page) => {
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
};
const heading = (page: Page) => page.locator('h1').first().textContent();

describe('the quick exit cannot be taken away (findings 1, 9, 13)', () => {
  it.each([
    `/models/nordic/#%`,
    '/glossary/#%ZZ',
    '/quiz/#%E0%A4%A',
    '/present/four-models-in-20-minutes/presenter/#%',
  ])('%s shows its page, with the exit button, and Shift three times leaves', async (path) => {
    const { page, problems } = await open(path);
    await stubNeutralSite(page);
    expect(await heading(page)).not.toBe('Something went wrong on this page');
    await expect.poll(() => page.locator('.quick-exit-button').count()).toBe(1);
    await pressShiftThrice(page);
    await page.waitForURL(NEUTRAL);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it.each(['/%0A', '/%0D%0A/', '/glossary/%0D%0A/', '//', '/.//', '/models/..//'])(
    '%s starts the app: a page, in the site frame, with a working exit',
    async (path) => {
      const { page, problems } = await open(path);
      await stubNeutralSite(page);
      await page.waitForFunction(() => document.documentElement.dataset.navigation === 'idle');
      expect(await heading(page)).toMatch(/We could not find that page|How the law shapes sex workers’ lives/);
      expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(1);
      await page.locator('.quick-exit-button').click();
      await page.waitForURL(NEUTRAL);
      expect(problems.filter((p) => !p.includes('status of 404'))).toEqual([]);
      await page.context().close();
    },
  );

  it('a deck link ending in %23%25 keeps working: its own links carry the deck encoded, and open the deck (finding 12)', async () => {
    const deck = encodeCustomDeck({
      title: 'My deck',
      items: [
        { kind: 'scenario', id: index.scenarios[0]!.id },
        { kind: 'model', id: 'nordic' },
      ],
    });
    const { page, problems } = await open(`/present/custom/?d=${deck}%23%25`);
    const present = page.getByRole('main').getByRole('link', { name: 'Present', exact: true }).first();
    const href = (await present.getAttribute('href'))!;
    expect(href).not.toContain('#');
    expect(new URL(href, baseUrl).searchParams.get('d')).toBe(`${deck}#%`);
    await present.click();
    await page.waitForURL(/\/present\/custom\/1\//);
    await page.waitForFunction(() => document.documentElement.dataset.navigation === 'idle');
    expect(await heading(page)).not.toBe('Something went wrong on this page');
    expect(await page.locator('.quick-exit-button').count()).toBe(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('leaving leaves (findings 2 and 3)', () => {
  const deck = builtDecks()[0]!;

  it('quick exit in the room’s window also takes the presenter window away, and the other way round', async () => {
    for (const exitFrom of ['audience', 'presenter'] as const) {
      const { page: audience, problems } = await open(`/present/${deck.id}/2/`);
      await stubNeutralSite(audience);
      const [presenter] = await Promise.all([
        audience.context().waitForEvent('page'),
        audience.getByRole('link', { name: 'Presenter view' }).click(),
      ]);
      await presenter.waitForLoadState();
      await waitForHydration(presenter);
      expect(await heading(presenter)).toContain('Presenter view');
      const [leaving, staying] = exitFrom === 'audience' ? [audience, presenter] : [presenter, audience];
      await pressShiftThrice(leaving);
      await leaving.waitForURL(NEUTRAL);
      await staying.waitForURL(NEUTRAL, { timeout: 10_000 });
      expect(problems).toEqual([]);
      await audience.context().close();
    }
  });

  it('with “leave no trail” on, in-site navigation adds no history, so Back after quick exit leaves the site', async () => {
    const { page } = await open('/quick-exit/');
    await stubNeutralSite(page);
    await page.getByRole('checkbox', { name: 'Leave no trail in this browser' }).check();
    await page.getByText(/^Leave no trail is on\./).waitFor();
    const entries = await page.evaluate(() => window.history.length);
    for (const link of ['The four models', 'Scenarios', 'Compare']) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link, exact: true }).click();
      await page.waitForFunction(() => document.documentElement.dataset.navigation === 'idle');
    }
    expect(page.url()).toBe(`${baseUrl}/compare/`);
    expect(await page.evaluate(() => window.history.length)).toBe(entries);
    await page.locator('.quick-exit-button').click();
    await page.waitForURL(NEUTRAL);
    await page.goBack();
    // The entry before the site: the tab's first, blank page.
    expect(page.url()).toBe('about:blank');
    await page.context().close();
  });

  it('without JavaScript, the quick exit page says honestly what Back will show', async () => {
    const { page } = await open('/quick-exit/', { javaScript: false });
    expect(await page.getByRole('heading', { name: 'If JavaScript is turned off' }).count()).toBe(1);
    expect(await page.locator('main').textContent()).toContain('Back returns to the very page you left');
    // And the switch that needs JavaScript is not offered where it cannot work.
    expect(await page.getByRole('checkbox', { name: 'Leave no trail in this browser' }).isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('framing by other sites (finding 18)', () => {
  let framer: Server;
  let framerUrl = '';
  beforeAll(async () => {
    framer = createServer((req, res) => {
      const src = new URL(req.url ?? '/', 'http://x.invalid').searchParams.get('src') ?? '/';
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end(
        `<!doctype html><title>Another site</title><h1>Another site</h1><iframe src="${baseUrl}${src}" width="800" height="600"></iframe>`,
      );
    });
    await new Promise<void>((done) => framer.listen(0, '127.0.0.1', done));
    framerUrl = `http://127.0.0.1:${(framer.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => framer.close(() => done())));

  const frameOf = async (page: Page) => {
    await page.waitForFunction(() => document.querySelector('iframe') !== null);
    return page.frames().find((f) => f !== page.mainFrame())!;
  };

  it('the project’s server refuses it for every page, and allows it for embeds', async () => {
    const { page } = await open('/');
    await page.goto(`${framerUrl}/?src=/models/nordic/`, { waitUntil: 'load' });
    const refused = await frameOf(page);
    expect(await refused.evaluate(() => document.querySelector('.quick-exit-button') !== null).catch(() => false)).toBe(
      false,
    );
    const scenario = index.scenarios[0]!;
    await page.goto(`${framerUrl}/?src=/embed/scenarios/${scenario.id}/`, { waitUntil: 'load' });
    const embed = await frameOf(page);
    await embed.waitForSelector('h1');
    expect(await embed.locator('h1').textContent()).toBe(scenario.title);
    await page.context().close();
  });

  it('on a host that sends no header, the page refuses itself and offers to open on its own', async () => {
    const { page } = await open('/');
    // A host without the headers: the same files, without X-Frame-Options or frame-ancestors.
    await page.context().route(`${baseUrl}/models/nordic/`, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['x-frame-options'];
      delete headers['content-security-policy'];
      await route.fulfill({ response, headers });
    });
    await page.goto(`${framerUrl}/?src=/models/nordic/`, { waitUntil: 'load' });
    const frame = await frameOf(page);
    await frame.waitForFunction(
      () => document.querySelector('h1')?.textContent === 'This page opens on its own',
      null,
      { timeout: 20_000 },
    );
    const link = frame.getByRole('link', { name: 'Open it in its own window' });
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('href')).toBe(`${baseUrl}/models/nordic/`);
    expect(await frame.locator('.quick-exit-button').count()).toBe(0);
    await page.context().close();
  });
});

describe('saving fails softly and waits to be asked (findings 8 and 16)', () => {
  it('with storage blocked, a quiz answer is still checked, and the page says it will not be kept', async () => {
    const { page, problems } = await open('/quiz/which-model-sweden/', {
      initScript: () => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      },
    });
    await page.locator('.answer-choices input, fieldset input[type="radio"]').first().check();
    await page.getByRole('button', { name: 'Check my answer' }).click();
    await page.getByRole('heading', { name: /^(Right\.|Not quite\.)$/ }).waitFor();
    await page.getByText(/your answers will be forgotten when you close this page/).waitFor();
    expect(await page.getByText(/^1 of \d+ answered/).count()).toBe(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('reading a step, moving around and leaving write nothing to local or session storage', async () => {
    const { page } = await open('/learn/');
    await page.getByRole('link', { name: 'Start the first step' }).click();
    await page.waitForFunction(
      () => document.documentElement.dataset.navigation === 'idle' && location.pathname !== '/learn/',
    );
    await page.mouse.wheel(0, 1500);
    await page.waitForTimeout(600);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary', exact: true }).click();
    await page.goBack();
    await page.reload();
    await waitForHydration(page);
    expect(await page.evaluate(() => [Object.keys(localStorage), Object.keys(sessionStorage)])).toEqual([[], []]);
    await page.context().close();
  });
});

describe('long addresses (finding 11) and paths without their slash (finding 14)', () => {
  it('a QR code for an address too long for any QR code says so, and the page carries on', async () => {
    const { page, problems } = await open(`/scenarios/${index.scenarios[0]!.id}/?x=${'a'.repeat(3200)}`);
    await page.getByRole('button', { name: 'QR code', exact: true }).click();
    await page.getByText('This link is too long for a QR code. Copy the link instead.').waitFor();
    expect(await heading(page)).toBe(index.scenarios[0]!.title);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the facilitator guide of an over-long deck opens', async () => {
    const items = Array.from({ length: 400 }, (_, i) => ({
      kind: 'scenario' as const,
      id: index.scenarios[i % index.scenarios.length]!.id,
    }));
    const deck = encodeCustomDeck({ title: 'A very long deck', items }).replace(/^v1\./, '');
    // encodeCustomDeck trims to 30 items; a link made by hand (or cut and pasted) need not be.
    const raw = `v1.${Buffer.from(['t:A very long deck', ...items.map((item) => `s:${item.id}`)].join('\n')).toString('base64url')}`;
    expect(raw.length).toBeGreaterThan(deck.length);
    const { page, problems } = await open(`/workshop/custom/?d=${raw}`);
    await page.waitForFunction(() => document.documentElement.dataset.navigation === 'idle');
    expect(await heading(page)).toBe('A very long deck');
    expect(await page.getByText(/A deck holds up to 30 parts/).count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it.each(['/models', `/scenarios/${index.scenarios[0]!.id}`, '/learn'])(
    '%s redirects to its page with the slash and hydrates without an error',
    async (path) => {
      const { page, problems } = await open(path);
      expect(page.url()).toBe(`${baseUrl}${path}/`);
      expect(problems).toEqual([]);
      await page.context().close();
    },
  );

  it('an address changed while the app starts renders the new page, not a hydration error', async () => {
    // The app starts after the first paint (decision 029), so a script may change the address
    // (history.pushState) while the page's code loads: the HTML is then for the page left behind.
    const manifest = JSON.parse(readFileSync(resolve(dist, '.vite/manifest.json'), 'utf8')) as Record<
      string,
      { file: string }
    >;
    const modelsCode = manifest['src/features/models/route.tsx']!.file;
    const { page } = await open('/');
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    let release: () => void = () => {};
    const held = new Promise<void>((done) => (release = done));
    let asked: () => void = () => {};
    const wasAsked = new Promise<void>((done) => (asked = done));
    await page.route(`${baseUrl}/${modelsCode}`, async (route) => {
      asked();
      await held;
      await route.continue();
    });
    await page.goto(`${baseUrl}/models/`, { waitUntil: 'commit' });
    // The app has started and matched /models/, and waits for that page's code.
    await wasAsked;
    expect(await heading(page)).toBe('The four legal models');
    await page.evaluate(() => window.history.pushState(null, '', '/compare/'));
    release();
    await waitForHydration(page);
    // The page in the HTML hydrates, and the app then goes on to the address it was moved to.
    await expect.poll(() => heading(page)).toBe('Compare the models');
    await page.waitForFunction(() => document.documentElement.dataset.navigation === 'idle');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('on a host that serves /models without redirecting, the page takes its own address and hydrates without an error', async () => {
    const html = readFileSync(resolve(dist, 'models/index.html'), 'utf8');
    const { page } = await open('/');
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await page.route(`${baseUrl}/models`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: html }),
    );
    await page.goto(`${baseUrl}/models`);
    await waitForHydration(page);
    expect(page.url()).toBe(`${baseUrl}/models/`);
    expect(await heading(page)).toBe('The four legal models');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('400% zoom (finding 20)', () => {
  it('the focused skip link does not cover the exit button', async () => {
    const { page } = await open(`/models/${nordic.id}/`, { viewport: { width: 320, height: 256 } });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    const [skip, exit] = await Promise.all([
      page.locator('.skip-link').boundingBox(),
      page.locator('.quick-exit-button').boundingBox(),
    ]);
    const overlaps =
      skip!.x < exit!.x + exit!.width &&
      exit!.x < skip!.x + skip!.width &&
      skip!.y < exit!.y + exit!.height &&
      exit!.y < skip!.y + skip!.height;
    expect(overlaps).toBe(false);
    // And the exit is still reachable next, and on screen.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('quick-exit-button');
    await page.context().close();
  });
});
