import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { plainText } from '../../content/glossary-links';
import { contentQueries } from '../../content/queries';
import { messages } from '../../i18n/messages';

const t = messages.glossary;

export function GlossaryPage() {
  const { data: terms } = useSuspenseQuery(contentQueries.glossary());
  const entry = (id: string) => terms.find((x) => x.id === id);
  const name = (id: string) => entry(id)?.term;
  return (
    <div className="page glossary">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <dl className="glossary-list">
        {terms.map((term) => (
          <div key={term.id} id={term.id} className="glossary-entry">
            <dt>{term.term}</dt>
            <dd>
              <p>{plainText(term.definition, entry)}</p>
              {term.aka && term.aka.length > 0 && (
                <p className="aka">
                  {t.alsoCalled}: {term.aka.join(', ')}
                </p>
              )}
              {term.related && term.related.length > 0 && (
                <p className="related">
                  {t.related}:{' '}
                  {term.related.map((id, i) => (
                    <span key={id}>
                      {i > 0 && ', '}
                      <Link to={paths.glossary.getHref(id)}>{name(id) ?? id}</Link>
                    </span>
                  ))}
                </p>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
