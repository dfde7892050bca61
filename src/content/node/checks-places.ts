/**
 * Rules for data/jurisdictions/: a place's year in force is the year its current model began.
 * Later changes that kept the model are reforms, not a new start: Germany has been under
 * legalisation since 2002, and registration in 2017 was a reform within it.
 */
import type { Jurisdiction } from '../schemas-places';
import type { ContentIssue } from './issues';

export function checkPlaces(places: readonly Jurisdiction[], issues: ContentIssue[]): void {
  for (const place of places) {
    if (place.yearInForce === undefined) continue;
    const file = `data/jurisdictions/${place.id}.yaml`;
    const began = currentModelBegan(place);
    if (began === undefined) {
      issues.push({
        file,
        field: 'yearInForce',
        message: `yearInForce is ${place.yearInForce} but no reform records when the current model (${place.model}) began; add that reform, or leave yearInForce out`,
      });
    } else if (began !== place.yearInForce) {
      issues.push({
        file,
        field: 'yearInForce',
        message: `yearInForce is ${place.yearInForce} but the current model (${place.model}) began in ${began} (see reforms); give ${began} and keep later changes as reforms`,
      });
    }
  }
}

/** The first year of the latest unbroken run of reforms that led to the place's current model. */
function currentModelBegan(place: Jurisdiction): number | undefined {
  const reforms = [...place.reforms].sort((a, b) => a.year - b.year);
  let began: number | undefined;
  for (let i = reforms.length - 1; i >= 0; i -= 1) {
    const reform = reforms[i];
    if (!reform || reform.model !== place.model) break;
    began = reform.year;
  }
  return began;
}
