/** URL state of the scenario library: the topic filter. Tolerant: a bad value means "all". */
import { TOPICS, type Topic } from '../../content/vocabulary';
import { oneOf } from '../../lib/url-params';

export const LIBRARY_PARAMS = { topic: 'topic' } as const;

export interface LibraryState {
  topic: Topic | undefined;
}

export function parseLibraryState(search: string): LibraryState {
  return { topic: oneOf(TOPICS, new URLSearchParams(search).get(LIBRARY_PARAMS.topic)) };
}

export function libraryStateToSearch(state: LibraryState): string {
  return state.topic ? `?${LIBRARY_PARAMS.topic}=${state.topic}` : '';
}
