/**
 * URL state of the comparison matrix. The dimension and topic are path segments
 * (/compare/police/online/), so each view a link names is a prerendered page with its own
 * preview; the models shown are a query value (?models=). Links from before, with
 * ?dimension=&topic=, still parse, and the page moves them to the path form.
 * parse() is tolerant (a bad query value becomes the default, never an error); the href
 * builders leave defaults out so links stay short and stable.
 */
import { paths } from '../../config/paths';
import { DIMENSIONS, MODEL_IDS, TOPICS, type Dimension, type ModelId, type Topic } from '../../content/vocabulary';
import { oneOf } from '../../lib/url-params';

export const COMPARE_PARAMS = { dimension: 'dimension', topic: 'topic', models: 'models' } as const;

export interface CompareState {
  dimension: Dimension;
  topic: Topic | undefined;
  /** Models shown, always in the canonical order; never empty. */
  models: ModelId[];
}

export const DEFAULT_COMPARE_STATE: CompareState = { dimension: 'safety', topic: undefined, models: [...MODEL_IDS] };

export function parseCompareState(search: string): CompareState {
  const params = new URLSearchParams(search);
  const requested = new Set((params.get(COMPARE_PARAMS.models) ?? '').split(',').map((s) => s.trim()));
  const models = MODEL_IDS.filter((id) => requested.has(id));
  return {
    dimension: oneOf(DIMENSIONS, params.get(COMPARE_PARAMS.dimension)) ?? DEFAULT_COMPARE_STATE.dimension,
    topic: oneOf(TOPICS, params.get(COMPARE_PARAMS.topic)),
    models: models.length > 0 ? models : [...DEFAULT_COMPARE_STATE.models],
  };
}

export interface CompareViewParams {
  dimension?: string;
  topic?: string;
}

/** Whether path segments name a real view (a wrong one is a page that does not exist). */
export function isCompareView({ dimension, topic }: CompareViewParams): boolean {
  return (
    (dimension === undefined || oneOf(DIMENSIONS, dimension) !== undefined) &&
    (topic === undefined || oneOf(TOPICS, topic) !== undefined)
  );
}

/** The state of a comparison page: its path segments first, then the query (old links). */
export function parseCompareView(params: CompareViewParams, search: string): CompareState {
  const fromQuery = parseCompareState(search);
  if (params.dimension === undefined) return fromQuery;
  return {
    dimension: oneOf(DIMENSIONS, params.dimension) ?? DEFAULT_COMPARE_STATE.dimension,
    topic: oneOf(TOPICS, params.topic),
    models: fromQuery.models,
  };
}

/** The link to a comparison view: /compare/<dimension>/<topic>/?models=…, defaults left out. */
export function compareViewHref(state: CompareState): string {
  const models = MODEL_IDS.filter((id) => state.models.includes(id));
  const search =
    models.length > 0 && models.length < MODEL_IDS.length ? `?${COMPARE_PARAMS.models}=${models.join(',')}` : '';
  if (state.dimension === DEFAULT_COMPARE_STATE.dimension && !state.topic)
    return paths.compareView.getHref(undefined, undefined, search);
  return paths.compareView.getHref(state.dimension, state.topic, search);
}

/** Whether a query string still carries the dimension or topic (a link from before paths). */
export function hasLegacyViewQuery(search: string): boolean {
  const params = new URLSearchParams(search);
  return params.has(COMPARE_PARAMS.dimension) || params.has(COMPARE_PARAMS.topic);
}

/** Query form of the whole state: for the embeddable view, which has one prerendered page. */
export function compareStateToSearch(state: CompareState): string {
  const params = new URLSearchParams();
  if (state.dimension !== DEFAULT_COMPARE_STATE.dimension) params.set(COMPARE_PARAMS.dimension, state.dimension);
  if (state.topic) params.set(COMPARE_PARAMS.topic, state.topic);
  const models = MODEL_IDS.filter((id) => state.models.includes(id));
  if (models.length > 0 && models.length < MODEL_IDS.length) params.set(COMPARE_PARAMS.models, models.join(','));
  const search = params.toString().replace(/%2C/g, ',');
  return search ? `?${search}` : '';
}

/** Shows or hides one model, keeping at least one model shown. */
export function toggleModel(state: CompareState, id: ModelId): CompareState {
  const shown = state.models.includes(id) ? state.models.filter((m) => m !== id) : [...state.models, id];
  return { ...state, models: shown.length > 0 ? MODEL_IDS.filter((m) => shown.includes(m)) : state.models };
}
