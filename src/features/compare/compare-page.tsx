import { useSuspenseQuery } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useParams } from 'react-router';
import { PresentLink } from '../../components/present-link';
import { PrintLink } from '../../components/print-link';
import { compareViewTitle } from '../../components/share/images/from-content';
import { ShareControls } from '../../components/share/share-controls';
import { contentQueries } from '../../content/queries';
import { messages } from '../../i18n/messages';
import { useHydratedSearch } from '../../lib/use-hydrated';
import { CompareFilters } from './compare-filters';
import { CompareMatrix, scenariosFor } from './compare-matrix';
import { compareDownloads, compareEmbed } from './share-options';
import { compareViewHref, hasLegacyViewQuery, parseCompareView, type CompareState } from './url-state';
import { useUrlState } from '../../lib/use-url-state';

const t = messages.compare;

export function ComparePage() {
  const { data: index } = useSuspenseQuery(contentQueries.index());
  const { dimension, topic } = useParams();
  const search = useHydratedSearch();
  const parse = useCallback((query: string) => parseCompareView({ dimension, topic }, query), [dimension, topic]);
  const [state, change] = useUrlState(parse, compareViewHref);
  const update = (next: CompareState) => change(() => next);
  // A link from before views had paths (?dimension=&topic=) moves to its path form, so the
  // address a reader copies from here has its own preview.
  const legacy = hasLegacyViewQuery(search);
  useEffect(() => {
    if (legacy) update(state);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the query changes
  }, [legacy, search]);
  const scenarios = scenariosFor(index.scenarios, state);
  const models = index.models.filter((m) => state.models.includes(m.id));
  return (
    <div className="page compare">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <ShareControls
        title={compareViewTitle(state)}
        embed={compareEmbed(state, scenarios.length)}
        downloads={compareDownloads(index, state)}
      />
      <p className="reading-note">{t.readingNote}</p>
      <CompareFilters state={state} models={index.models} onChange={update} />
      {scenarios.length === 0 ? (
        <p role="status">{t.empty}</p>
      ) : (
        <CompareMatrix scenarios={scenarios} models={models} dimension={state.dimension} />
      )}
      <PresentLink
        item={
          state.topic
            ? { kind: 'compare', dimension: state.dimension, topic: state.topic }
            : { kind: 'compare', dimension: state.dimension }
        }
        title={t.title}
      />
      {/* A printed table is a handout: its address and a QR code lead back to this exact view. */}
      <div className="print-only">
        <PrintLink to={compareViewHref(state)} />
      </div>
    </div>
  );
}
