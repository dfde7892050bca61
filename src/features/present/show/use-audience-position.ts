/**
 * Where the room is in the deck. The slide is in the URL (so a link opens it); the reveal step
 * rides along in the history entry's state, so it lasts only for this visit. Moving replaces
 * the history entry: Back leaves the presentation instead of stepping through it.
 */
import { useCallback, useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { deckHref } from '../deck/deck-ref';
import type { DeckView } from '../deck/deck-view';
import { clampPosition, samePosition, type Position } from './position';

function stepFrom(state: unknown): number {
  const step = (state as { deckStep?: unknown } | null)?.deckStep;
  return typeof step === 'number' ? step : 0;
}

export interface AudiencePosition {
  position: Position;
  /** The position to move on from: where the last key press asked to go, even if the URL has not caught up. */
  latest: () => Position;
  go: (next: Position) => void;
}

export function useAudiencePosition(deck: DeckView, slideParam: string | undefined): AudiencePosition {
  const location = useLocation();
  const navigate = useNavigate();
  const position = clampPosition(deck, Number(slideParam), stepFrom(location.state));
  const { slide, step } = position;
  // A clicker can press twice before the first move has finished navigating; both count.
  const pending = useRef<Position | null>(null);
  const current = useRef(position);
  useEffect(() => {
    current.current = { slide, step };
    if (pending.current && samePosition(pending.current, { slide, step })) pending.current = null;
  }, [slide, step]);
  const { ref } = deck;
  const go = useCallback(
    (next: Position) => {
      pending.current = next;
      void navigate(deckHref.slide(ref, next.slide), {
        replace: true,
        preventScrollReset: true,
        // keepFocus: a keyboard user's focus stays where it was (the layout would move it).
        state: { keepFocus: true, deckStep: next.step },
      });
    },
    [navigate, ref],
  );
  const latest = useCallback(() => pending.current ?? current.current, []);
  return { position, latest, go };
}
