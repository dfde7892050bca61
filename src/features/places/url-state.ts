/**
 * URL state of the places table: the model filter and the sort. parse() is tolerant (a bad
 * value becomes the default, never an error); toSearch() leaves defaults out.
 */
import { MODEL_IDS, type ModelId } from '../../content/vocabulary';
import { oneOf, toSearch } from '../../lib/url-params';

export const PLACES_PARAMS = { model: 'model', sort: 'sort', order: 'order' } as const;

export const SORT_KEYS = ['name', 'model', 'year'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface PlacesState {
  model: ModelId | undefined;
  sort: SortKey;
  descending: boolean;
}

export const DEFAULT_PLACES_STATE: PlacesState = { model: undefined, sort: 'name', descending: false };

export function parsePlacesState(search: string): PlacesState {
  const params = new URLSearchParams(search);
  return {
    model: oneOf(MODEL_IDS, params.get(PLACES_PARAMS.model)),
    sort: oneOf(SORT_KEYS, params.get(PLACES_PARAMS.sort)) ?? DEFAULT_PLACES_STATE.sort,
    descending: params.get(PLACES_PARAMS.order) === 'desc',
  };
}

export function placesStateToSearch(state: PlacesState): string {
  const params = new URLSearchParams();
  if (state.model) params.set(PLACES_PARAMS.model, state.model);
  if (state.sort !== DEFAULT_PLACES_STATE.sort) params.set(PLACES_PARAMS.sort, state.sort);
  if (state.descending) params.set(PLACES_PARAMS.order, 'desc');
  return toSearch(params);
}

/** Choosing the column already sorted on reverses it; another column starts ascending. */
export function sortBy(state: PlacesState, key: SortKey): PlacesState {
  return state.sort === key ? { ...state, descending: !state.descending } : { ...state, sort: key, descending: false };
}
