/** From phones' answers to the tally's counts: shared by the room server and the browser. */
import { MODEL_IDS, RATING_LEVELS } from '../../../content/vocabulary';
import { clampCount, emptyCounts, type Counts } from '../workshop/predict-url-state';
import type { Picks } from './protocol';

/** How many devices chose each rating for each model. */
export function countAnswers(answers: Iterable<Picks>): Counts {
  const counts = emptyCounts();
  for (const picks of answers) {
    for (const model of MODEL_IDS) {
      const level = picks[model];
      if (level) counts[model][level] += 1;
    }
  }
  return counts;
}

/** Two tallies added, cell by cell (phones plus sticky notes counted by hand). */
export function addCounts(a: Counts, b: Counts): Counts {
  const sum = emptyCounts();
  for (const model of MODEL_IDS)
    for (const level of RATING_LEVELS) sum[model][level] = clampCount(a[model][level] + b[model][level]);
  return sum;
}

/** How many devices answered at least one model. */
export function answeredCount(answers: Iterable<Picks>): number {
  let n = 0;
  for (const picks of answers) if (MODEL_IDS.some((m) => picks[m])) n += 1;
  return n;
}
