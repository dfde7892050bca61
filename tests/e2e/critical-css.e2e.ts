/**
 * Each prerendered page inlines the CSS its own markup needs (scripts/lib/critical-css.ts), so
 * it paints from the first response. The proof: with the stylesheet download blocked, the page
 * looks exactly as it does with it, on a phone and a wide screen, light and dark. JavaScript is
 * off in both, so what is compared is the prerendered page a reader first sees.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupByKind, kindLabel, pagesInSiteOrder } from '../../scripts/bench/route-kinds';
import { setupBrowser, type OpenOptions } from './support/browser';

const { open } = setupBrowser();
const dist = resolve(import.meta.dirname, '../..', process.env.OUT_DIR ?? 'dist');
const kinds = [...groupByKind(pagesInSiteOrder(dist))].map(([kind, pagePaths]) => ({
  label: kindLabel(kind),
  path: pagePaths.at(-1)!,
}));
const stylesheet = /\/assets\/[^/]+\.css$/;

async function screenshot(path: string, options: OpenOptions): Promise<Buffer> {
  const { page, requests } = await open(path, { javaScript: false, reducedMotion: 'reduce', ...options });
  const shot = await page.screenshot({ fullPage: true });
  // The full stylesheet is still linked (at the end of the body): it loads when not blocked.
  expect(requests.some((url) => stylesheet.test(url))).toBe(true);
  await page.context().close();
  return shot;
}

describe('critical CSS: a page looks the same before its stylesheet arrives', () => {
  it.each(kinds)('$label ($path), 390 px wide, light', async ({ path }) => {
    const viewport = { width: 390, height: 844 };
    const withSheet = await screenshot(path, { viewport });
    const withoutSheet = await screenshot(path, { viewport, block: stylesheet });
    expect(withoutSheet.equals(withSheet), 'screenshots differ: the inline CSS misses rules this page uses').toBe(true);
  });

  it.each(kinds.slice(0, 4))('$label ($path), 1280 px wide, dark', async ({ path }) => {
    const withSheet = await screenshot(path, { colorScheme: 'dark' });
    const withoutSheet = await screenshot(path, { colorScheme: 'dark', block: stylesheet });
    expect(withoutSheet.equals(withSheet), 'screenshots differ: the inline CSS misses rules this page uses').toBe(true);
  });
});
