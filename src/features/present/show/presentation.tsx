/**
 * The audience view: one slide, full screen, no site chrome. Keys and clickers move through
 * the slides and their reveal steps; O shows every slide, B blanks the screen, Esc backs out
 * (overview or blank first, then the presentation). Each change is announced.
 */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ReferencesProvider } from '../../../components/references-context';
import { presentMessages } from '../../../i18n/present';
import { channelName, deckHref } from '../deck/deck-ref';
import { DeckNotices } from '../deck/deck-notices';
import type { DeckView } from '../deck/deck-view';
import { Slide } from '../slides/slide';
import { useDeckKeys, type DeckAction } from './deck-keys';
import { DeckToolbar } from './deck-toolbar';
import { FIRST, lastPosition, nextPosition, previousPosition } from './position';
import { SlideOverview } from './slide-overview';
import { announcement } from './step-label';
import { useAudiencePosition } from './use-audience-position';
import { useDeckSync } from './use-deck-sync';
import { useFullscreen } from './use-fullscreen';

const t = presentMessages;
type Mode = 'slide' | 'overview' | 'blank';

export function Presentation({ deck, slideParam }: { deck: DeckView; slideParam: string | undefined }) {
  const { position, latest, go } = useAudiencePosition(deck, slideParam);
  const [mode, setMode] = useState<Mode>('slide');
  const fullscreen = useFullscreen();
  const navigate = useNavigate();
  useDeckSync(channelName(deck.ref), position, go, { greet: false, announce: true });

  const act = (action: DeckAction) => {
    const moving = action === 'next' || action === 'previous' || action === 'first' || action === 'last';
    // On a blank screen, the first press of a clicker brings the slide back rather than moving on.
    if (moving && mode === 'blank') return setMode('slide');
    if (action === 'next') return go(nextPosition(deck, latest()));
    if (action === 'previous') return go(previousPosition(deck, latest()));
    if (action === 'first') return go(FIRST);
    if (action === 'last') return go(lastPosition(deck));
    if (action === 'fullscreen') return fullscreen.toggle();
    if (action === 'overview') return setMode(mode === 'overview' ? 'slide' : 'overview');
    if (action === 'blank') return setMode(mode === 'blank' ? 'slide' : 'blank');
    if (mode !== 'slide') return setMode('slide');
    void navigate(deckHref.overview(deck.ref));
  };
  useDeckKeys(act);

  const slide = deck.slides[position.slide - 1];
  const spoken = mode === 'blank' ? t.blanked : mode === 'overview' ? t.overviewOpened : announcement(deck, position);
  return (
    <ReferencesProvider value={deck.references}>
      <div className={`deck-stage is-${mode}`}>
        {mode === 'overview' ? (
          <SlideOverview deck={deck} current={position.slide} onPick={() => setMode('slide')} />
        ) : (
          <section className="slide-frame" aria-roledescription={t.slideRole} aria-label={t.slideOf(position.slide, deck.slides.length)}>
            {slide && <Slide key={position.slide} slide={slide} step={position.step} models={deck.models} level={1} variant="projector" />}
            {position.slide === 1 && <DeckNotices notices={deck.notices} />}
          </section>
        )}
        {mode === 'blank' && (
          <button type="button" className="deck-blank" onClick={() => setMode('slide')}>
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
