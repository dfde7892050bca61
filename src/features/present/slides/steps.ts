/**
 * The steps of a slide. A scenario slide reveals itself in turn: its content note (if any),
 * the situation, the question, each model's outcome, then the discussion prompts (if any).
 * A long comparison shows its rows a page at a time, so they stay large enough to read from
 * the back of a room. Every other slide is a single step.
 */
import type { ModelSlide } from '../../../content/payloads';
import type { ModelId } from '../../../content/vocabulary';
import type { SlideView } from '../deck/deck-view';

export type Step =
  | { kind: 'all' }
  | { kind: 'note' }
  | { kind: 'situation' }
  | { kind: 'question' }
  | { kind: 'model'; id: ModelId }
  | { kind: 'prompts' }
  | { kind: 'rows'; from: number; to: number };

/**
 * Rows of a comparison that fit one slide at the slide's type size: each row is its title over
 * four cells of two lines (the rating with its basis, then its confidence), under the caveat and
 * the rating key. Five would run past the slide (measured at 1280 × 720: four use 94% of it).
 */
export const ROWS_PER_STEP = 4;

export function stepsOf(slide: SlideView | undefined, models: readonly ModelSlide[]): Step[] {
  if (slide?.kind === 'compare' && slide.rows.length > ROWS_PER_STEP) {
    const total = slide.rows.length;
    const pages = Math.ceil(total / ROWS_PER_STEP);
    // Rows split evenly across pages (18 rows: 4 + 3 + 4 + 3 + 4, not 4 + 4 + 4 + 4 + 2).
    const start = (i: number) => Math.round((i * total) / pages);
    return Array.from({ length: pages }, (_, i) => ({ kind: 'rows', from: start(i), to: start(i + 1) }));
  }
  if (slide?.kind !== 'scenario') return [{ kind: 'all' }];
  return [
    ...(slide.scenario.contentNote ? [{ kind: 'note' } as const] : []),
    { kind: 'situation' },
    { kind: 'question' },
    ...models.map((m) => ({ kind: 'model', id: m.id }) as const),
    ...(slide.prompts.length > 0 ? [{ kind: 'prompts' } as const] : []),
  ];
}

/** Whether a part of the slide is shown at this step: parts stay once revealed. */
export function isShown(steps: readonly Step[], step: number, part: Step): boolean {
  const at = steps.findIndex(
    (s) => s.kind === part.kind && (s.kind !== 'model' || (part.kind === 'model' && s.id === part.id)),
  );
  return at === -1 || at <= step;
}
