/**
 * Resolving ids from URLs against the content index, including aliases for renamed ids. An id
 * is only a name: one such as "constructor" or "__proto__" is looked up as an own property, so
 * it is an ordinary unknown id, never a member every object inherits.
 */
import type { ContentIndex, ModelSummary, ScenarioSummary } from './payloads';
import { MODEL_IDS, type ModelId } from './vocabulary';

export type Lookup<T> = { kind: 'found'; entry: T } | { kind: 'moved'; id: string } | { kind: 'missing' };

export function isModelId(value: string | undefined): value is ModelId {
  return (MODEL_IDS as readonly string[]).includes(value ?? '');
}

export function findModel(index: ContentIndex, id: string | undefined): Lookup<ModelSummary> {
  const entry = index.models.find((m) => m.id === id);
  if (entry) return { kind: 'found', entry };
  const moved = id && Object.hasOwn(index.aliases.models, id) ? index.aliases.models[id] : undefined;
  return moved ? { kind: 'moved', id: moved } : { kind: 'missing' };
}

export function findScenario(index: ContentIndex, id: string | undefined): Lookup<ScenarioSummary> {
  const entry = index.scenarios.find((s) => s.id === id);
  if (entry) return { kind: 'found', entry };
  const moved = id && Object.hasOwn(index.aliases.scenarios, id) ? index.aliases.scenarios[id] : undefined;
  return moved ? { kind: 'moved', id: moved } : { kind: 'missing' };
}
