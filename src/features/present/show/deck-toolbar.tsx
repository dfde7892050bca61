/** Buttons for everything the keys do, for a mouse, a touch screen or a screen reader. */
import type { MouseEvent } from 'react';
import { Link, useHref } from 'react-router';
import { presentMessages } from '../../../i18n/present';
import { deckHref } from '../deck/deck-ref';
import type { DeckView } from '../deck/deck-view';
import type { DeckAction } from './deck-keys';

const t = presentMessages;

interface Props {
  deck: DeckView;
  slide: number;
  overview: boolean;
  blank: boolean;
  fullscreen: { active: boolean; supported: boolean };
  onAction: (action: DeckAction) => void;
}

export function DeckToolbar({ deck, slide, overview, blank, fullscreen, onAction }: Props) {
  const presenterHref = useHref(deckHref.presenter(deck.ref));
  // A separate window, so it can sit on the presenter's own screen; a plain link if popups are blocked.
  const openPresenter = (event: MouseEvent) => {
    const opened = window.open(presenterHref, 'swl-presenter', 'popup,width=1200,height=800');
    if (opened) event.preventDefault();
  };
  return (
    <nav className="deck-toolbar" aria-label={t.controls}>
      <button type="button" onClick={() => onAction('previous')} aria-keyshortcuts="ArrowLeft PageUp">
        <span aria-hidden="true">← </span>
        {t.previous}
      </button>
      <span className="deck-counter">{t.slideOf(slide, deck.slides.length)}</span>
      <button type="button" onClick={() => onAction('next')} aria-keyshortcuts="ArrowRight PageDown Space">
        {t.next}
        <span aria-hidden="true"> →</span>
      </button>
      <button type="button" aria-pressed={overview} onClick={() => onAction('overview')} aria-keyshortcuts="O">
        {t.overviewButton}
      </button>
      <button type="button" aria-pressed={blank} onClick={() => onAction('blank')} aria-keyshortcuts="B">
        {t.blankButton}
      </button>
      {fullscreen.supported && (
        <button
          type="button"
          aria-pressed={fullscreen.active}
          onClick={() => onAction('fullscreen')}
          aria-keyshortcuts="F"
        >
          {t.fullscreenButton}
        </button>
      )}
      <Link to={deckHref.presenter(deck.ref)} target="_blank" onClick={openPresenter}>
        {t.presenterButton}
      </Link>
      <Link to={deckHref.leave(deck.ref)} aria-keyshortcuts="Escape">
        {t.leave}
      </Link>
    </nav>
  );
}
