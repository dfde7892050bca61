/** URL state of the timeline: the model filter. Tolerant: a bad value means "all models". */
import { MODEL_IDS, type ModelId } from '../../content/vocabulary';
import { oneOf } from '../../lib/url-params';

export const TIMELINE_PARAMS = { model: 'model' } as const;

export interface TimelineState {
  model: ModelId | undefined;
}

export function parseTimelineState(search: string): TimelineState {
  return { model: oneOf(MODEL_IDS, new URLSearchParams(search).get(TIMELINE_PARAMS.model)) };
}

export function timelineStateToSearch(state: TimelineState): string {
  return state.model ? `?${TIMELINE_PARAMS.model}=${state.model}` : '';
}
