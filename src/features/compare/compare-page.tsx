import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { PresentLink } from '../../components/present-link';
import { PrintLink } from '../../components/print-link';
import { ShareControls } from '../../components/share/share-controls';
import { paths } from '../../config/paths';
import { contentQueries } from '../../content/queries';
import { messages } from '../../i18n/messages';
import { useHydratedSearch } from '../../lib/use-hydrated';
import { CompareFilters } from './compare-filters';
import { CompareMatrix, scenariosFor } from './compare-matrix';
import { compareStateToSearch, parseCompareState, type CompareState } from './url-state';

const t = messages.compare;

export function ComparePage() {
  const { data: index } = useSuspenseQuery(contentQueries.index());
  const search = useHydratedSearch();
  // The control shows the reader's choice at once, while the URL catches up (navigation is async).
  // A pending choice counts only until the URL it was made from changes.
  const [pending, setPending] = useState<{ from: string; state: CompareState } | null>(null);
  const state = pending?.from === search ? pending.state : parseCompareState(search);
  const navigate = useNavigate();
  const update = (next: CompareState) => {
    setPending({ from: search, state: next });
    void navigate(paths.compare.getHref(compareStateToSearch(next)), {
      replace: true,
      preventScrollReset: true,
      state: { keepFocus: true },
    });
  };
  const scenarios = scenariosFor(index.scenarios, state);
  const models = index.models.filter((m) => state.models.includes(m.id));
  return (
    <div className="page compare">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <p className="reading-note">{t.readingNote}</p>
      <CompareFilters state={state} models={index.models} onChange={update} />
      {scenarios.length === 0 ? (
        <p role="status">{t.empty}</p>
      ) : (
        <CompareMatrix scenarios={scenarios} models={models} dimension={state.dimension} />
      )}
      <ShareControls title={t.title} embedPath={paths.embedCompare.getHref(compareStateToSearch(state))} />
      <PresentLink
        item={state.topic ? { kind: 'compare', dimension: state.dimension, topic: state.topic } : { kind: 'compare', dimension: state.dimension }}
        title={t.title}
      />
      {/* A printed table is a handout: its address and a QR code lead back to this exact view. */}
      <div className="print-only">
        <PrintLink to={paths.compare.getHref(compareStateToSearch(state))} />
      </div>
    </div>
  );
}
