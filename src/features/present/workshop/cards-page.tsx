/** /workshop/:deckId/cards/: the deck's scenario cards, ready to print one side per page. */
import { useParams } from 'react-router';
import { ReferencesProvider } from '../../../components/references-context';
import { workshopMessages } from '../../../i18n/workshop';
import type { DeckView } from '../deck/deck-view';
import { WithDeck } from '../deck/with-deck';
import { ScenarioCard } from './scenario-card';

const t = workshopMessages.cards;

export function CardsPage() {
  const { deckId = '' } = useParams();
  return <WithDeck deckId={deckId}>{(deck) => <Cards deck={deck} />}</WithDeck>;
}

function Cards({ deck }: { deck: DeckView }) {
  const scenarios = deck.slides.flatMap((slide) => (slide.kind === 'scenario' ? [slide] : []));
  return (
    <ReferencesProvider value={deck.references}>
      <div className="page cards-page">
        <div className="no-print">
          <h1>{t.title(deck.title)}</h1>
          <p className="lead">{t.intro}</p>
          <p>
            <button type="button" onClick={() => window.print()}>
              {t.print}
            </button>
          </p>
        </div>
        {scenarios.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          scenarios.map((slide) => <ScenarioCard key={slide.scenario.id} slide={slide} models={deck.models} />)
        )}
      </div>
    </ReferencesProvider>
  );
}
