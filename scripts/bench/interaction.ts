/**
 * Interaction latency on a scenario page in Chromium with the CPU slowed 4× (CDP
 * Emulation.setCPUThrottlingRate), as on a low-end phone.
 *
 * Two clocks, because they answer different questions:
 * - "to updated paint" (the figure held against the target): from the click event's timestamp
 *   to the first frame painted after the DOM shows the change (the chosen link has
 *   aria-current="page", or the new scenario's heading is in place). A MutationObserver sees
 *   the change; requestAnimationFrame then a MessageChannel message marks "just after that
 *   frame's paint". A router navigation may commit a few frames after the click; this counts
 *   those frames, and Event Timing does not.
 * - Event Timing (PerformanceObserver 'event', the basis of INP): from the input to the next
 *   paint after its handlers ran, whatever that paint shows. Chromium reports only entries of
 *   16 ms or more, so shorter ones count as 16 ms.
 */
import type { Browser, Page } from 'playwright-core';
import type { Served } from './browser';
import { median } from './lighthouse';
import { awaitPaintAfterChange, clickMiddle, eventDurations, RECORDER, type Timed } from './page-clocks';

export interface Latency {
  p50: number;
  p95: number;
  max: number;
  samples: number[];
}

export interface LatencySeries {
  what: string;
  page: string;
  changes: number;
  /** Click to the first paint showing the change, ms. */
  toPaint: Latency;
  /** Event Timing duration of each click's interaction, ms (under 16 counted as 16). */
  eventTiming: Latency;
}

export const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

const summary = (samples: number[]): Latency => ({
  p50: median(samples),
  p95: percentile(samples, 95),
  max: Math.max(...samples),
  samples,
});

async function openContentNote(page: Page): Promise<void> {
  const summary = page.locator('details.content-note:not([open]) > summary');
  if ((await summary.count()) > 0) await summary.first().click();
}

interface Samples {
  toPaint: number[];
  events: number[];
}

/** Clicks through the "Model in focus" links of a scenario page, `changes` times. */
async function focusChanges(page: Page, changes: number): Promise<Samples> {
  const links = page.getByRole('navigation', { name: 'Model in focus' }).getByRole('link');
  const count = await links.count();
  if (count < 2) throw new Error('interaction: the scenario page has no "Model in focus" links');
  const timed: Timed[] = [];
  for (let i = 0; i < changes; i += 1) {
    const link = links.nth((i + 1) % count);
    const href = await link.getAttribute('href');
    const check = awaitPaintAfterChange({ selector: `nav.focus-nav a[href="${href}"]`, current: true });
    timed.push(await clickMiddle(page, link, () => page.evaluate<Timed>(check)));
    await page.waitForTimeout(250);
  }
  return {
    toPaint: timed.map(([ms]) => ms),
    events: await eventDurations(
      page,
      timed.map(([, at]) => at),
    ),
  };
}

/** Follows the first "Related scenarios" link, `changes` times (each loads one scenario file). */
async function relatedScenarios(page: Page, changes: number): Promise<Samples> {
  const timed: Timed[] = [];
  for (let i = 0; i < changes; i += 1) {
    await openContentNote(page);
    const link = page.locator('section[aria-labelledby="related"] a').first();
    if ((await link.count()) === 0) break;
    const text = (await page.locator('h1').first().textContent()) ?? '';
    const check = awaitPaintAfterChange({ selector: 'h1', text });
    timed.push(await clickMiddle(page, link, () => page.evaluate<Timed>(check)));
    await page.waitForTimeout(250);
  }
  return {
    toPaint: timed.map(([ms]) => ms),
    events: await eventDurations(
      page,
      timed.map(([, at]) => at),
    ),
  };
}

async function measure(browser: Browser, url: string, run: (page: Page) => Promise<Samples>): Promise<Samples> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  await page.addInitScript(RECORDER);
  await page.goto(url, { waitUntil: 'networkidle' });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await openContentNote(page);
  await page.waitForTimeout(500);
  const samples = await run(page);
  await context.close();
  return samples;
}

function series(what: string, page: string, { toPaint, events }: Samples): LatencySeries {
  return { what, page, changes: toPaint.length, toPaint: summary(toPaint), eventTiming: summary(events) };
}

export async function interactionLatency(
  browser: Browser,
  served: Served,
  scenarioPath: string,
  changes: number,
): Promise<LatencySeries[]> {
  const url = `${served.baseUrl}${scenarioPath}`;
  const focus = await measure(browser, url, (page) => focusChanges(page, changes));
  const related = await measure(browser, url, (page) => relatedScenarios(page, changes));
  return [
    series('change the model in focus', scenarioPath, focus),
    series('go to a related scenario', scenarioPath, related),
  ];
}
