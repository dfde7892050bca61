/** Rating chips ("✓ Safety: Better") laid out left to right, wrapping to new rows. */
import type { Dimension, RatingLevel } from '../../../content/vocabulary';
import { messages } from '../../../i18n/messages';
import { shareMessages } from '../../../i18n/share';
import { escapeXml, rect, RATING_STYLE } from './svg';
import type { Measure } from './text-fit';

export interface Chip {
  level: RatingLevel;
  label: string;
}

export interface ChipStyle {
  size: number;
  measure: Measure;
}

/** Chips flowed into `maxWidth`; returns the markup and the height taken. */
export function flowChips(x: number, y: number, maxWidth: number, chips: readonly Chip[], { size, measure }: ChipStyle): { svg: string; height: number } {
  const padX = size * 0.55;
  const gap = size * 0.45;
  const chipHeight = size * 1.7;
  let cx = x;
  let cy = y;
  const parts: string[] = [];
  for (const chip of chips) {
    const style = RATING_STYLE[chip.level];
    const text = `${style.icon} ${chip.label}`;
    // A chip wider than the whole line is drawn in smaller type, never past the edge.
    const natural = measure(text, size, true) + 2 * padX;
    const scale = Math.max(0.5, Math.min(1, maxWidth / natural));
    const width = natural * scale;
    if (cx > x && cx + width > x + maxWidth) {
      cx = x;
      cy += chipHeight + gap;
    }
    parts.push(
      rect(cx, cy, width, chipHeight, style.tint, chipHeight / 2),
      `<text x="${(cx + padX * scale).toFixed(1)}" y="${(cy + chipHeight * 0.68).toFixed(1)}" font-size="${(size * scale).toFixed(1)}" font-weight="bold" fill="${style.ink}">${escapeXml(text)}</text>`,
    );
    cx += width + gap;
  }
  return { svg: parts.join(''), height: chips.length === 0 ? 0 : cy - y + chipHeight };
}

/**
 * A model's ratings as chips: "✓ Safety: Better" (long), "✓ Police: Better" (short), or in
 * brief "✓ Police" (the icon says the rating; the picture's legend says what each icon means).
 */
export function chipsFor(model: { ratings: Partial<Record<Dimension, RatingLevel>> }, dimensions: readonly Dimension[], form: 'long' | 'short' | 'brief'): Chip[] {
  return dimensions.flatMap((d) => {
    const level = model.ratings[d];
    if (!level) return [];
    const name = form === 'long' ? messages.dimensions[d] : shareMessages.file.shortDimensions[d];
    return [{ level, label: form === 'brief' ? name : `${name}: ${messages.ratings[level]}` }];
  });
}
