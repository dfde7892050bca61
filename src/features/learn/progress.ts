/**
 * The reader's place in the guided path, kept only on this device: the step to come back to and
 * the steps they have finished. Nothing is written for merely opening a step (that would be a
 * record of what was read, made without asking): the place moves on when the reader moves on. Stored as {"v":1,"current":"step-id","done":["step-id"]}.
 * Ids of steps that no longer exist are dropped, so renaming a step never breaks a return visit.
 */
import { hasUnknownFields, knownIds, type RecordSpec } from '../../lib/stored-record';

export const LEARN_PROGRESS_VERSION = 1;

export interface LearnProgress {
  current: string | undefined;
  done: string[];
}

export const NO_PROGRESS: LearnProgress = { current: undefined, done: [] };

export function learnProgressSpec(stepIds: readonly string[]): RecordSpec<LearnProgress> {
  const known = new Set(stepIds);
  return {
    version: LEARN_PROGRESS_VERSION,
    empty: NO_PROGRESS,
    parse: (record) => {
      const done = knownIds(record.done, known);
      const currentOk =
        record.current === undefined || (typeof record.current === 'string' && known.has(record.current));
      const current = currentOk ? (record.current as string | undefined) : undefined;
      const dropped = done.dropped || !currentOk || hasUnknownFields(record, ['current', 'done']);
      if (dropped && done.ids.length === 0 && current === undefined) return undefined;
      return { value: { current, done: done.ids }, dropped };
    },
  };
}

/** Where "continue" leads: the step last opened, else the first one not done, else the first. */
export function resumeStep(progress: LearnProgress, stepIds: readonly string[]): string | undefined {
  return progress.current ?? stepIds.find((id) => !progress.done.includes(id)) ?? stepIds[0];
}

export function isFinished(progress: LearnProgress, stepIds: readonly string[]): boolean {
  return stepIds.length > 0 && stepIds.every((id) => progress.done.includes(id));
}

export function withDone(progress: LearnProgress, stepId: string, next: string | undefined): LearnProgress {
  const done = progress.done.includes(stepId) ? progress.done : [...progress.done, stepId];
  return { current: next, done };
}
