/**
 * Checks a hand-built deck against the content: renamed scenarios follow their alias, and
 * scenarios that no longer exist are dropped and named, so the deck still opens.
 */
import { findScenario } from '../../../content/lookup';
import type { ContentIndex } from '../../../content/payloads';
import type { CustomDeck, CustomItem, DeckNotice } from '../../../content/custom-deck';

export function resolveCustomDeck(deck: CustomDeck, index: ContentIndex): { deck: CustomDeck; notices: DeckNotice[] } {
  const missing: string[] = [];
  const items = deck.items.flatMap((item): CustomItem[] => {
    if (item.kind !== 'scenario') return [item];
    const found = findScenario(index, item.id);
    if (found.kind === 'found') return [item];
    if (found.kind === 'moved') return [{ ...item, id: found.id }];
    missing.push(item.id);
    return [];
  });
  return {
    deck: { ...deck, items },
    notices: missing.length > 0 ? [{ kind: 'missing', ids: [...new Set(missing)] }] : [],
  };
}

export function scenarioIdsOf(deck: CustomDeck): string[] {
  return [...new Set(deck.items.flatMap((item) => (item.kind === 'scenario' ? [item.id] : [])))];
}
