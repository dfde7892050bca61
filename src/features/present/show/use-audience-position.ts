/**
 * Where the room is in the deck. The slide and its reveal step are both in the URL, so a link
 * opens "the Nordic reveal of slide 6" (decision 021). A move to another slide adds a history
 * entry, so Back and Forward go from slide to slide; a step within a slide replaces the entry,
 * so Back never replays a reveal one press at a time, and lands on the slide as it was left.
 */
import { useCallback, useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { deckHref } from '../deck/deck-ref';
import type { DeckView } from '../deck/deck-view';
import { samePosition, type Position } from './position';
import { inPlace } from '../../../lib/in-place';

export interface AudiencePosition {
  /** The position to move on from: where the last key press asked to go, even if the URL has not caught up. */
  latest: () => Position;
  go: (next: Position) => void;
}

export function useAudiencePosition(deck: DeckView, position: Position): AudiencePosition {
  const navigate = useNavigate();
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
      const from = pending.current ?? current.current;
      if (samePosition(from, next)) return;
      pending.current = next;
      void navigate(deckHref.slide(ref, next.slide, next.step), {
        // In place: a keyboard user's focus stays where it was (the layout would move it). A new
        // slide is a new history entry, so Back returns to the one before.
        ...inPlace,
        replace: next.slide === from.slide,
      });
    },
    [navigate, ref],
  );
  const latest = useCallback(() => pending.current ?? current.current, []);
  return { latest, go };
}
