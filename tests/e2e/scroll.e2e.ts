/**
 * Scroll like a website (src/app/router/use-scroll-restoration.ts): a new page starts at its top,
 * Back and Forward return to where the reader was on each page, a reload keeps the place, and a
 * view that changes in place (src/lib/in-place.ts: the model in focus) does not move at all.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupBrowser } from './support/browser';

const { open } = setupBrowser();

const scrollY = (page: Page) => page.evaluate(() => Math.round(window.scrollY));
const heading = (page: Page) => page.locator('h1').first().textContent();

/** Waits until the page the address names is on screen (the router marks it idle). */
const settled = (page: Page, title: string) =>
  page.waitForFunction(
    (title) =>
      document.documentElement.dataset.navigation === 'idle' && document.querySelector('h1')?.textContent === title,
    title,
  );

/** Scrolls as a reader would, and lets the page note the position (it does so on the next frame). */
async function scrollTo(page: Page, y: number): Promise<void> {
  await page.evaluate((y) => window.scrollTo(0, y), y);
  await expect.poll(() => scrollY(page)).toBe(y);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Follows a link where it is, without scrolling it into view first (as a click by Playwright would). */
const follow = (page: Page, selector: string) =>
  page.evaluate((selector) => document.querySelector<HTMLAnchorElement>(selector)!.click(), selector);

describe('scroll restoration', () => {
  it('a new page starts at the top; Back and Forward return to each page’s place; a reload keeps it', async () => {
    const { page, problems } = await open('/glossary/');
    await settled(page, 'Glossary');
    await scrollTo(page, 2400);

    await follow(page, 'nav[aria-label="Main"] a[href="/compare/"]');
    await settled(page, 'Compare the models');
    expect(await scrollY(page)).toBe(0);
    await scrollTo(page, 300);

    await page.goBack();
    await settled(page, 'Glossary');
    await expect.poll(() => scrollY(page)).toBe(2400);

    await page.goForward();
    await settled(page, 'Compare the models');
    await expect.poll(() => scrollY(page)).toBe(300);

    await page.reload();
    await settled(page, 'Compare the models');
    await expect.poll(() => scrollY(page)).toBe(300);

    // After the reload, Back still finds the glossary's place: it is kept in its history entry.
    await page.goBack();
    await settled(page, 'Glossary');
    await expect.poll(() => scrollY(page)).toBe(2400);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('changing the model in focus changes the address and nothing else: no scroll, focus stays', async () => {
    const { page, problems } = await open('/scenarios/police-find-condoms/', { viewport: { width: 390, height: 844 } });
    const title = (await heading(page))!;
    const nordic = page.getByRole('navigation', { name: 'Model in focus' }).getByRole('link', { name: 'Nordic model' });
    await nordic.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const before = await scrollY(page);
    expect(before).toBeGreaterThan(0);

    await nordic.click();
    await page.waitForURL(/\/scenarios\/police-find-condoms\/nordic\/$/);
    await settled(page, title);
    expect(await nordic.getAttribute('aria-current')).toBe('page');
    expect(await scrollY(page)).toBe(before);
    expect(await nordic.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
