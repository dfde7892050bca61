/**
 * Counting sticky notes one tap at a time, with undo. The counts stay URL state (so a reload
 * keeps them and the result can be shared); the taps to undo live only as long as the page.
 */
import { useState } from 'react';
import type { ModelSummary } from '../../../content/payloads';
import { messages } from '../../../i18n/messages';
import { workshopMessages } from '../../../i18n/workshop';
import { withCount, type PredictState } from './predict-url-state';
import type { Tap } from './prediction-tally';

const t = workshopMessages.predict;

/** Changes the state as it is at that moment (a quick second tap builds on the first); runs at once. */
type Change = (change: (current: PredictState) => PredictState) => void;

export function useTally(change: Change, models: readonly ModelSummary[]) {
  const [taps, setTaps] = useState<Tap[]>([]);
  const [said, setSaid] = useState('');
  const label = ({ model, level }: Tap) =>
    `${models.find((m) => m.id === model)?.name ?? model}, ${messages.ratings[level]}`;
  const tap = (one: Tap) => {
    setTaps((all) => [...all, one]);
    change((s) => {
      const now = s.counts[one.model][one.level] + 1;
      setSaid(t.added(label(one), now));
      return withCount(s, one.model, one.level, now);
    });
  };
  const last = taps.at(-1);
  const undo = last
    ? () => {
        setTaps((all) => all.slice(0, -1));
        change((s) => {
          const now = Math.max(0, s.counts[last.model][last.level] - 1);
          setSaid(t.undone(label(last), now));
          return withCount(s, last.model, last.level, now);
        });
      }
    : undefined;
  const type = (one: Tap, count: number) => {
    // A typed count replaces the taps: there is no single tap left to take back.
    setTaps([]);
    change((s) => withCount(s, one.model, one.level, count));
  };
  const forget = () => {
    setTaps([]);
    setSaid('');
  };
  return { tap, undo, type, forget, said };
}
