/**
 * A list of citations. Each shows its short label and kind; one click opens the full citation
 * and a link to the source, without leaving the page.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../config/paths';
import type { CitedSource } from '../content/payloads';
import { messages } from '../i18n/messages';
import { sourceMessages } from '../i18n/sources';
import { useReferences } from './references-context';
import { sourceLabel, sourceLink, sourceYear } from './source-label';

const t = sourceMessages;

/**
 * On a phone the list folds to "Sources (3)" under each point, so a page of sourced points reads
 * as points; on wider screens, and in print, the list shows open (styles-reading.css). A native
 * <details>, so the fold works without JavaScript.
 */
export function Citations({ ids, label = messages.scenarios.sources }: { ids: readonly string[]; label?: string }) {
  const { source } = useReferences();
  return (
    <details className="citations">
      <summary className="citations-summary">{messages.sourcesCount(label, ids.length)}</summary>
      <span className="citations-label">{label}:</span>
      <ul>
        {ids.map((id) => {
          const s = source(id);
          return <li key={id}>{s ? <Citation source={s} /> : id}</li>;
        })}
      </ul>
    </details>
  );
}

/**
 * The full citation is rendered once the reader opens it. A page cites the same sources many
 * times over, and writing each one out in full, folded, made up half of a model page's HTML.
 * Until then (and without JavaScript) the fold holds a link to the source's entry on the
 * sources page, which has the same citation and where else it is cited.
 */
function Citation({ source: s }: { source: CitedSource }) {
  const [opened, setOpened] = useState(false);
  const short = sourceLabel(s);
  const entry = paths.source.getHref(s.kind, s.id);
  return (
    // A click on the summary renders the citation before the fold opens, so it never shows the
    // placeholder; the toggle event covers opening by other means (find in page, say).
    <details className="citation" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary aria-label={t.showCitation(short)} onClick={() => setOpened(true)}>
        {short} <span className="kind-tag">{t.kinds[s.kind]}</span>
      </summary>
      {opened ? (
        <>
          <p className="citation-full">
            {s.authors.join(', ')} ({sourceYear(s)}). <cite>{s.title}</cite>. {s.publisher}. <SourceLink source={s} />{' '}
            <Link to={entry}>{t.usedIn}…</Link>
          </p>
          {s.note && <p className="citation-note">{s.note}</p>}
        </>
      ) : (
        <p className="citation-full">
          <Link to={entry}>{t.fullCitation}</Link>
        </p>
      )}
    </details>
  );
}

function SourceLink({ source }: { source: CitedSource }) {
  const href = sourceLink(source);
  if (!href) return null;
  return (
    <a href={href} rel="noreferrer noopener" target="_blank">
      {source.doi ? `doi:${source.doi}` : t.open}
    </a>
  );
}
