import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
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
import { inPlace } from '../../lib/in-place';

const t = messages.compare;

export function ComparePage() {
  const { data: index } = useSuspenseQuery(contentQueries.index());
  const params = useParams();
  const { pathname } = useLocation();
  const search = useHydratedSearch();
  const here = `${pathname}${search}`;
  // The control shows the reader's choice at once, while the URL catches up (navigation is async).
  // A pending choice counts only until the URL it was made from changes.
  const [pending, setPending] = useState<{ from: string; state: CompareState } | null>(null);
  const state = pending?.from === here ? pending.state : parseCompareView(params, search);
  const navigate = useNavigate();
  const go = (next: CompareState) => navigate(compareViewHref(next), inPlace);
  const update = (next: CompareState) => {
    setPending({ from: here, state: next });
    void go(next);
  };
  // A link from before views had paths (?dimension=&topic=) moves to its path form, so the
  // address a reader copies from here has its own preview.
  const legacy = hasLegacyViewQuery(search);
  useEffect(() => {
    if (legacy) void go(state);
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
