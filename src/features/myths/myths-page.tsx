import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { OnThisPage } from '../../components/on-this-page';
import { ReferencesProvider } from '../../components/references-context';
import { RichText } from '../../components/rich-text';
import { paths } from '../../config/paths';
import { contentQueries } from '../../content/queries';
import { messages } from '../../i18n/messages';

const t = messages.myths;

/** Every myth in brief; each one's sources are on its own page, a link away. */
export function MythsPage() {
  const { data: page } = useSuspenseQuery(contentQueries.myths());
  return (
    <ReferencesProvider value={{ sources: [], terms: page.terms }}>
      <div className="page myths">
        <h1>{t.title}</h1>
        <p className="lead">{t.intro}</p>
        <OnThisPage sections={page.myths.map((myth) => ({ id: myth.id, label: `“${myth.claim}”` }))} />
        <ol className="myth-list">
          {page.myths.map((myth) => (
            <li key={myth.id} id={myth.id} className="card myth">
              <h2>“{myth.claim}”</h2>
              <p className={`verdict verdict-${myth.verdict}`}>{t.verdicts[myth.verdict]}</p>
              <p>
                <RichText text={myth.answer} />
              </p>
              <p>
                <Link to={paths.myth.getHref(myth.id)} aria-label={t.evidenceFor(myth.claim, myth.sourceCount)}>
                  {t.evidence(myth.sourceCount)}
                </Link>
              </p>
            </li>
          ))}
        </ol>
      </div>
    </ReferencesProvider>
  );
}
