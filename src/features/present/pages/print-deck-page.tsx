/**
 * Take the deck home: /present/:deckId/print/ prints every slide on its own landscape page,
 * and /present/:deckId/handout/ prints each slide beside its speaker notes, prompts and
 * sources. Both carry the link and QR code back to the live deck, and both work for a deck
 * built by hand. The slides are the projector's own layout, scaled to the page.
 */
import { Link, useParams } from 'react-router';
import { PrintLink } from '../../../components/print-link';
import { ReferencesProvider } from '../../../components/references-context';
import { presentMessages } from '../../../i18n/present';
import { deckHref } from '../deck/deck-ref';
import type { DeckView, SlideView } from '../deck/deck-view';
import { WithDeck } from '../deck/with-deck';
import { Slide } from '../slides/slide';
import { SlideBox } from '../slides/slide-box';
import { stepsOf } from '../slides/steps';
import { HandoutNotes } from './handout-notes';

const t = presentMessages.print;

export type PrintLayout = 'slides' | 'handout';

/**
 * The steps of a slide worth a page: a scenario's situation and question, its four outcomes,
 * and its discussion; every page of a long comparison; any other slide as it is.
 */
export function printedSteps(slide: SlideView, deck: DeckView): number[] {
  const steps = stepsOf(slide, deck.models);
  if (slide.kind === 'compare') return steps.map((_, i) => i);
  if (slide.kind !== 'scenario') return [0];
  const lastModel = steps.findLastIndex((s) => s.kind === 'model');
  return [
    steps.findIndex((s) => s.kind === 'question'),
    lastModel,
    steps.findIndex((s) => s.kind === 'prompts'),
  ].filter((i) => i >= 0);
}

/** The one step a handout shows: everything the projector reveals, outcomes included. */
function handoutStep(slide: SlideView, deck: DeckView): number {
  const steps = printedSteps(slide, deck);
  return slide.kind === 'scenario' ? (steps[1] ?? 0) : (steps[0] ?? 0);
}

export const PrintSlidesPage = () => <PrintDeckPage layout="slides" />;
export const HandoutPage = () => <PrintDeckPage layout="handout" />;

function PrintDeckPage({ layout }: { layout: PrintLayout }) {
  const { deckId = '' } = useParams();
  return <WithDeck deckId={deckId}>{(deck) => <PrintDeck deck={deck} layout={layout} />}</WithDeck>;
}

function PrintDeck({ deck, layout }: { deck: DeckView; layout: PrintLayout }) {
  const total = deck.slides.length;
  return (
    <ReferencesProvider value={deck.references}>
      <article className={`page print-deck print-deck-${layout}`}>
        <div className="print-deck-head">
          <h1>{layout === 'slides' ? t.slidesTitle(deck.title) : t.handoutTitle(deck.title)}</h1>
          <div className="no-print">
            <p className="lead">{layout === 'slides' ? t.slidesIntro : t.handoutIntro}</p>
            <ul className="deck-actions">
              <li>
                <button type="button" className="button-link" onClick={() => window.print()}>
                  {t.print}
                </button>
              </li>
              <li>
                <Link to={layout === 'slides' ? deckHref.handout(deck.ref) : deckHref.print(deck.ref)}>
                  {layout === 'slides' ? t.toHandout : t.toSlides}
                </Link>
              </li>
              <li>
                <Link to={deckHref.overview(deck.ref)}>{presentMessages.overview}</Link>
              </li>
            </ul>
          </div>
          {layout === 'handout' && <PrintLink to={deckHref.overview(deck.ref)} />}
        </div>
        {layout === 'slides' ? (
          <ol className="print-deck-list">
            {deck.slides.flatMap((slide, i) =>
              printedSteps(slide, deck).map((step) => (
                <li key={`${i}-${step}`} className="print-slide">
                  <SlideBox>
                    <Slide slide={slide} step={step} models={deck.models} level={2} variant="projector" />
                  </SlideBox>
                  <div className="print-slide-foot">
                    <p className="print-slide-label">{t.slideLabel(i + 1, total, deck.title)}</p>
                    <PrintLink to={deckHref.slide(deck.ref, i + 1, step)} />
                  </div>
                </li>
              )),
            )}
          </ol>
        ) : (
          <ol className="print-deck-list">
            {deck.slides.map((slide, i) => (
              <li key={i} className="handout-slide">
                <SlideBox>
                  <Slide
                    slide={slide}
                    step={handoutStep(slide, deck)}
                    models={deck.models}
                    level={2}
                    variant="projector"
                  />
                </SlideBox>
                <HandoutNotes slide={slide} n={i + 1} total={total} models={deck.models} />
              </li>
            ))}
          </ol>
        )}
      </article>
    </ReferencesProvider>
  );
}
