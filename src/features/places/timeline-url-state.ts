/** URL state of the timeline: the model filter. Tolerant: a bad value means "all models". */
import { MODEL_IDS, type ModelId } from '../../content/vocabulary';

export const TIMELINE_PARAMS = { model: 'model' } as const;

export interface TimelineState {
  model: ModelId | undefined;
}

export function parseTimelineState(search: string): TimelineState {
  const value = new URLSearchParams(search).get(TIMELINE_PARAMS.model);
  return { model: (MODEL_IDS as readonly string[]).includes(value ?? '') ? (value as ModelId) : undefined };
}

export function timelineStateToSearch(state: TimelineState): string {
  return state.model ? `?${TIMELINE_PARAMS.model}=${state.model}` : '';
}
