/**
 * The data a prerendered page carries for hydration: the dehydrated query cache, and the
 * content files it preloads instead of carrying (scripts/lib/page-data.ts). Stored in a
 * non-executable JSON script tag, so a strict Content-Security-Policy need not allow inline
 * scripts.
 */
import type { DehydratedState } from '@tanstack/react-query';

export const APP_DATA_ID = 'app-data';

export interface AppData {
  /** The path this page was rendered for; a host may serve it for others (404.html). */
  path: string;
  queryState: DehydratedState;
  /**
   * Content files the page read but does not carry, to keep its HTML within the first round
   * trip; its head preloads them, and the browser fetches them before hydrating.
   */
  external?: string[];
}

export function serializeAppData(data: AppData): string {
  // Escape "<" so no content can close the script element early.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${APP_DATA_ID}">${json}</script>`;
}

export function readAppData(doc: Document): AppData | undefined {
  const text = doc.getElementById(APP_DATA_ID)?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as AppData;
  } catch {
    return undefined;
  }
}

/** Whether prerendered data belongs to the URL now open (trailing slash aside). */
export function isDataFor(data: AppData, pathname: string): boolean {
  const trim = (p: string) => p.replace(/\/+$/, '');
  return trim(data.path) === trim(pathname);
}

/** The router basename, from Vite's base ("/" or "/sub-path/"). */
export const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
