/**
 * Measures a slide as the room sees it: whether anything scrolls, whether every element of the
 * step is inside the screen and inside the slide, and the smallest text against the slide's
 * height (the readable-text rule of decision 014: at least 1/30 of it).
 */
import type { Page } from 'playwright-core';

export interface SlideFit {
  /** How far the page scrolls, across and down (0 when nothing scrolls). */
  pageScroll: { x: number; y: number };
  /** How far the slide's content runs past the slide itself. */
  slideOverflow: number;
  /** Elements of the step outside the screen or the slide, described. */
  outside: string[];
  /** The smallest text on the slide, in screen pixels, and the slide's height on screen. */
  smallestText: number;
  slideHeight: number;
  /** How many elements were measured, so a test knows it measured something. */
  measured: number;
}

export function measureSlide(page: Page, root = '.slide-frame'): Promise<SlideFit> {
  return page.evaluate((rootSelector) => {
    const frame = document.querySelector(rootSelector);
    const canvas = frame?.querySelector<HTMLElement>('.slide-canvas');
    if (!frame || !canvas) throw new Error(`no slide in ${rootSelector}`);
    const doc = document.documentElement;
    const slide = canvas.getBoundingClientRect();
    const outside: string[] = [];
    let smallestText = Infinity;
    let measured = 0;
    for (const el of canvas.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('.visually-hidden')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      measured += 1;
      const off =
        box.top < -0.5 || box.left < -0.5 || box.bottom > innerHeight + 0.5 || box.right > innerWidth + 0.5
          ? 'screen'
          : box.top < slide.top - 0.5 ||
              box.left < slide.left - 0.5 ||
              box.bottom > slide.bottom + 0.5 ||
              box.right > slide.right + 0.5
            ? 'slide'
            : '';
      if (off)
        outside.push(
          `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').slice(0, 30)}" outside the ${off}`,
        );
      const hasText = [...el.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
      );
      if (hasText) smallestText = Math.min(smallestText, parseFloat(getComputedStyle(el).fontSize));
    }
    return {
      pageScroll: { x: doc.scrollWidth - doc.clientWidth, y: doc.scrollHeight - doc.clientHeight },
      slideOverflow: canvas.scrollHeight - canvas.clientHeight,
      outside,
      smallestText,
      slideHeight: slide.height,
      measured,
    };
  }, root);
}

/** Words of the slide's headings that a line break splits in two (reliability finding 20). */
export function brokenWords(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const broken: string[] = [];
    for (const heading of document.querySelectorAll(sel)) {
      const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  }, selector);
}
