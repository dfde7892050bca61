/** Every slide at a glance (the O key); each is a link, so it also works as a table of contents. */
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { presentMessages } from '../../../i18n/present';
import { deckHref } from '../deck/deck-ref';
import type { DeckView } from '../deck/deck-view';
import { slideKindLabel, slideTitle } from '../slides/slide-title';

const t = presentMessages;

export function SlideOverview({ deck, current, onPick }: { deck: DeckView; current: number; onPick: () => void }) {
  const currentLink = useRef<HTMLAnchorElement>(null);
  useEffect(() => currentLink.current?.focus(), []);
  return (
    <div className="slide-overview">
      <h1>{t.overviewHeading(deck.title)}</h1>
      <ol>
        {deck.slides.map((slide, i) => {
          const n = i + 1;
          return (
            <li key={n}>
              <Link
                ref={n === current ? currentLink : undefined}
                to={deckHref.slide(deck.ref, n)}
                replace
                state={{ keepFocus: true }}
                aria-current={n === current ? 'step' : undefined}
                onClick={onPick}
              >
                <span className="overview-number">{n}</span>
                <span className="overview-kind">{slideKindLabel(slide)}</span>
                <span className="overview-title">{slideTitle(slide)}</span>
              </Link>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
