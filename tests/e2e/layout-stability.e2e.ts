/**
 * Hydration moves nothing: every kind of prerendered page, opened on a phone, keeps its layout
 * when its code arrives. A control that only appears once the page is interactive, or a
 * placeholder a little narrower than what replaces it, makes text jump under a reader's eyes
 * (and costs the page its Lighthouse CLS score). Layout shifts are counted by the browser's own
 * Layout Instability API, so this is a byte-for-byte layout check, not a timing.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { groupByKind, kindLabel, NOT_FOUND_PAGE, pagesInSiteOrder } from '../../scripts/bench/route-kinds';
import { setupBrowser } from './support/browser';
import { serveVersions } from './support/site-versions';

const { open } = setupBrowser();
const DIST = resolve(import.meta.dirname, '../..', process.env.OUT_DIR ?? 'dist');
const PHONE = { width: 412, height: 823 };

// 404.html stands for every unknown path, and its suggestions depend on the path, which only the
// browser knows; it is the one page allowed to change once it runs.
const kinds = [...groupByKind(pagesInSiteOrder(DIST))].filter(([, paths]) => paths[0] !== NOT_FOUND_PAGE);

interface Shift {
  value: number;
  moved: string[];
}

/** Every layout shift since the page started that no input caused, with what moved. */
function layoutShifts(page: Page): Promise<Shift[]> {
  return page.evaluate(
    () =>
      new Promise<Shift[]>((done) => {
        new PerformanceObserver((list, observer) => {
          observer.disconnect();
          type Source = { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
          const entries = list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
            sources: Source[];
          })[];
          const box = (r: DOMRectReadOnly) =>
            `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
          done(
            entries
              .filter((e) => !e.hadRecentInput)
              .map((e) => ({
                value: e.value,
                moved: e.sources.map((s) => {
                  const el = s.node instanceof Element ? s.node : s.node?.parentElement;
                  const what = `${el?.tagName.toLowerCase() ?? '(removed)'}.${el?.className ?? ''} "${(s.node?.textContent ?? '').slice(0, 40)}"`;
                  return `${what} from ${box(s.previousRect)} to ${box(s.currentRect)}`;
                }),
              })),
          );
        }).observe({ type: 'layout-shift', buffered: true });
        // The observer reports buffered entries at once if there are any; none means none.
        setTimeout(() => done([]), 500);
      }),
  );
}

describe('hydration keeps the layout', () => {
  it.each(kinds.map(([kind, paths]) => ({ label: kindLabel(kind), path: paths[0]! })))(
    '$label ($path): no layout shift when the page becomes interactive',
    async ({ path }) => {
      // Scripts and the full stylesheet arrive late, as on a slow connection, and the CPU is slowed
      // as on a cheap phone (issue 19): the prerendered page is painted with its inlined CSS alone,
      // so a rule missing from it, or any difference from the hydrated page, shows as a shift.
      // `open` returns once the page has hydrated and painted the render after it.
      const { page, problems } = await open(path, {
        viewport: PHONE,
        slow: /\/assets\/.+\.(js|css)$/,
        cpuSlowdown: 4,
      });
      expect(await layoutShifts(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    },
  );
});

describe('a page that arrives in pieces', () => {
  // On a slow connection or a busy phone the browser may paint a page before all of it has
  // arrived. Painted mid-header, the Menu button showed its icon without its word and then grew,
  // moving the header (seen in CI); painted mid-page, a row of progress dots or timer buttons
  // spread out and closed up as the rest came. The first paint waits until the page's content
  // is in (the critical CSS hides the app's root until then, decisions 026 and 028), so nothing
  // moves when the rest arrives, and nothing of the half-arrived page is shown.
  it.each([
    { where: 'inside the header', path: '/present/', after: '<span class="menu-icon" aria-hidden="true"></span>' },
    {
      where: 'inside the page',
      path: '/learn/why-the-law-matters/',
      after: '<li class="is-current">1</li><li class="is-todo"></li>',
    },
  ])('is first painted whole when it arrives in two pieces, cut $where', async ({ path, after }) => {
    const html = readFileSync(join(DIST, path, 'index.html'));
    const marker = Buffer.from(after);
    expect(html.indexOf(marker)).toBeGreaterThan(0);
    const cut = html.indexOf(marker) + marker.length;
    const site = await serveVersions(DIST);
    site.intercept((req, res) => {
      if (req.url !== path) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.write(html.subarray(0, cut));
      setTimeout(() => res.end(html.subarray(cut)), 600);
      return true;
    });
    try {
      const { page, problems } = await open(path, {
        baseUrl: site.baseUrl,
        viewport: PHONE,
        slow: /\/assets\/.+\.js$/,
        // Every frame drawn while the first piece is in and the second is not notes whether
        // the page's root was shown.
        initScript: () => {
          const seen: string[] = [];
          (window as unknown as { halfArrived: string[] }).halfArrived = seen;
          const look = () => {
            const root = document.getElementById('root');
            if (document.getElementById('app-data')) return;
            if (root?.querySelector('.site-header')) seen.push(getComputedStyle(root).display);
            requestAnimationFrame(look);
          };
          requestAnimationFrame(look);
        },
      });
      const halfArrived = await page.evaluate(() => (window as unknown as { halfArrived: string[] }).halfArrived);
      expect(halfArrived.length).toBeGreaterThan(0);
      expect(new Set(halfArrived)).toEqual(new Set(['none']));
      expect(await page.locator('#root').evaluate((root) => getComputedStyle(root).display)).toBe('block');
      expect(await layoutShifts(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    } finally {
      await site.close();
    }
  });
});
