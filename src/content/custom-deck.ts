/**
 * A deck someone builds by hand lives entirely in its link: `?d=v1.<base64url>`. The payload is
 * one line per part ("t:" title, "s:" scenario, "m:" model, "c:" comparison), so it stays short
 * and a damaged link loses only the lines that were damaged. Parsing never throws: it returns
 * what it could read and a list of notices saying what it could not.
 */
import { DIMENSIONS, MODEL_IDS, TOPICS, type Dimension, type ModelId, type Topic } from './vocabulary';
import { decodeBase64Url, encodeBase64Url } from './base64url';
import { CUSTOM_DECK_PARAM } from './custom-deck-address';

export { CUSTOM_DECK_ID, CUSTOM_DECK_PARAM } from './custom-deck-address';
export const CUSTOM_DECK_VERSION = 1;
export const MAX_CUSTOM_ITEMS = 30;
export const MAX_TITLE_LENGTH = 120;

export type CustomItem =
  | { kind: 'scenario'; id: string }
  | { kind: 'model'; id: ModelId }
  | { kind: 'compare'; dimension: Dimension; topic?: Topic };

export interface CustomDeck {
  title: string;
  items: CustomItem[];
}

export type DeckNotice =
  | { kind: 'unreadable' }
  | { kind: 'version'; found: number | undefined; newer: boolean }
  | { kind: 'skipped'; count: number }
  | { kind: 'too-long'; dropped: number }
  | { kind: 'missing'; ids: string[] };

export const EMPTY_CUSTOM_DECK: CustomDeck = { title: '', items: [] };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const oneOf = <T extends string>(options: readonly T[], value: string | undefined): T | undefined =>
  options.includes(value as T) ? (value as T) : undefined;

export function encodeCustomDeck(deck: CustomDeck): string {
  const lines = [`t:${cleanTitle(deck.title)}`, ...deck.items.slice(0, MAX_CUSTOM_ITEMS).map(itemLine)];
  return `v${CUSTOM_DECK_VERSION}.${encodeBase64Url(lines.join('\n'))}`;
}

export function customDeckToSearch(deck: CustomDeck): string {
  return `?${CUSTOM_DECK_PARAM}=${encodeCustomDeck(deck)}`;
}

export function decodeCustomDeck(value: string | null | undefined): { deck: CustomDeck; notices: DeckNotice[] } {
  const notices: DeckNotice[] = [];
  const raw = (value ?? '').trim();
  // No deck at all is how a new deck starts; only a deck that cannot be read earns a notice.
  if (!raw) return { deck: EMPTY_CUSTOM_DECK, notices: [] };
  const versioned = /^v(\d+)\.(.*)$/s.exec(raw);
  const version = versioned ? Number(versioned[1]) : undefined;
  const body = versioned ? (versioned[2] ?? '') : raw;
  let text: string;
  try {
    text = decodeBase64Url(body);
  } catch {
    text = '';
  }
  const deck: CustomDeck = { title: '', items: [] };
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('t:') && !deck.title) deck.title = cleanTitle(line.slice(2));
    else {
      const item = parseItem(line);
      if (item) deck.items.push(item);
      else if (line.trim()) skipped += 1;
    }
  }
  if (!deck.title && deck.items.length === 0) return { deck: EMPTY_CUSTOM_DECK, notices: [{ kind: 'unreadable' }] };
  if (version !== CUSTOM_DECK_VERSION)
    notices.push({ kind: 'version', found: version, newer: (version ?? 0) > CUSTOM_DECK_VERSION });
  if (skipped > 0) notices.push({ kind: 'skipped', count: skipped });
  if (deck.items.length > MAX_CUSTOM_ITEMS) {
    notices.push({ kind: 'too-long', dropped: deck.items.length - MAX_CUSTOM_ITEMS });
    deck.items = deck.items.slice(0, MAX_CUSTOM_ITEMS);
  }
  return { deck, notices };
}

/** The deck in a query string, e.g. from useHydratedSearch(). */
export function parseCustomDeckSearch(search: string): { deck: CustomDeck; notices: DeckNotice[] } {
  return decodeCustomDeck(new URLSearchParams(search).get(CUSTOM_DECK_PARAM));
}

function itemLine(item: CustomItem): string {
  if (item.kind === 'scenario') return `s:${item.id}`;
  if (item.kind === 'model') return `m:${item.id}`;
  return item.topic ? `c:${item.dimension}:${item.topic}` : `c:${item.dimension}`;
}

function parseItem(line: string): CustomItem | undefined {
  const [kind, first, second] = line.trim().split(':');
  if (kind === 's' && first && ID.test(first)) return { kind: 'scenario', id: first };
  const model = oneOf(MODEL_IDS, first);
  if (kind === 'm' && model) return { kind: 'model', id: model };
  const dimension = oneOf(DIMENSIONS, first);
  if (kind === 'c' && dimension) {
    const topic = oneOf(TOPICS, second);
    return topic ? { kind: 'compare', dimension, topic } : { kind: 'compare', dimension };
  }
  return undefined;
}

function cleanTitle(title: string): string {
  // Replacement characters come from a link cut mid-letter; line breaks would split the payload.
  return title
    .replace(/[\r\n\uFFFD]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_TITLE_LENGTH);
}
