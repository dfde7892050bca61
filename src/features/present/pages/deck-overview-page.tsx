/**
 * /present/:deckId/: what the deck covers, ways to use it, and its transcript: every slide in
 * reading order with everything it reveals, the speaker notes and the prompts. The transcript
 * is the deck for anyone who cannot see the screen, and works without JavaScript.
 */
import { Link, useParams } from 'react-router';
import { ReferencesProvider } from '../../../components/references-context';
import { RichText } from '../../../components/rich-text';
import { presentMessages } from '../../../i18n/present';
import { deckHref } from '../deck/deck-ref';
import { DeckNotices } from '../deck/deck-notices';
import { WithDeck } from '../deck/with-deck';
import type { DeckView } from '../deck/deck-view';
import { Slide } from '../slides/slide';
import { stepsOf } from '../slides/steps';
import { KeyHelp } from './key-help';

const t = presentMessages;

export function DeckOverviewPage() {
  const { deckId = '' } = useParams();
  return <WithDeck deckId={deckId}>{(deck) => <DeckOverview deck={deck} />}</WithDeck>;
}

function DeckOverview({ deck }: { deck: DeckView }) {
  return (
    <ReferencesProvider value={deck.references}>
      <article className="page deck-overview">
        <h1>{deck.title}</h1>
        {deck.description && <p className="lead">{deck.description}</p>}
        <p className="deck-facts">
          {deck.minutes !== undefined && <>{t.minutes(deck.minutes)} · </>}
          {t.slideCount(deck.slides.length)}
        </p>
        <DeckNotices notices={deck.notices} />
        <ul className="deck-actions" aria-label={t.actionsFor(deck.title)}>
          <li>
            <Link className="button-link" to={deckHref.slide(deck.ref, 1)}>
              {t.startPresenting}
            </Link>
          </li>
          <li>
            <Link to={deckHref.presenter(deck.ref)}>{t.presenterButton}</Link>
          </li>
          <li>
            <Link to={deckHref.workshop(deck.ref)}>{t.workshopGuide}</Link>
          </li>
          <li>
            <Link to={deckHref.cards(deck.ref)}>{t.printCards}</Link>
          </li>
          <li>
            <Link to={deckHref.print(deck.ref)}>{t.printSlides}</Link>
          </li>
          <li>
            <Link to={deckHref.handout(deck.ref)}>{t.printHandout}</Link>
          </li>
          <li>
            <Link to={deckHref.edit(deck.ref)}>{deck.ref.kind === 'custom' ? t.editDeck : t.buildOwnLink}</Link>
          </li>
        </ul>
        <section aria-labelledby="transcript">
          <h2 id="transcript">{t.transcript}</h2>
          <ol className="transcript">
            {deck.slides.map((slide, i) => (
              <li key={i} className="transcript-slide">
                <Slide
                  slide={slide}
                  step={stepsOf(slide, deck.models).length - 1}
                  models={deck.models}
                  level={3}
                  variant="document"
                  prefix={t.transcriptPrefix(i + 1)}
                />
                <p>
                  <Link to={deckHref.slide(deck.ref, i + 1)}>{t.presentFrom(i + 1)}</Link>
                </p>
                {slide.notes && (
                  <div className="transcript-notes">
                    <p className="transcript-notes-label">{t.notes}</p>
                    <p>
                      <RichText text={slide.notes} />
                    </p>
                  </div>
                )}
              </li>
            ))}
          </ol>
        </section>
        <KeyHelp />
      </article>
    </ReferencesProvider>
  );
}
