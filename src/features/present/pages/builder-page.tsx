/**
 * /present/build/: build a deck from scenarios, models and comparisons. The deck being built
 * is the page's URL state (?d=…), so reloading keeps it and the address is the deck's link.
 */
import { useSuspenseQuery } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { paths } from '../../../config/paths';
import { contentQueries } from '../../../content/queries';
import { presentMessages } from '../../../i18n/present';
import {
  customDeckToSearch,
  encodeCustomDeck,
  MAX_TITLE_LENGTH,
  parseCustomDeckSearch,
  type CustomDeck,
  type CustomItem,
} from '../../../content/custom-deck';
import { DeckNotices } from '../deck/deck-notices';
import { resolveCustomDeck } from '../deck/resolve-custom';
import { BuilderAdd } from './builder-add';
import { addItem, isEmptyDeck, itemLabel, moveItem, removeItem } from './builder-items';
import { BuilderList } from './builder-list';
import { BuilderShare } from './builder-share';
import { DraftInput } from './draft-input';
import { useUrlState } from '../../../lib/use-url-state';

const t = presentMessages.builder;

export function BuilderPage() {
  const { data: index } = useSuspenseQuery(contentQueries.index());
  const parse = useCallback(
    (search: string) => {
      const decoded = parseCustomDeckSearch(search);
      const resolved = resolveCustomDeck(decoded.deck, index);
      return { deck: resolved.deck, notices: [...decoded.notices, ...resolved.notices] };
    },
    [index],
  );
  const hrefFor = useCallback(
    ({ deck }: { deck: CustomDeck }) => paths.deckBuilder.getHref(isEmptyDeck(deck) ? '' : customDeckToSearch(deck)),
    [],
  );
  const [{ deck, notices }, change] = useUrlState(parse, hrefFor);
  const [status, setStatus] = useState('');
  const listHeading = useRef<HTMLHeadingElement>(null);

  // Each edit builds on the deck as it is now, which may be a moment ahead of the URL.
  const edit = (next: (current: CustomDeck) => CustomDeck, said: (current: CustomDeck) => string) =>
    change((state) => {
      setStatus(said(state.deck));
      return { ...state, deck: next(state.deck) };
    });
  const add = (item: CustomItem) => {
    const label = itemLabel(item, index);
    edit(
      (current) => addItem(current, item).deck,
      (current) => {
        const result = addItem(current, item);
        if (result.added) return t.added(label, result.deck.items.length + 1);
        return result.reason === 'duplicate' ? t.duplicate(label) : t.full;
      },
    );
  };
  const move = (at: number, by: -1 | 1) => {
    const item = deck.items[at];
    if (item)
      edit(
        (current) => moveItem(current, at, by),
        () => t.moved(itemLabel(item, index), at + by + 2),
      );
  };
  const remove = (at: number) => {
    const item = deck.items[at];
    if (!item) return;
    edit(
      (current) => removeItem(current, at),
      () => t.removed(itemLabel(item, index)),
    );
    listHeading.current?.focus();
  };

  return (
    <div className="page builder-page">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <DeckNotices notices={notices} />
      <label className="builder-title">
        {t.deckTitle}
        <DraftInput
          type="text"
          maxLength={MAX_TITLE_LENGTH}
          value={deck.title}
          onCommit={(title) => change((state) => ({ ...state, deck: { ...state.deck, title } }))}
        />
      </label>
      <section aria-labelledby="builder-add">
        <h2 id="builder-add">{t.addHeading}</h2>
        <BuilderAdd index={index} onAdd={add} />
      </section>
      <p role="status" className="builder-status">
        {status}
      </p>
      <BuilderList deck={deck} index={index} headingRef={listHeading} onMove={move} onRemove={remove} />
      {!isEmptyDeck(deck) && <BuilderShare deckRef={{ kind: 'custom', encoded: encodeCustomDeck(deck) }} />}
    </div>
  );
}
