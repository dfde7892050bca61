/**
 * "Answers from phones" on the predict page: open a room, show its code and QR code, count the
 * phones' answers as they arrive, close it. Loaded only when a room server is there.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ModelSummary } from '../../../content/payloads';
import { roomMessages } from '../../../i18n/room';
import type { Counts } from '../workshop/predict-url-state';
import { answeredCount, countAnswers } from './counts';
import { JoinCard } from './join-card';
import { PhoneCounts } from './phone-counts';
import type { RoomQuestion } from './protocol';
import type { RoomServer } from './room-server';
import { readHostRoom } from './room-storage';
import { useRoom, type HostView } from './use-room';

const t = roomMessages.host;

export interface RoomPanelProps {
  server: RoomServer;
  question: RoomQuestion;
  revealed: boolean;
  /** Answers counted by hand, sent to phones with the reveal. */
  handCounts: Counts;
  models: ModelSummary[];
  dimensionName: string;
  /** The phones' counts while a room is open, null when none is. */
  onCounts: (counts: Counts | null) => void;
}

export default function RoomPanel(props: RoomPanelProps) {
  // A room this tab already runs (a reload, another scenario) comes back without asking.
  const [started, setStarted] = useState(() => readHostRoom() !== null);
  return (
    <section className="room-panel" aria-labelledby="room-heading">
      <h3 id="room-heading">{t.heading}</h3>
      {started ? (
        <LiveRoom {...props} />
      ) : (
        <>
          <p>{t.intro}</p>
          <button type="button" className="room-open" onClick={() => setStarted(true)}>
            {t.open}
          </button>
        </>
      )}
    </section>
  );
}

function LiveRoom({ server, question, revealed, handCounts, models, dimensionName, onCounts }: RoomPanelProps) {
  const { view, close, restart } = useRoom(server, { question, revealed, handCounts });
  const open = view.phase === 'live' || view.phase === 'reconnecting' || view.phase === 'connecting';
  const answers = useMemo(() => Object.values(view.answers), [view.answers]);
  const counts = useMemo(() => countAnswers(answers), [answers]);
  useEffect(() => onCounts(open && view.code ? counts : null), [open, view.code, counts, onCounts]);
  useEffect(() => () => onCounts(null), [onCounts]);
  const presence = t.presence(view.participants, answeredCount(answers));

  if (!open) return <Ended view={view} restart={restart} />;
  return (
    <>
      {view.code ? <JoinCard server={server} code={view.code} presence={presence} /> : <p>{t.opening}</p>}
      <p role="status" className="room-status">
        {view.phase === 'live'
          ? `${presence}. ${t.live}`
          : view.phase === 'reconnecting'
            ? t.reconnecting
            : t.connecting}
      </p>
      {view.newCode && view.code && <p className="room-notice">{t.newCode(view.code)}</p>}
      <PhoneCounts models={models} counts={counts} caption={t.countsCaption(dimensionName)} />
      <p>{t.handNote}</p>
      <p>{t.revealNote}</p>
      <CloseRoom onClose={close} />
    </>
  );
}

function Ended({ view, restart }: { view: HostView; restart: () => void }) {
  const message =
    view.phase === 'elsewhere'
      ? roomMessages.refusals.elsewhere()
      : view.phase === 'refused' && view.refusal
        ? roomMessages.refusals[view.refusal](view.code ?? '', 0)
        : view.closeReason === 'idle'
          ? t.closedIdle
          : t.closed;
  return (
    <>
      <p role="status" className="room-status">
        {message}
      </p>
      <button type="button" onClick={restart}>
        {view.phase === 'elsewhere' ? t.takeBack : t.openAgain}
      </button>
    </>
  );
}

function CloseRoom({ onClose }: { onClose: () => void }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="room-close" onClick={() => setAsking(true)}>
        {t.close}
      </button>
    );
  }
  return (
    <div className="room-confirm" role="group" aria-label={t.close}>
      <p>{t.confirmClose}</p>
      <button type="button" className="room-close" onClick={onClose}>
        {t.confirmYes}
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)} autoFocus>
        {t.confirmNo}
      </button>
    </div>
  );
}
