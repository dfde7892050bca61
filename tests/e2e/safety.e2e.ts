/** Quick exit, privacy (no other hosts), content notes and reduced motion, in Chromium. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cspHash } from '../../scripts/lib/critical-css';
import { setupBrowser } from './support/browser';
import { builtIndex } from './support/built-content';

const { open, baseUrl } = setupBrowser();
const index = builtIndex();
const NEUTRAL = 'https://www.bbc.com/weather';
const violent = index.scenarios.find((s) => s.contentNote)!;

/** The neutral site is not reachable here; answer for it so the navigation completes. */
async function stubNeutralSite(page: Page) {
  await page
    .context()
    .route(`${NEUTRAL}**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }),
    );
}

describe('quick exit', () => {
  it('the button replaces the page, so Back does not return to what was being read', async () => {
    const { page, problems } = await open('/');
    await stubNeutralSite(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scenarios' }).click();
    await page.waitForURL(`${baseUrl}/scenarios/`);
    await page.getByRole('link', { name: /Exit this page/ }).click();
    await page.waitForURL(NEUTRAL);
    await page.goBack();
    await page.waitForLoadState();
    // The scenarios page's history entry is gone: Back skips to the page before it.
    expect(page.url()).toBe(`${baseUrl}/`);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('is reachable early in the tab order', async () => {
    const { page } = await open(`/scenarios/${violent.id}/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Exit this page');
    await page.context().close();
  });

  it('pressing Shift three times leaves at once, replacing the page', async () => {
    const { page } = await open('/');
    await stubNeutralSite(page);
    await page.getByRole('main').getByRole('link', { name: index.models[0]!.name, exact: true }).first().click();
    await page.waitForURL(`${baseUrl}/models/${index.models[0]!.id}/`);
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
    await page.waitForURL(NEUTRAL);
    await page.goBack();
    await page.waitForLoadState();
    expect(page.url()).toBe(`${baseUrl}/`);
    await page.context().close();
  });
});

describe('privacy', () => {
  it('a tour of every kind of route requests nothing from any other host', async () => {
    const paths = [
      '/',
      '/models/',
      `/models/nordic/`,
      '/scenarios/',
      `/scenarios/${violent.id}/legalisation/`,
      '/compare/',
      '/myths/',
      '/what-you-can-do/',
      '/sources/',
      '/glossary/',
      '/privacy/',
      '/quick-exit/',
      '/no-such-page/',
    ];
    const { page, requests } = await open(paths[0]!);
    for (const path of paths.slice(1)) {
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
    }
    expect(requests.length).toBeGreaterThan(paths.length);
    expect(requests.filter((url) => !url.startsWith(baseUrl))).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
    await page.context().close();
  });

  it('every page carries a Content-Security-Policy that allows only its own origin', async () => {
    const { page } = await open('/');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:|\*|unsafe/);
    // The one inline element it allows is the page's own critical CSS, by hash.
    const styles = await page.locator('style').allTextContents();
    expect(styles).toHaveLength(1);
    expect(csp).toContain(`style-src 'self' ${cspHash(styles[0]!)};`);
    await page.context().close();
  });
});

describe('content notes', () => {
  it('fold the details until the reader opens them by keyboard, and fold again', async () => {
    const { page, problems } = await open(`/scenarios/${violent.id}/`);
    const details = page.locator('details.content-note:not(.content-note-inline)');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.locator('details.content-note:not(.content-note-inline) > summary').focus();
    await page.keyboard.press('Enter');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.keyboard.press('Space');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('can be set to always show, remembered on the device, and cleared', async () => {
    const { page } = await open('/privacy/');
    await page.getByLabel('Always show the details').check();
    await page.goto(`${baseUrl}/scenarios/${violent.id}/`, { waitUntil: 'networkidle' });
    await expect
      .poll(() =>
        page.locator('details.content-note:not(.content-note-inline)').evaluate((d) => (d as HTMLDetailsElement).open),
      )
      .toBe(true);
    await page.goto(`${baseUrl}/privacy/`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Clear my data' }).click();
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await page.context().close();
  });
});

describe('reduced motion', () => {
  it('with reduced motion, a new page and a change of focus appear without animating', async () => {
    // Set before the page loads: framer-motion reads the preference when it starts.
    const { page } = await open('/scenarios/', { reducedMotion: 'reduce' });
    await page.getByRole('main').getByRole('link', { name: violent.title }).click();
    await page.waitForURL(`${baseUrl}/scenarios/${violent.id}/`);
    await page.locator('details.content-note:not(.content-note-inline) > summary').click();
    await page
      .getByRole('navigation', { name: 'Model in focus' })
      .getByRole('link', { name: index.models[2]!.name })
      .click();
    await page.waitForURL(/\/nordic\/$/);
    // Named, so a failure says what moved: the element, the animated properties and the duration.
    const running = await page.evaluate(() =>
      document
        .getAnimations()
        .filter((a) => a.playState === 'running')
        .map((a) => {
          const effect = a.effect as KeyframeEffect | null;
          const target = effect?.target as Element | null | undefined;
          const properties = (effect?.getKeyframes() ?? [])
            .flatMap((k) => Object.keys(k))
            .filter((k) => !['offset', 'easing', 'composite', 'computedOffset'].includes(k));
          return `${target?.tagName ?? '?'}.${target?.className ?? ''} ${[...new Set(properties)].join(',')} ${String(effect?.getTiming().duration)}ms`;
        }),
    );
    expect(running).toEqual([]);
    expect(await page.locator('main > div').evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    expect(await page.locator('main > div').evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
    expect(await page.locator('.focus-tag').evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await page.context().close();
  });

  it('without it, a page reached by navigation eases in, and the first page never starts hidden', async () => {
    const { page } = await open('/scenarios/', { reducedMotion: 'no-preference' });
    const pageAnimation = () => page.locator('main > div').evaluate((el) => getComputedStyle(el).animationName);
    expect(await pageAnimation()).toBe('none');
    await page.getByRole('main').getByRole('link', { name: violent.title }).click();
    await page.waitForURL(`${baseUrl}/scenarios/${violent.id}/`);
    await expect.poll(pageAnimation).toBe('page-enter');
    await page.context().close();
  });
});
