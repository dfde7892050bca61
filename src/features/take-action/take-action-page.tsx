import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Citations } from '../../components/citations';
import { ReferencesProvider } from '../../components/references-context';
import { RichText } from '../../components/rich-text';
import { paths } from '../../config/paths';
import { contentQueries } from '../../content/queries';
import { AUDIENCES } from '../../content/vocabulary';
import { messages } from '../../i18n/messages';

const t = messages.takeAction;

export function TakeActionPage() {
  const { data: page } = useSuspenseQuery(contentQueries.recommendations());
  return (
    <ReferencesProvider value={page}>
      <div className="page take-action">
        <h1>{t.title}</h1>
        <p className="lead">{t.intro}</p>
        {/* Whose recommendations these are, and that the other side recommends otherwise (content rule 4). */}
        <p className="other-side">
          {t.otherSide} <Link to={`${paths.model.getHref('nordic')}#aims`}>{t.otherSideLink}</Link>
        </p>
        {AUDIENCES.map((audience) => {
          const items = page.recommendations.filter((r) => r.audience === audience);
          if (items.length === 0) return null;
          return (
            <section key={audience} aria-labelledby={`for-${audience}`}>
              <h2 id={`for-${audience}`}>{t.audiences[audience]}</h2>
              <ul className="card-grid">
                {items.map((r) => (
                  <li key={r.id} id={r.id} className="card recommendation">
                    <h3>{r.title}</h3>
                    <p>
                      <strong>{t.why}:</strong> <RichText text={r.why} />
                    </p>
                    <p>
                      <strong>{t.how}:</strong> <RichText text={r.how} />
                    </p>
                    <Citations ids={r.sources} />
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </ReferencesProvider>
  );
}
