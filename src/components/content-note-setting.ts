import { STORAGE_KEYS } from '../lib/device-storage';
import { useStoredChoice } from '../lib/use-stored-choice';

export const CONTENT_NOTE_CHOICES = ['fold', 'show'] as const;
export type ContentNoteChoice = (typeof CONTENT_NOTE_CHOICES)[number];

/** Whether details behind content notes start folded (default) or open; remembered on the device. */
export function useContentNoteChoice() {
  return useStoredChoice<ContentNoteChoice>(STORAGE_KEYS.contentNotes, CONTENT_NOTE_CHOICES, 'fold');
}
