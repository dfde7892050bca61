/**
 * Gives a page its deck, built or custom, in one shape (DeckView). A custom deck lives in the
 * query string, which the prerendered page cannot know, so it opens once hydration is over.
 */
import { useSuspenseQueries, useSuspenseQuery } from '@tanstack/react-query';
import { Suspense, useMemo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { paths, RETURN_PARAM, safeReturnPath } from '../../../config/paths';
import { contentQueries } from '../../../content/queries';
import { presentMessages } from '../../../i18n/present';
import { useHydrated, useHydratedSearch } from '../../../lib/use-hydrated';
import { CUSTOM_DECK_PARAM, decodeCustomDeck } from '../../../content/custom-deck';
import { CUSTOM_DECK_ID } from '../../../content/custom-deck';
import { builtDeckView, customDeckView, type DeckView } from './deck-view';
import { resolveCustomDeck, scenarioIdsOf } from './resolve-custom';

const t = presentMessages;

type Render = (deck: DeckView) => ReactNode;

export function WithDeck({ deckId, children }: { deckId: string; children: Render }) {
  // Where "Present this…" was pressed, if it was: the query string, so known once hydrated.
  const search = new URLSearchParams(useHydratedSearch());
  const from = safeReturnPath(search.get(RETURN_PARAM));
  if (deckId !== CUSTOM_DECK_ID) {
    return (
      <BuiltDeck id={deckId} from={from}>
        {children}
      </BuiltDeck>
    );
  }
  return (
    <CustomDeck encoded={search.get(CUSTOM_DECK_PARAM) ?? ''} from={from}>
      {children}
    </CustomDeck>
  );
}

function BuiltDeck({ id, from, children }: { id: string; from: string | undefined; children: Render }) {
  const { data: page } = useSuspenseQuery(contentQueries.deck(id));
  const { data: models } = useSuspenseQuery(contentQueries.deckModels());
  const { data: index } = useSuspenseQuery(contentQueries.index());
  const deck = useMemo(
    () => builtDeckView(from ? { kind: 'built', id, from } : { kind: 'built', id }, page, models, index),
    [id, from, page, models, index],
  );
  return <>{children(deck)}</>;
}

function CustomDeck({ encoded, from, children }: { encoded: string; from: string | undefined; children: Render }) {
  const hydrated = useHydrated();
  if (!hydrated) return <p className="deck-opening">{t.opening}</p>;
  if (!encoded) return <NoDeck text={t.noDeck} />;
  return (
    <Suspense fallback={<p className="deck-opening">{t.opening}</p>}>
      <CustomDeckContent encoded={encoded} from={from}>
        {children}
      </CustomDeckContent>
    </Suspense>
  );
}

function CustomDeckContent({
  encoded,
  from,
  children,
}: {
  encoded: string;
  from: string | undefined;
  children: Render;
}) {
  const [{ data: index }, { data: models }] = useSuspenseQueries({
    queries: [contentQueries.index(), contentQueries.deckModels()],
  });
  const decoded = useMemo(() => decodeCustomDeck(encoded), [encoded]);
  const resolved = useMemo(() => resolveCustomDeck(decoded.deck, index), [decoded, index]);
  const pages = useSuspenseQueries({ queries: scenarioIdsOf(resolved.deck).map((id) => contentQueries.scenario(id)) });
  // Cheap to assemble, so no memo: the query results it reads are themselves cached.
  const deck = customDeckView(
    from ? { kind: 'custom', encoded, from } : { kind: 'custom', encoded },
    resolved.deck,
    pages.map((p) => p.data),
    models,
    index,
    [...decoded.notices, ...resolved.notices],
    t.untitled,
  );
  if (decoded.notices.some((n) => n.kind === 'unreadable')) return <NoDeck text={t.unreadable} />;
  return <>{children(deck)}</>;
}

function NoDeck({ text }: { text: string }) {
  return (
    <div className="page deck-missing">
      <h1>{t.noDeckTitle}</h1>
      <p>{text}</p>
      <p>
        <Link to={paths.deckBuilder.getHref()}>{t.buildOwnLink}</Link> ·{' '}
        <Link to={paths.decks.getHref()}>{t.allDecks}</Link>
      </p>
    </div>
  );
}
