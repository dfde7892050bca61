import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { contentQueries } from '../../content/queries';
import { messages } from '../../i18n/messages';
import { homeMessages } from '../../i18n/home';
import { CriminalisedTable } from './criminalised-table';

const t = messages.models;

export function ModelsIndexPage() {
  const {
    data: { models },
  } = useSuspenseQuery(contentQueries.deckModels());
  return (
    <div className="page models-index">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <ul className="card-grid models-grid">
        {models.map((model) => (
          <li key={model.id} className={`card model-card model-${model.id}`}>
            <h2>
              <Link to={paths.model.getHref(model.id)}>{model.name}</Link>
            </h2>
            {model.otherNames.length > 0 && (
              <p className="other-names">
                {t.otherNames}: {model.otherNames.join(', ')}
              </p>
            )}
            <p>{model.summary}</p>
          </li>
        ))}
      </ul>
      <CriminalisedTable models={models} caption={t.whoIsCriminalised} />
      <p className="note">{homeMessages.hybridNote}</p>
    </div>
  );
}
