/** URL state of the scenario library: the topic filter. Tolerant: a bad value means "all". */
import { TOPICS, type Topic } from '../../content/vocabulary';

export const LIBRARY_PARAMS = { topic: 'topic' } as const;

export interface LibraryState {
  topic: Topic | undefined;
}

export function parseLibraryState(search: string): LibraryState {
  const value = new URLSearchParams(search).get(LIBRARY_PARAMS.topic);
  return { topic: (TOPICS as readonly string[]).includes(value ?? '') ? (value as Topic) : undefined };
}

export function libraryStateToSearch(state: LibraryState): string {
  return state.topic ? `?${LIBRARY_PARAMS.topic}=${state.topic}` : '';
}
