import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { SaveOffline } from '../../components/save-offline';
import { paths } from '../../config/paths';
import { contentQueries } from '../../content/queries';
import { homeMessages } from '../../i18n/home';

const t = homeMessages;

/**
 * What the site is and one way to start, inside a phone's first screen; the other ways in come
 * after it as plain choices, then the four models in brief (issue #14).
 */
export function HomePage() {
  const { data: index } = useSuspenseQuery(contentQueries.index());
  const path = index.learnPath;
  const ways = [
    { ...t.ways.scenarios, to: paths.scenarios.getHref() },
    { ...t.ways.compare, to: paths.compare.getHref() },
    { ...t.ways.places, to: paths.places.getHref() },
    { ...t.ways.myths, to: paths.myths.getHref() },
    { ...t.ways.present, to: paths.decks.getHref() },
    { ...t.ways.workshop, to: paths.workshops.getHref() },
    ...(path ? [{ ...t.ways.quiz, to: paths.quiz.getHref() }] : []),
  ];
  return (
    <div className="page home">
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t.title}</h1>
        <p className="lead">{t.intro}</p>
        <p className="start-learning">
          {path ? (
            <>
              <Link
                className="button-primary"
                to={paths.learnStep.getHref(path.firstStep)}
                aria-describedby="start-learning-time"
              >
                {t.startLearning}
              </Link>
              <span className="start-learning-time" id="start-learning-time">
                {t.pathTime(path.steps, path.minutes)}
              </span>
            </>
          ) : (
            <Link className="button-primary" to={paths.scenarios.getHref()}>
              {t.browseScenarios}
            </Link>
          )}
        </p>
      </section>
      <nav className="other-ways" aria-labelledby="other-ways">
        <h2 id="other-ways">{t.otherWays}</h2>
        <ul>
          {ways.map((way) => (
            <li key={way.name}>
              <Link to={way.to}>
                <span className="way-name">{way.name}</span>
                <span className="way-text">{way.text}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
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
      <SaveOffline />
    </div>
  );
}
