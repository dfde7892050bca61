/**
 * Where to get support: directories and networks of organisations led by sex workers (issue
 * #14). The entries are content (data/support/), checked like the rest. Links follow the rules
 * of every link in this guide: nothing is loaded from them, and rel="noreferrer" tells the site
 * nothing of where the reader came from. They open in the same tab, so leaving is one step.
 */
import { useSuspenseQuery } from '@tanstack/react-query';
import { LastReviewed } from '../../components/last-reviewed';
import type { SupportPage as SupportPayload } from '../../content/payloads';
import { contentQueries } from '../../content/queries';
import { SUPPORT_SCOPES } from '../../content/vocabulary';
import { supportMessages } from '../../i18n/support';

const t = supportMessages;

type Entry = SupportPayload['entries'][number];

export function SupportPage() {
  const { data: page } = useSuspenseQuery(contentQueries.support());
  return (
    <article className="page support-page prose">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <section aria-labelledby="before-you-go" className="callout">
        <h2 id="before-you-go">{t.beforeYouGo}</h2>
        <ul>
          {t.cautions.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      {SUPPORT_SCOPES.map((scope) => {
        const entries = page.entries.filter((e) => e.scope === scope);
        if (entries.length === 0) return null;
        return (
          <section key={scope} aria-labelledby={`support-${scope}`}>
            <h2 id={`support-${scope}`}>{t.groups[scope]}</h2>
            <ul className="support-list">
              {entries.map((entry) => (
                <SupportEntry key={entry.id} entry={entry} />
              ))}
            </ul>
          </section>
        );
      })}
      <p className="note">{t.missing}</p>
      <LastReviewed date={page.lastReviewed} />
    </article>
  );
}

function SupportEntry({ entry }: { entry: Entry }) {
  const host = new URL(entry.url).hostname.replace(/^www\./, '');
  return (
    // The entry's id is its anchor: the site search sends a reader to the organisation itself.
    <li id={entry.id} className="card support-entry">
      <h3>
        <a href={entry.url} rel="noreferrer">
          {entry.name}
        </a>
      </h3>
      <p>{entry.description}</p>
      <dl className="support-facts">
        <div>
          <dt>{t.area}</dt>
          <dd>{entry.area}</dd>
        </div>
        <div>
          <dt>{t.languages}</dt>
          <dd>{entry.languages.join(', ')}</dd>
        </div>
        <div>
          <dt>{t.address}</dt>
          <dd>{host}</dd>
        </div>
      </dl>
    </li>
  );
}
