/**
 * The performance targets (goals the benchmark reports against) and the budgets (limits
 * `npm test` enforces, tests/e2e/budgets.e2e.ts). Bytes are decimal: 1 kB = 1,000 bytes.
 */

/** Enforced by `npm test`, on byte counts only. */
export const BUDGETS = {
  /** Every prerendered page's HTML, gzip, with its critical CSS inline. */
  htmlGzip: 20_000,
  /** A page's initial JavaScript (module script and modulepreloads), gzip, as a multiple of the React floor. */
  initialJsToFloor: 1.6,
  /** Everything a first visit to the home page transfers with service workers allowed, gzip. */
  firstVisitWithWorkerGzip: 160_000,
} as const;

/** Goals, measured by `npm run bench`. */
export const TARGETS = {
  /**
   * What the first paint needs (the HTML, plus any stylesheet that blocks rendering) fits in the
   * first round trip: about 14 kB (10 TCP segments of 1,460 bytes, less headers).
   */
  firstPaintGzip: 14_000,
  lighthouseScore: 100,
  lcpMs: 1200,
  tbtMs: 50,
  cls: 0.01,
  interactionP95Ms: 50,
  /** Everything a first visit downloads, gzip. */
  firstVisitGzip: 160_000,
} as const;

export interface TargetRow {
  target: string;
  goal: string;
  result: string;
  met: boolean;
  /** By how much it is missed, and what would close it (filled in by the report). */
  gap?: string;
}

export const kB = (bytes: number, digits = 1): string => `${(bytes / 1000).toFixed(digits)} kB`;
export const ms = (value: number): string => `${Math.round(value)} ms`;
