/**
 * The audience view: one slide, scaled to fill the screen, no site chrome. Keys and clickers
 * move through the slides and their reveal steps; O shows every slide, B blanks the screen, Esc
 * backs out (overview or blank first, then the presentation, to where it was opened from).
 * Each change is announced. The controls float over the slide and fade when the pointer rests.
 */
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { ReferencesProvider } from '../../../components/references-context';
import { presentMessages } from '../../../i18n/present';
import { channelName, deckHref } from '../deck/deck-ref';
import { DeckNotices } from '../deck/deck-notices';
import type { DeckView } from '../deck/deck-view';
import { Slide } from '../slides/slide';
import { SlideBox } from '../slides/slide-box';
import { useDeckKeys, type DeckAction } from './deck-keys';
import { DeckToolbar } from './deck-toolbar';
import { FIRST, lastPosition, nextPosition, previousPosition, type Position } from './position';
import { SlideOverview } from './slide-overview';
import { announcement } from './step-label';
import { useAudiencePosition } from './use-audience-position';
import { useDeckSync } from './use-deck-sync';
import { useFullscreen } from './use-fullscreen';
import { useIdleChrome } from './use-idle-chrome';

const t = presentMessages;
type Mode = 'slide' | 'overview' | 'blank';

const toolbarInUse = () => document.querySelector('.deck-toolbar:hover, .deck-toolbar:focus-within') !== null;

export function Presentation({ deck, position }: { deck: DeckView; position: Position }) {
  const { latest, go } = useAudiencePosition(deck, position);
  const [mode, setMode] = useState<Mode>('slide');
  const fullscreen = useFullscreen();
  const navigate = useNavigate();
  const chrome = useIdleChrome(toolbarInUse);
  const frame = useRef<HTMLElement>(null);
  // Whatever had focus when the overview opened (its button, or nothing): it gets focus back.
  const opener = useRef<HTMLElement | null>(null);
  useDeckSync(channelName(deck.ref), position, go, { greet: false, announce: true });

  const showMode = (next: Mode) => {
    if (next === 'overview' && mode !== 'overview') {
      const active = document.activeElement;
      opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
    }
    setMode(next);
  };
  const closedOverview = useRef(false);
  useEffect(() => {
    if (mode !== 'overview' && closedOverview.current) {
      closedOverview.current = false;
      // Back to the control that opened the overview, or else to the slide itself, so keyboard
      // and screen reader users are not dropped at the top of the page (reliability finding 19).
      const target = opener.current?.isConnected ? opener.current : frame.current;
      target?.focus({ preventScroll: true });
      opener.current = null;
    }
    if (mode === 'overview') closedOverview.current = true;
  }, [mode]);

  const act = (action: DeckAction) => {
    const moving = action === 'next' || action === 'previous' || action === 'first' || action === 'last';
    // On a blank screen, the first press of a clicker brings the slide back rather than moving on.
    if (moving && mode === 'blank') return showMode('slide');
    if (action === 'next') return go(nextPosition(deck, latest()));
    if (action === 'previous') return go(previousPosition(deck, latest()));
    if (action === 'first') return go(FIRST);
    if (action === 'last') return go(lastPosition(deck));
    if (action === 'fullscreen') return fullscreen.toggle();
    if (action === 'overview') return showMode(mode === 'overview' ? 'slide' : 'overview');
    if (action === 'blank') return showMode(mode === 'blank' ? 'slide' : 'blank');
    if (mode !== 'slide') return showMode('slide');
    void navigate(deckHref.leave(deck.ref));
  };
  useDeckKeys(act);

  // A control pressed with a mouse or a finger gives up focus at once, so no focus ring is
  // projected when the presenter goes on with the keyboard or a clicker. Keyboard presses
  // (detail 0) keep focus where it is.
  const dropPointerFocus = (event: MouseEvent) => {
    if (event.detail === 0) return;
    const control = (event.target as Element).closest<HTMLElement>('button, a');
    if (control && control === document.activeElement) control.blur();
  };

  const slide = deck.slides[position.slide - 1];
  const spoken = mode === 'blank' ? t.blanked : mode === 'overview' ? t.overviewOpened : announcement(deck, position);
  return (
    <ReferencesProvider value={deck.references}>
      <div
        className={`deck-stage is-${mode}${chrome.idle ? ' is-idle' : ''}`}
        onClickCapture={chrome.wake}
        onClick={dropPointerFocus}
      >
        {mode === 'overview' ? (
          <SlideOverview deck={deck} current={position} onPick={() => showMode('slide')} />
        ) : (
          <section
            ref={frame}
            tabIndex={-1}
            className="slide-frame"
            aria-roledescription={t.slideRole}
            aria-label={t.slideOf(position.slide, deck.slides.length)}
          >
            <SlideBox>
              {slide && (
                <Slide
                  key={position.slide}
                  slide={slide}
                  step={position.step}
                  models={deck.models}
                  level={1}
                  variant="projector"
                />
              )}
              {position.slide === 1 && <DeckNotices notices={deck.notices} />}
            </SlideBox>
          </section>
        )}
        {mode === 'blank' && (
          <button type="button" className="deck-blank" onClick={() => showMode('slide')}>
            <span className="visually-hidden">{t.unblank}</span>
          </button>
        )}
        <DeckToolbar
          deck={deck}
          slide={position.slide}
          overview={mode === 'overview'}
          blank={mode === 'blank'}
          fullscreen={fullscreen}
          onAction={act}
        />
        <p className="visually-hidden" role="status">
          {spoken}
        </p>
      </div>
    </ReferencesProvider>
  );
}
