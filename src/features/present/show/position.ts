/** Moving through a deck: a position is a slide (counted from 1) and a step within it. */
import type { DeckView } from '../deck/deck-view';
import { stepsOf } from '../slides/steps';

export interface Position {
  slide: number;
  step: number;
}

export const FIRST: Position = { slide: 1, step: 0 };

function stepCount(deck: DeckView, slide: number): number {
  return stepsOf(deck.slides[slide - 1], deck.models).length;
}

/** Any number from a URL or a message becomes a real position in this deck. */
export function clampPosition(deck: DeckView, slide: number, step = 0): Position {
  const total = Math.max(deck.slides.length, 1);
  const s = Number.isInteger(slide) ? Math.min(Math.max(slide, 1), total) : 1;
  const last = stepCount(deck, s) - 1;
  return { slide: s, step: Number.isInteger(step) ? Math.min(Math.max(step, 0), last) : 0 };
}

export function nextPosition(deck: DeckView, { slide, step }: Position): Position {
  if (step < stepCount(deck, slide) - 1) return { slide, step: step + 1 };
  return slide < deck.slides.length ? { slide: slide + 1, step: 0 } : { slide, step };
}

/** Going back lands on the previous slide fully revealed, as it was left. */
export function previousPosition(deck: DeckView, { slide, step }: Position): Position {
  if (step > 0) return { slide, step: step - 1 };
  return slide > 1 ? { slide: slide - 1, step: stepCount(deck, slide - 1) - 1 } : { slide, step };
}

export function lastPosition(deck: DeckView): Position {
  return { slide: Math.max(deck.slides.length, 1), step: 0 };
}

export function samePosition(a: Position, b: Position): boolean {
  return a.slide === b.slide && a.step === b.step;
}

/** A number as a slide or step address writes it: digits, no sign, no leading zero. */
const CANONICAL = /^[1-9]\d{0,5}$/;

/**
 * The position a slide address names, or undefined when it names none: every wrong slide or
 * step (0, -1, 1.5, 01, +1, 0x1, past the end) is "not found", for built and custom decks
 * alike (decision 021). Step 0, the slide as it opens, is written without a step segment.
 */
export function positionFromAddress(
  deck: DeckView,
  slideParam: string | undefined,
  stepParam: string | undefined,
): Position | undefined {
  if (!slideParam || !CANONICAL.test(slideParam)) return undefined;
  const slide = Number(slideParam);
  if (slide > deck.slides.length) return undefined;
  if (stepParam === undefined) return { slide, step: 0 };
  if (!CANONICAL.test(stepParam)) return undefined;
  const step = Number(stepParam);
  return step < stepCount(deck, slide) ? { slide, step } : undefined;
}

/** Whether an address can name a slide of some deck at all, before the deck is known. */
export function isSlideAddress(slideParam: string | undefined, stepParam: string | undefined): boolean {
  return (
    slideParam !== undefined && CANONICAL.test(slideParam) && (stepParam === undefined || CANONICAL.test(stepParam))
  );
}
