/**
 * The presenter's own window: the current and next slide, the speaker notes and prompts, and
 * the time since it opened. It follows the audience window and drives it (BroadcastChannel).
 */
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { ReferencesProvider } from '../../../components/references-context';
import { RichText } from '../../../components/rich-text';
import { presentMessages } from '../../../i18n/present';
import { channelName, deckHref } from '../deck/deck-ref';
import type { DeckView } from '../deck/deck-view';
import { Slide } from '../slides/slide';
import { SlideBox } from '../slides/slide-box';
import { useDeckKeys } from './deck-keys';
import {
  clampPosition,
  FIRST,
  lastPosition,
  nextPosition,
  previousPosition,
  samePosition,
  type Position,
} from './position';
import { announcement, stepLabel } from './step-label';
import { useDeckSync } from './use-deck-sync';
import { formatElapsed, useElapsed } from './use-elapsed';

const t = presentMessages;

export function Presenter({ deck }: { deck: DeckView }) {
  const [position, setPosition] = useState<Position>(FIRST);
  const move = useCallback((p: Position) => setPosition(clampPosition(deck, p.slide, p.step)), [deck]);
  useDeckSync(channelName(deck.ref), position, move, { greet: true, announce: false });
  // Functional updates, so two quick presses are two moves.
  const step = (by: (p: Position) => Position) => setPosition(by);
  useDeckKeys((action) => {
    if (action === 'next') step((p) => nextPosition(deck, p));
    if (action === 'previous') step((p) => previousPosition(deck, p));
    if (action === 'first') move(FIRST);
    if (action === 'last') move(lastPosition(deck));
  });
  const elapsed = useElapsed();
  const slide = deck.slides[position.slide - 1];
  const next = nextPosition(deck, position);
  const nextSlide = samePosition(next, position) ? undefined : deck.slides[next.slide - 1];
  const prompts = slide?.kind === 'scenario' ? slide.prompts : [];
  const predict = slide?.kind === 'scenario' ? slide.predict : undefined;
  return (
    <ReferencesProvider value={deck.references}>
      <div className="presenter">
        <header className="presenter-bar">
          <h1>{t.presenterHeading(deck.title)}</h1>
          <p className="presenter-where">
            {t.slideOf(position.slide, deck.slides.length)}
            {stepLabel(deck, position) && <> · {stepLabel(deck, position)}</>}
          </p>
          <p className="presenter-elapsed">
            {t.elapsed}: <span role="timer">{formatElapsed(elapsed.seconds)}</span>{' '}
            <button type="button" onClick={elapsed.reset}>
              {t.resetElapsed}
            </button>
          </p>
          <p className="presenter-moves">
            <button type="button" onClick={() => step((p) => previousPosition(deck, p))}>
              <span aria-hidden="true">← </span>
              {t.previous}
            </button>
            <button type="button" onClick={() => step((p) => nextPosition(deck, p))}>
              {t.next}
              <span aria-hidden="true"> →</span>
            </button>
            <Link to={deckHref.slide(deck.ref, position.slide, position.step)} target="_blank">
              {t.audienceLink}
            </Link>
          </p>
        </header>
        <div className="presenter-grid">
          <section className="presenter-notes" aria-labelledby="presenter-notes">
            <h2 id="presenter-notes">{t.notes}</h2>
            {slide?.notes ? (
              <p>
                <RichText text={slide.notes} />
              </p>
            ) : (
              <p>{t.noNotes}</p>
            )}
            {predict && (
              <>
                <h3>{t.predictLabel}</h3>
                <p>{predict}</p>
              </>
            )}
            {prompts.length > 0 && (
              <>
                <h3>{t.discuss}</h3>
                <ul>
                  {prompts.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              </>
            )}
          </section>
          <section className="presenter-current" aria-labelledby="presenter-current">
            <h2 id="presenter-current">{t.currentSlide}</h2>
            <SlideBox className="slide-preview">
              {slide && <Slide slide={slide} step={position.step} models={deck.models} level={3} variant="projector" />}
            </SlideBox>
          </section>
          <section className="presenter-next" aria-labelledby="presenter-next">
            <h2 id="presenter-next">
              {nextSlide ? t.nextUp(stepLabel(deck, next) ?? t.slideOf(next.slide, deck.slides.length)) : t.endOfDeck}
            </h2>
            {nextSlide && (
              <SlideBox className="slide-preview">
                <Slide slide={nextSlide} step={next.step} models={deck.models} level={3} variant="projector" />
              </SlideBox>
            )}
          </section>
        </div>
        <p className="visually-hidden" role="status">
          {announcement(deck, position)}
        </p>
      </div>
    </ReferencesProvider>
  );
}
