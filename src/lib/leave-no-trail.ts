/**
 * The reader's "leave no trail" choice (set on the quick exit page): in-site navigation replaces
 * the history entry instead of adding one, and the site keeps no offline copy of pages. Read
 * here, where both the safety and the offline code can see it.
 */
import { readStored, STORAGE_KEYS } from './device-storage';

export const LEAVE_NO_TRAIL_CHOICES = ['off', 'on'] as const;

export function leavesNoTrail(): boolean {
  return readStored(STORAGE_KEYS.leaveNoTrail) === 'on';
}
