/** What the presentation tests share. */
import type { Page } from 'playwright-core';
import { waitForHydration } from './browser';

/**
 * Waits until a presentation takes keys. Its controls are in the prerendered page, so seeing
 * them is not enough: a key pressed before the page has hydrated does nothing, and a test that
 * pressed one then would fail at random.
 */
export async function deckReady(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Full screen' }).waitFor({ state: 'attached' });
  await waitForHydration(page);
}
