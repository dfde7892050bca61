/**
 * The clocks the interaction measurement runs inside the page (see interaction.ts for what
 * each one measures), and the click that starts them.
 */
import type { Locator, Page } from 'playwright-core';

// The in-page code is plain JavaScript in strings: tsx adds helpers to compiled functions that
// do not exist in the page.

/** The clocks, installed before the page's own scripts run. */
export const RECORDER = `
  window.__bench = { clickAt: 0, entries: [] };
  document.addEventListener('click', (event) => { window.__bench.clickAt = event.timeStamp; }, { capture: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.interactionId) window.__bench.entries.push({ name: e.name, start: e.startTime, duration: e.duration, id: e.interactionId });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
`;

interface ChangeCheck {
  selector: string;
  /** Done when this element has aria-current="page"… */
  current?: boolean;
  /** …or when its text is no longer this. */
  text?: string;
}

/**
 * A promise (in the page) for the time from the click to the paint after the change shows;
 * it fails after 15 s, so a click that missed stops the run instead of hanging it.
 */
export const awaitPaintAfterChange = (check: ChangeCheck) => `new Promise((resolve, reject) => {
  setTimeout(() => reject(new Error('no change within 15 s of the click: ' + ${JSON.stringify(JSON.stringify(check))})), 15000);
  const check = ${JSON.stringify(check)};
  const changed = () => {
    const element = document.querySelector(check.selector);
    if (!element) return false;
    return check.current ? element.getAttribute('aria-current') === 'page' : element.textContent !== check.text;
  };
  const finish = () => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve([performance.now() - window.__bench.clickAt, window.__bench.clickAt]);
    channel.port2.postMessage(null);
  });
  if (changed()) return finish();
  const observer = new MutationObserver(() => {
    if (!changed()) return;
    observer.disconnect();
    finish();
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
})`;

/** What the page's clock saw for one click: time to the updated paint, and the click's timestamp. */
export type Timed = [ms: number, clickAt: number];

/**
 * Clicks the middle of an element's first line box (a link that wraps has an empty middle)
 * with a plain mouse event. Scrolling and finding the spot run before the click, so
 * Playwright's own checks do not compete with the page after it.
 */
export async function clickMiddle(page: Page, target: Locator, done: () => Promise<Timed>): Promise<Timed> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.evaluate((element) => {
    const rect = element.getClientRects()[0]!;
    return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
  });
  const result = done();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  return result;
}

interface EventEntry {
  name: string;
  start: number;
  duration: number;
  id: number;
}

/**
 * The Event Timing duration of each measured click: the longest entry of the interaction whose
 * "click" entry started at that click's timestamp; 16 ms (the reporting floor) when none did.
 */
export async function eventDurations(page: Page, clicks: readonly number[]): Promise<number[]> {
  await page.waitForTimeout(500);
  const entries = await page.evaluate<EventEntry[]>('window.__bench.entries');
  return clicks.map((clickAt) => {
    const click = entries.find((e) => e.name === 'click' && Math.abs(e.start - clickAt) < 1);
    const durations = entries.filter((e) => click && e.id === click.id).map((e) => e.duration);
    return Math.max(16, ...durations);
  });
}
