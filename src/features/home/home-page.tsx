import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { SaveOffline } from '../../components/save-offline';
import { paths } from '../../config/paths';
import { contentQueries } from '../../content/queries';
import { homeMessages } from '../../i18n/home';

const t = homeMessages;

export function HomePage() {
  const { data: index } = useSuspenseQuery(contentQueries.index());
  const ways = [
    { ...t.ways.learn, to: paths.learn.getHref(), action: t.learnPath, more: { to: paths.quiz.getHref(), action: t.takeQuiz } },
    { ...t.ways.present, to: paths.decks.getHref(), action: t.openDecks },
    { ...t.ways.share, to: paths.scenarios.getHref(), action: t.browseScenarios },
    { ...t.ways.workshop, to: paths.decks.getHref(), action: t.openWorkshops },
  ];
  return (
    <div className="page home">
      <section className="hero">
        <h1>{t.title}</h1>
        <p className="lead">{t.intro}</p>
      </section>
      <section aria-labelledby="models-heading">
        <h2 id="models-heading">{t.modelsHeading}</h2>
        <ul className="card-grid models-grid">
          {index.models.map((model) => (
            <li key={model.id} className={`card model-card model-${model.id}`}>
              <h3>
                <Link to={paths.model.getHref(model.id)}>{model.name}</Link>
              </h3>
              <p>{model.summary}</p>
            </li>
          ))}
        </ul>
        <p className="note">{t.hybridNote}</p>
      </section>
      <section aria-labelledby="ways-heading">
        <h2 id="ways-heading">{t.waysInHeading}</h2>
        <ul className="card-grid ways-grid">
          {ways.map((way) => (
            <li key={way.title} className="card">
              <h3>{way.title}</h3>
              <p>{way.text}</p>
              <Link to={way.to}>{way.action}</Link>
              {'more' in way && (
                <>
                  <br />
                  <Link to={way.more.to}>{way.more.action}</Link>
                </>
              )}
            </li>
          ))}
        </ul>
      </section>
      <SaveOffline />
    </div>
  );
}
