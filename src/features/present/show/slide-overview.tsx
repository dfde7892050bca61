/**
 * Every slide at a glance (the O key), each as a thumbnail of the real slide: the slides
 * before the current one as the room saw them, fully revealed; the current one at its step;
 * the ones to come at their start, so the overview gives nothing away. Each is a link, so it
 * also works as a table of contents; arrow keys and Tab move between them.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { presentMessages } from '../../../i18n/present';
import { deckHref } from '../deck/deck-ref';
import type { DeckView } from '../deck/deck-view';
import { Slide } from '../slides/slide';
import { SlideBox } from '../slides/slide-box';
import { slideKindLabel, slideTitle } from '../slides/slide-title';
import { stepsOf } from '../slides/steps';
import type { Position } from './position';
import { inPlace } from '../../../lib/in-place';

const t = presentMessages;

/** Up, down, left and right move focus through the grid of thumbnails; Home and End to the ends. */
function moveFocus(event: KeyboardEvent<HTMLOListElement>) {
  const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>('.overview-link')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (at === -1) return;
  const columns = Math.max(
    1,
    Math.round(event.currentTarget.clientWidth / (links[0]?.parentElement?.clientWidth || 1)),
  );
  const by: Record<string, number> = {
    ArrowRight: 1,
    ArrowLeft: -1,
    ArrowDown: columns,
    ArrowUp: -columns,
    Home: -at,
    End: links.length - 1 - at,
  };
  const step = by[event.key];
  if (step === undefined) return;
  // The deck's own keys (→ for "next slide") must not act while the overview is open.
  event.preventDefault();
  event.stopPropagation();
  links[Math.min(Math.max(at + step, 0), links.length - 1)]?.focus();
}

export function SlideOverview({ deck, current, onPick }: { deck: DeckView; current: Position; onPick: () => void }) {
  const currentLink = useRef<HTMLAnchorElement>(null);
  useEffect(() => currentLink.current?.focus(), []);
  return (
    <div className="slide-overview">
      <h1>{t.overviewHeading(deck.title)}</h1>
      <ol onKeyDown={moveFocus}>
        {deck.slides.map((slide, i) => {
          const n = i + 1;
          const last = stepsOf(slide, deck.models).length - 1;
          const step = n < current.slide ? last : n === current.slide ? current.step : 0;
          return (
            <li key={n} className="overview-item">
              {/* Decoration for sighted users: the link says what the slide is. */}
              <div className="overview-thumb" aria-hidden="true" inert>
                <SlideBox>
                  <Slide slide={slide} step={step} models={deck.models} level={2} variant="projector" />
                </SlideBox>
              </div>
              <Link
                className="overview-link"
                ref={n === current.slide ? currentLink : undefined}
                to={deckHref.slide(deck.ref, n, n === current.slide ? current.step : 0)}
                {...inPlace}
                replace={n === current.slide}
                aria-current={n === current.slide ? 'step' : undefined}
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
