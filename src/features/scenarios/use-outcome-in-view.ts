/**
 * A link to one model's outcome (/scenarios/<id>/<model>/) opens with that outcome in view, as a
 * #fragment link would: the point of sharing it. Only when the page opens with a model in focus,
 * not when the reader changes the focus in place (that keeps their place); only if they have not
 * scrolled yet; and only if the card's headline is not already on screen.
 *
 * A passive effect, deferred a frame: it runs after the router's scroll to the top of a new page
 * and after focus moves to the page's heading, either of which would otherwise undo it. Without
 * JavaScript, narrow screens still show the card in focus first (CSS order).
 */
import { useEffect, useRef } from 'react';
import type { ModelId } from '../../content/vocabulary';

export function outcomeId(model: ModelId): string {
  return `outcome-${model}`;
}

export function useOutcomeInView(focus: ModelId | undefined): void {
  const openedWith = useRef(focus);
  useEffect(() => {
    const model = openedWith.current;
    if (!model) return;
    const frame = requestAnimationFrame(() => {
      const card = document.getElementById(outcomeId(model))?.closest<HTMLElement>('.outcome-item');
      const headline = card?.querySelector('.headline');
      if (!card || !headline || window.scrollY > 0) return;
      if (headline.getBoundingClientRect().bottom <= window.innerHeight) return;
      card.scrollIntoView({ block: 'start' });
    });
    return () => cancelAnimationFrame(frame);
  }, []);
}
