/**
 * A slide at its one logical size, 1600 × 900 slide pixels, scaled to fit whatever box holds
 * it and letterboxed, as reveal.js does: the projector, the presenter's previews, the overview's
 * thumbnails, the printed page and the workshop's projector views all show the same layout,
 * only larger or smaller (decision 014). The scaling is CSS alone (container query units, see
 * styles-slides.css), so a prerendered slide is already the right size before JavaScript runs.
 */
import type { ReactNode } from 'react';

export const SLIDE_WIDTH = 1600;
export const SLIDE_HEIGHT = 900;
/** The readable-text rule: nothing on a slide is smaller than 1/30 of the slide's height. */
export const SMALLEST_TEXT = SLIDE_HEIGHT / 30;

export function SlideBox({ className = '', children }: { className?: string; children: ReactNode }) {
  return (
    <div className={`slide-box ${className}`.trim()}>
      <div className="slide-canvas">{children}</div>
    </div>
  );
}
