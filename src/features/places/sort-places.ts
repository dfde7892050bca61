/** Filters and orders the places table. Pure, so the table and its tests agree. */
import type { JurisdictionSummary } from '../../content/payloads';
import type { ModelId } from '../../content/vocabulary';
import type { PlacesState } from './url-state';

const byName = (a: JurisdictionSummary, b: JurisdictionSummary) => a.name.localeCompare(b.name);

/**
 * @param modelOrder the models in their reading order, so "sort by model" follows the guide.
 * Places with no year in force come last whichever way the years run; ties go by name.
 */
export function visiblePlaces(
  places: readonly JurisdictionSummary[],
  state: PlacesState,
  modelOrder: readonly ModelId[],
): JurisdictionSummary[] {
  const shown = state.model ? places.filter((p) => p.model === state.model) : [...places];
  const sign = state.descending ? -1 : 1;
  return shown.sort((a, b) => {
    if (state.sort === 'model')
      return sign * (modelOrder.indexOf(a.model) - modelOrder.indexOf(b.model)) || byName(a, b);
    if (state.sort === 'year') {
      if (a.yearInForce === undefined || b.yearInForce === undefined) {
        return (a.yearInForce === undefined ? 1 : 0) - (b.yearInForce === undefined ? 1 : 0) || byName(a, b);
      }
      return sign * (a.yearInForce - b.yearInForce) || byName(a, b);
    }
    return sign * byName(a, b);
  });
}
