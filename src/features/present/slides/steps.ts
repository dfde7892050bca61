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

/** Rows of a comparison that fit one slide, each with its ratings' confidence, at the slide's type size. */
export const ROWS_PER_STEP = 6;

export function stepsOf(slide: SlideView | undefined, models: readonly ModelSlide[]): Step[] {
  if (slide?.kind === 'compare' && slide.rows.length > ROWS_PER_STEP) {
    const pages = Math.ceil(slide.rows.length / ROWS_PER_STEP);
    // Rows split evenly across pages (18 rows: 6 + 6 + 6, not 8 + 8 + 2).
    const per = Math.ceil(slide.rows.length / pages);
    return Array.from({ length: pages }, (_, i) => ({ kind: 'rows', from: i * per, to: Math.min((i + 1) * per, slide.rows.length) }));
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
  const at = steps.findIndex((s) => s.kind === part.kind && (s.kind !== 'model' || (part.kind === 'model' && s.id === part.id)));
  return at === -1 || at <= step;
}
