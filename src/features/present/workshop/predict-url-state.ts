/**
 * URL state of "predict, then reveal": the dimension, the room's prediction (how many people
 * chose each rating for each model) and whether the evidence is shown. Tolerant: anything
 * unreadable counts as zero or the default. Defaults are left out of the link.
 */
import {
  DIMENSIONS,
  MODEL_IDS,
  RATING_LEVELS,
  type Dimension,
  type ModelId,
  type RatingLevel,
} from '../../../content/vocabulary';
import { oneOf, toSearch } from '../../../lib/url-params';

export const PREDICT_PARAMS = { dimension: 'dimension', counts: 'p', reveal: 'reveal' } as const;
export const MAX_COUNT = 999;

export type Counts = Record<ModelId, Record<RatingLevel, number>>;

export interface PredictState {
  dimension: Dimension;
  counts: Counts;
  reveal: boolean;
}

export function emptyCounts(): Counts {
  return Object.fromEntries(MODEL_IDS.map((m) => [m, Object.fromEntries(RATING_LEVELS.map((l) => [l, 0]))])) as Counts;
}

export const DEFAULT_PREDICT_STATE: PredictState = { dimension: 'safety', counts: emptyCounts(), reveal: false };

export function clampCount(value: unknown): number {
  const n = typeof value === 'number' ? value : Number.parseInt(String(value), 10);
  return Number.isFinite(n) ? Math.min(Math.max(Math.trunc(n), 0), MAX_COUNT) : 0;
}

/** Counts in a fixed order (model by model, better → worse), joined by dots, trailing zeros dropped. */
function encodeCounts(counts: Counts): string {
  const flat = MODEL_IDS.flatMap((m) => RATING_LEVELS.map((l) => counts[m][l]));
  while (flat.length > 0 && flat.at(-1) === 0) flat.pop();
  return flat.join('.');
}

function decodeCounts(value: string | null): Counts {
  const parts = (value ?? '').split('.');
  const counts = emptyCounts();
  MODEL_IDS.forEach((m, i) =>
    RATING_LEVELS.forEach((l, j) => (counts[m][l] = clampCount(parts[i * RATING_LEVELS.length + j] ?? 0))),
  );
  return counts;
}

export function parsePredictState(search: string): PredictState {
  const params = new URLSearchParams(search);
  return {
    dimension: oneOf(DIMENSIONS, params.get(PREDICT_PARAMS.dimension)) ?? DEFAULT_PREDICT_STATE.dimension,
    counts: decodeCounts(params.get(PREDICT_PARAMS.counts)),
    reveal: params.get(PREDICT_PARAMS.reveal) === '1',
  };
}

export function predictStateToSearch(state: PredictState): string {
  const params = new URLSearchParams();
  if (state.dimension !== DEFAULT_PREDICT_STATE.dimension) params.set(PREDICT_PARAMS.dimension, state.dimension);
  const counts = encodeCounts(state.counts);
  if (counts) params.set(PREDICT_PARAMS.counts, counts);
  if (state.reveal) params.set(PREDICT_PARAMS.reveal, '1');
  return toSearch(params);
}

export function withCount(state: PredictState, model: ModelId, level: RatingLevel, value: number): PredictState {
  const counts = { ...state.counts, [model]: { ...state.counts[model], [level]: clampCount(value) } };
  return { ...state, counts };
}

/** The rating(s) most of the room chose for a model; empty when nobody predicted. */
export function mostChosen(counts: Record<RatingLevel, number>): RatingLevel[] {
  const top = Math.max(...RATING_LEVELS.map((l) => counts[l]));
  return top === 0 ? [] : RATING_LEVELS.filter((l) => counts[l] === top);
}
