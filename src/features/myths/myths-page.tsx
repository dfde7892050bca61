import { useSuspenseQuery } from '@tanstack/react-query';
import { Citations } from '../../components/citations';
import { LastReviewed } from '../../components/last-reviewed';
import { ReferencesProvider } from '../../components/references-context';
import { RichText } from '../../components/rich-text';
import { contentQueries } from '../../content/queries';
import { messages } from '../../i18n/messages';

const t = messages.myths;

export function MythsPage() {
  const { data: page } = useSuspenseQuery(contentQueries.myths());
  return (
    <ReferencesProvider value={page}>
      <div className="page myths">
        <h1>{t.title}</h1>
        <p className="lead">{t.intro}</p>
        <ol className="myth-list">
          {page.myths.map((myth) => (
            <li key={myth.id} id={myth.id} className="card myth">
              <h2>“{myth.claim}”</h2>
              <p className={`verdict verdict-${myth.verdict}`}>{t.verdicts[myth.verdict]}</p>
              <p>
                <RichText text={myth.answer} />
              </p>
              <Citations ids={myth.sources} />
              <LastReviewed date={myth.lastReviewed} />
            </li>
          ))}
        </ol>
      </div>
    </ReferencesProvider>
  );
}
