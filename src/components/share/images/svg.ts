/** Small SVG string builders shared by the picture layouts. */
import type { RatingLevel } from '../../../content/vocabulary';
import type { Fitted } from './text-fit';

export const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const INK = '#1a1a1a';
export const MUTED = '#4a4a4a';
export const ACCENT = '#5b2a86';
export const PANEL = '#f5f2f9';

/** Rating colours: dark text on a light tint, with an icon and a word, never colour alone. */
export const RATING_STYLE: Record<RatingLevel, { icon: string; ink: string; tint: string }> = {
  good: { icon: '✓', ink: '#14532d', tint: '#e3f3e8' },
  mixed: { icon: '~', ink: '#6b4200', tint: '#fcefd6' },
  poor: { icon: '✕', ink: '#8a1c12', tint: '#fae3df' },
};

const round = (n: number) => Math.round(n * 10) / 10;

export interface TextStyle {
  fill?: string;
  bold?: boolean;
  anchor?: 'start' | 'middle' | 'end';
}

/** Fitted lines as one <text>, its first baseline at `y` (the top of the box plus one size). */
export function textLines(x: number, top: number, fitted: Fitted, style: TextStyle = {}): string {
  const { size, lineHeight, lines } = fitted;
  const first = top + size * 0.93;
  const spans = lines
    .map((line, i) => `<tspan x="${round(x)}" y="${round(first + i * lineHeight)}">${escapeXml(line)}</tspan>`)
    .join('');
  return `<text font-size="${round(size)}"${style.bold ? ' font-weight="bold"' : ''} fill="${style.fill ?? INK}"${
    style.anchor && style.anchor !== 'start' ? ` text-anchor="${style.anchor}"` : ''
  }>${spans}</text>`;
}

/** The height fitted lines take. */
export const linesHeight = (fitted: Fitted): number =>
  (fitted.lines.length - 1) * fitted.lineHeight + fitted.size * 1.15;

export function rect(x: number, y: number, width: number, height: number, fill: string, radius = 0): string {
  return `<rect x="${round(x)}" y="${round(y)}" width="${round(width)}" height="${round(height)}"${radius ? ` rx="${round(radius)}"` : ''} fill="${fill}"/>`;
}
