/**
 * /workshop/:deckId/: the facilitator guide, printable as a facilitator sheet: aims, timing,
 * materials, and for each scenario its content note, question and discussion prompts, with a
 * way into "predict, then reveal". A deck built by hand has no authored plan; it gets the
 * scenarios with general prompts.
 */
import { Link, useParams } from 'react-router';
import { SaveOffline } from '../../../components/save-offline';
import { paths } from '../../../config/paths';
import { messages } from '../../../i18n/messages';
import { presentMessages } from '../../../i18n/present';
import { workshopMessages } from '../../../i18n/workshop';
import { deckHref } from '../deck/deck-ref';
import { DeckNotices } from '../deck/deck-notices';
import type { DeckView, SlideView } from '../deck/deck-view';
import { WithDeck } from '../deck/with-deck';
import { DiscussionTimer } from './discussion-timer';
import { FacilitatorPlan } from './facilitator-plan';
import { PrintLink } from '../../../components/print-link';

const t = workshopMessages.guide;

export function GuidePage() {
  const { deckId = '' } = useParams();
  return <WithDeck deckId={deckId}>{(deck) => <Guide deck={deck} />}</WithDeck>;
}

type ScenarioSlide = Extract<SlideView, { kind: 'scenario' }>;

function Guide({ deck }: { deck: DeckView }) {
  const scenarios = deck.slides.flatMap((slide, i) => (slide.kind === 'scenario' ? [{ slide, n: i + 1 }] : []));
  return (
    <article className="page facilitator-sheet">
      <p className="eyebrow">{t.eyebrow}</p>
      <h1>{deck.title}</h1>
      {deck.description && <p className="lead">{deck.description}</p>}
      <p className="deck-facts">
        {deck.minutes !== undefined && <>{presentMessages.minutes(deck.minutes)} · </>}
        {presentMessages.slideCount(deck.slides.length)}
      </p>
      <DeckNotices notices={deck.notices} />
      <ul className="deck-actions no-print" aria-label={presentMessages.actionsFor(deck.title)}>
        <li>
          <Link className="button-link" to={deckHref.slide(deck.ref, 1)}>
            {presentMessages.startPresenting}
          </Link>
        </li>
        <li>
          <Link to={deckHref.cards(deck.ref)}>{presentMessages.printCards}</Link>
        </li>
        <li>
          <Link to={deckHref.handout(deck.ref)}>{presentMessages.printHandout}</Link>
        </li>
        <li>
          <Link to={deckHref.overview(deck.ref)}>{presentMessages.overview}</Link>
        </li>
        <li>
          <button type="button" onClick={() => window.print()}>
            {t.print}
          </button>
        </li>
      </ul>
      {/* Near the top, so the facilitator never scrolls past the plan to reach it. */}
      <section aria-labelledby="guide-timer" className="no-print guide-timer">
        <h2 id="guide-timer">{workshopMessages.timer.heading}</h2>
        <DiscussionTimer />
      </section>
      {deck.facilitator ? <FacilitatorPlan plan={deck.facilitator} /> : <p className="note">{t.noPlan}</p>}
      <section aria-labelledby="guide-scenarios">
        <h2 id="guide-scenarios">{t.scenarios}</h2>
        {scenarios.map(({ slide, n }) => (
          <GuideScenario key={n} slide={slide} n={n} deck={deck} />
        ))}
      </section>
      <div className="print-only">
        <PrintLink to={deckHref.workshop(deck.ref)} />
      </div>
      <div className="no-print">
        <SaveOffline />
      </div>
    </article>
  );
}

function GuideScenario({ slide, n, deck }: { slide: ScenarioSlide; n: number; deck: DeckView }) {
  const { scenario } = slide;
  const id = `guide-${scenario.id}`;
  return (
    <section className="guide-scenario" aria-labelledby={id}>
      <h3 id={id}>{scenario.title}</h3>
      <p className="guide-slide">{t.onSlide(n)}</p>
      {scenario.contentNote && (
        <p className="slide-note">
          <strong>{messages.scenarios.contentNote}:</strong> {scenario.contentNote}
        </p>
      )}
      <p>
        <strong>{messages.scenarios.question}:</strong> {scenario.question}
      </p>
      <h4>{t.predictPrompt}</h4>
      <p>{slide.predict}</p>
      <h4>{slide.generalPrompts ? t.generalPromptsHeading : t.prompts}</h4>
      <ul>
        {slide.prompts.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <ul className="deck-actions no-print">
        <li>
          <Link to={paths.predict.getHref(scenario.id)}>{t.predict}</Link>
        </li>
        <li>
          <Link to={deckHref.slide(deck.ref, n)}>{presentMessages.presentFrom(n)}</Link>
        </li>
      </ul>
    </section>
  );
}
