import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { Citations } from '../../components/citations';
import { LastReviewed } from '../../components/last-reviewed';
import { ReferencesProvider } from '../../components/references-context';
import { RichText } from '../../components/rich-text';
import { paths } from '../../config/paths';
import type { MythPage as MythPayload } from '../../content/payloads';
import { contentQueries } from '../../content/queries';
import { messages } from '../../i18n/messages';

const t = messages.myths;

/** One myth: what people say, the verdict, what the evidence says and every source for it. */
export function MythPage() {
  const { mythId = '' } = useParams();
  const { data: page } = useSuspenseQuery(contentQueries.myth(mythId));
  const { myth } = page;
  return (
    <ReferencesProvider value={page}>
      <article className="page myth-page">
        <p className="breadcrumb">
          <Link to={paths.myths.getHref()}>{t.allMyths}</Link>
        </p>
        <h1>“{myth.claim}”</h1>
        <p className={`verdict verdict-${myth.verdict}`}>{t.verdicts[myth.verdict]}</p>
        <p>
          <RichText text={myth.answer} />
        </p>
        <Citations ids={myth.sources} />
        <LastReviewed date={myth.lastReviewed} />
        <MythNav previous={page.previous} next={page.next} />
      </article>
    </ReferencesProvider>
  );
}

function MythNav({ previous, next }: Pick<MythPayload, 'previous' | 'next'>) {
  return (
    <nav aria-label={t.mythNav} className="step-nav">
      {previous && (
        <Link
          className="step-nav-link step-nav-previous"
          to={paths.myth.getHref(previous.id)}
          aria-label={`${t.previous}: ${previous.claim}`}
        >
          <span className="step-nav-direction">
            <span aria-hidden="true">← </span>
            {t.previous}
          </span>
          <span className="step-nav-title">“{previous.claim}”</span>
        </Link>
      )}
      {next && (
        <Link
          className="step-nav-link step-nav-next"
          to={paths.myth.getHref(next.id)}
          aria-label={`${t.next}: ${next.claim}`}
        >
          <span className="step-nav-direction">
            {t.next}
            <span aria-hidden="true"> →</span>
          </span>
          <span className="step-nav-title">“{next.claim}”</span>
        </Link>
      )}
    </nav>
  );
}
