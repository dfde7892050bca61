/**
 * What a view offers to download, as its page describes it. The builders are loaded only when
 * a reader asks for a file (dynamic import), so no page pays for them up front.
 */
import type { Cell } from './csv';
import type { ImageFrame } from './images/frame';

export interface ShareDownloads {
  /** File names start with this, e.g. "client-turns-violent-nordic". */
  fileStem: string;
  /** What the picture or table shows: drawn on the picture and written into every file. */
  title: string;
  /** The date the content was last checked, YYYY-MM-DD, where the view has one. */
  reviewed?: string;
  /** Draws the view as SVG into a frame of a given size. */
  loadImage?: () => Promise<(frame: ImageFrame) => string>;
  /** The view's table, header row first. */
  loadTable?: () => Promise<Cell[][]>;
}

/** A file name part from any text: lower case, words joined by hyphens. */
export function fileSlug(...parts: (string | undefined)[]): string {
  return parts
    .filter((p): p is string => Boolean(p))
    .join('-')
    .toLocaleLowerCase('en')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
