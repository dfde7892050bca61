/** Rating chips ("✓ Safety: Better") laid out left to right, wrapping to new rows. */
import {
  ratingOutrunsEvidence,
  type ConfidenceLevel,
  type Dimension,
  type RatingLevel,
} from '../../../content/vocabulary';
import { messages } from '../../../i18n/messages';
import { shareMessages } from '../../../i18n/share';
import { escapeXml, INK, rect, RATING_STYLE } from './svg';
import type { Measure } from './text-fit';

/** A rating, or the caution that the outcome's Better or Worse rests on limited evidence. */
export interface Chip {
  level: RatingLevel | 'caution';
  label: string;
}

/** The caution in words inside a dashed frame, as RatingBadge shows it on a page (never colour alone). */
const CAUTION_STYLE = { icon: '', ink: INK, tint: '#ffffff' };

export interface ChipStyle {
  size: number;
  measure: Measure;
}

/** Chips flowed into `maxWidth`; returns the markup and the height taken. */
export function flowChips(
  x: number,
  y: number,
  maxWidth: number,
  chips: readonly Chip[],
  { size, measure }: ChipStyle,
): { svg: string; height: number } {
  const padX = size * 0.55;
  const gap = size * 0.45;
  const chipHeight = size * 1.7;
  let cx = x;
  let cy = y;
  const parts: string[] = [];
  for (const chip of chips) {
    const caution = chip.level === 'caution';
    const style = caution ? CAUTION_STYLE : RATING_STYLE[chip.level as RatingLevel];
    const text = caution ? chip.label : `${style.icon} ${chip.label}`;
    // A chip wider than the whole line is drawn in smaller type, never past the edge.
    const natural = measure(text, size, true) + 2 * padX;
    const scale = Math.max(0.5, Math.min(1, maxWidth / natural));
    const width = natural * scale;
    if (cx > x && cx + width > x + maxWidth) {
      cx = x;
      cy += chipHeight + gap;
    }
    parts.push(
      caution
        ? `<rect x="${cx.toFixed(1)}" y="${cy.toFixed(1)}" width="${width.toFixed(1)}" height="${chipHeight.toFixed(1)}" rx="${(chipHeight / 4).toFixed(1)}" fill="${style.tint}" stroke="${INK}" stroke-width="${(size / 12).toFixed(1)}" stroke-dasharray="${(size / 3).toFixed(1)} ${(size / 5).toFixed(1)}"/>`
        : rect(cx, cy, width, chipHeight, style.tint, chipHeight / 2),
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
export function chipsFor(
  model: { ratings: Partial<Record<Dimension, RatingLevel>>; confidence?: ConfidenceLevel },
  dimensions: readonly Dimension[],
  form: 'long' | 'short' | 'brief',
): Chip[] {
  const ratings: Chip[] = dimensions.flatMap((d) => {
    const level = model.ratings[d];
    if (!level) return [];
    const name = form === 'long' ? messages.dimensions[d] : shareMessages.file.shortDimensions[d];
    return [{ level, label: form === 'brief' ? name : `${name}: ${messages.ratings[level]}` }];
  });
  // Confidence belongs to the whole outcome, so one caution follows its ratings (decision 020);
  // in brief, where a small cell has no room for the words, a mark the picture's legend explains.
  const { confidence } = model;
  const outruns =
    confidence !== undefined && ratings.some((chip) => ratingOutrunsEvidence(chip.level as RatingLevel, confidence));
  if (!outruns) return ratings;
  if (form === 'brief') {
    return ratings.map((chip) =>
      ratingOutrunsEvidence(chip.level as RatingLevel, confidence)
        ? { ...chip, label: `${chip.label} ${shareMessages.file.cautionMark}` }
        : chip,
    );
  }
  return [...ratings, { level: 'caution', label: messages.confidence[confidence] }];
}
