/**
 * axe on a page at rest. A page reached by navigation eases in (opacity, 0.2 s), and a scan in
 * the middle of it measures text against a half-faded background: dozens of false contrast
 * failures on a slow machine. So the scan waits for running animations to finish first.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** One line per violation: rule, how many nodes, what it asks, and the first node. */
export async function axeViolations(page: Page, tags: string[] = AXE_TAGS): Promise<string[]> {
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes[0]?.target.join(' ')})`);
}
