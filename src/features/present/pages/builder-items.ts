/** Editing a hand-built deck: pure functions, so the builder's rules are easy to test. */
import type { ContentIndex } from '../../../content/payloads';
import { messages } from '../../../i18n/messages';
import { presentMessages } from '../../../i18n/present';
import { MAX_CUSTOM_ITEMS, type CustomDeck, type CustomItem } from '../../../content/custom-deck';

export function itemKey(item: CustomItem): string {
  if (item.kind === 'compare') return `c-${item.dimension}-${item.topic ?? 'all'}`;
  return `${item.kind === 'scenario' ? 's' : 'm'}-${item.id}`;
}

export function itemLabel(item: CustomItem, index: ContentIndex): string {
  if (item.kind === 'scenario') return index.scenarios.find((s) => s.id === item.id)?.title ?? item.id;
  if (item.kind === 'model') return index.models.find((m) => m.id === item.id)?.name ?? item.id;
  return presentMessages.compareTitle(
    messages.dimensions[item.dimension],
    item.topic ? messages.topics[item.topic] : undefined,
  );
}

export type AddResult =
  { deck: CustomDeck; added: true } | { deck: CustomDeck; added: false; reason: 'duplicate' | 'full' };

export function addItem(deck: CustomDeck, item: CustomItem): AddResult {
  if (deck.items.some((i) => itemKey(i) === itemKey(item))) return { deck, added: false, reason: 'duplicate' };
  if (deck.items.length >= MAX_CUSTOM_ITEMS) return { deck, added: false, reason: 'full' };
  return { deck: { ...deck, items: [...deck.items, item] }, added: true };
}

export function moveItem(deck: CustomDeck, from: number, by: -1 | 1): CustomDeck {
  const to = from + by;
  if (to < 0 || to >= deck.items.length) return deck;
  const items = [...deck.items];
  const [item] = items.splice(from, 1);
  if (item) items.splice(to, 0, item);
  return { ...deck, items };
}

export function removeItem(deck: CustomDeck, at: number): CustomDeck {
  return { ...deck, items: deck.items.filter((_, i) => i !== at) };
}

export function isEmptyDeck(deck: CustomDeck): boolean {
  return !deck.title && deck.items.length === 0;
}
