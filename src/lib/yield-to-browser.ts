/**
 * Ends the current task so the browser can handle a tap, a key or a frame before the rest of
 * the work runs (decision 029). Start-up is a chain of steps of 5–20 ms each on a fast machine,
 * 4–5 times that on a slow phone; run as one task they block the page for a quarter of a second.
 * `scheduler.yield()` resumes ahead of other queued tasks; where it is missing, a timer.
 */
interface YieldingScheduler {
  yield?: () => Promise<void>;
}

export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((done) => setTimeout(done, 0));
}
