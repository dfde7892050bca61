/**
 * /room/: the page participants open on their phones. Prerendered like every page (the quick
 * exit, the words, a note for readers without JavaScript); in the browser it finds the room
 * server, joins by the code typed or carried after the # of a scanned QR code, and shows the
 * question, then the room's prediction beside the evidence.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ReferencesProvider } from '../../../components/references-context';
import { paths } from '../../../config/paths';
import { contentQueries } from '../../../content/queries';
import { roomMessages } from '../../../i18n/room';
import { fragmentId } from '../../../lib/url';
import { useHydrated } from '../../../lib/use-hydrated';
import { PredictionResult } from '../workshop/prediction-result';
import { AnswerForm, ScenarioQuestion } from './answer-form';
import { normaliseCode } from './protocol';
import { findRoomServer, type RoomServer } from './room-server';
import { readJoinedRoom } from './room-storage';
import { useParticipant, type PhoneView } from './use-participant';

const t = roomMessages.join;

export function ParticipantPage() {
  const hydrated = useHydrated();
  const [server, setServer] = useState<RoomServer | null | undefined>(undefined);
  useEffect(() => {
    void findRoomServer().then(setServer);
  }, []);
  return (
    <article className="page room-page">
      <p className="eyebrow">{t.eyebrow}</p>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <p className="without-script room-status">{t.noScript}</p>
      {/* Room for what comes next, kept from the first paint: "looking for the room server" is in
          the prerendered page, and the answer (the code form, or no server here) takes its place
          without pushing the rest of the page down. */}
      <div className="room-live needs-script">
        {!hydrated || server === undefined ? (
          <p role="status">{t.checking}</p>
        ) : server === null ? (
          <p role="status" className="room-status">
            {t.noServer}
          </p>
        ) : (
          <Phone server={server} />
        )}
      </div>
      <p className="room-privacy-link">
        <Link to={`${paths.privacy.getHref()}#room-privacy`}>{t.privacy}</Link>
      </p>
    </article>
  );
}

function Phone({ server }: { server: RoomServer }) {
  const { view, join, pick, leave, reset } = useParticipant(server);
  // A scanned QR code carries the code after the #; a reload finds the room this tab joined.
  // A malformed fragment (`#%`) is read as it stands: it is no code, and must not stop the page.
  useEffect(() => {
    const code = normaliseCode(fragmentId(window.location.hash)) ?? readJoinedRoom().code;
    if (code) join(code);
  }, [join]);
  if (view.phase === 'enter') return <CodeForm onJoin={join} />;
  if (view.phase === 'ended' && view.ending) {
    const message =
      view.ending.kind === 'left'
        ? t.left
        : view.ending.kind === 'closed'
          ? view.ending.reason === 'idle'
            ? t.closedIdle
            : t.closed
          : roomMessages.refusals[view.ending.reason](view.code ?? '', view.ending.retryAfter);
    const elsewhere = view.ending.kind === 'refused' && view.ending.reason === 'elsewhere';
    return (
      <>
        <p role="alert" className="room-status">
          {message}
        </p>
        <button type="button" onClick={() => (elsewhere && view.code ? join(view.code) : reset())}>
          {elsewhere ? t.answerHere : t.another}
        </button>
      </>
    );
  }
  return <InRoom view={view} pick={pick} leave={leave} />;
}

function CodeForm({ onJoin }: { onJoin: (code: string) => void }) {
  const [typed, setTyped] = useState('');
  const [wrong, setWrong] = useState(false);
  return (
    <>
      <form
        className="room-code-form"
        onSubmit={(e) => {
          e.preventDefault();
          const code = normaliseCode(typed);
          setWrong(!code);
          if (code) onJoin(code);
        }}
      >
        <label htmlFor="room-code-input">{t.codeLabel}</label>
        <span id="room-code-hint" className="room-hint">
          {t.codeHint}
        </span>
        <input
          id="room-code-input"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={9}
          aria-describedby={wrong ? 'room-code-hint room-code-error' : 'room-code-hint'}
          aria-invalid={wrong || undefined}
        />
        <button type="submit">{t.join}</button>
        {wrong && (
          <p id="room-code-error" className="room-error" role="alert">
            {t.badCode}
          </p>
        )}
      </form>
    </>
  );
}

function InRoom({
  view,
  pick,
  leave,
}: {
  view: PhoneView;
  pick: ReturnType<typeof useParticipant>['pick'];
  leave: () => void;
}) {
  const scenarioId = view.question?.scenarioId;
  const { data: page, isError } = useQuery({
    ...contentQueries.scenario(scenarioId ?? ''),
    enabled: Boolean(scenarioId),
  });
  const heading = useRef<HTMLParagraphElement>(null);
  const status =
    view.phase === 'joining'
      ? t.joining(view.code ?? '')
      : view.phase === 'waiting'
        ? t.waiting
        : view.reconnecting
          ? t.reconnecting
          : view.revealed
            ? ''
            : view.save === 'saving'
              ? t.saving
              : view.save === 'saved'
                ? t.saved
                : view.save === 'unsent'
                  ? t.unsent
                  : '';
  return (
    <>
      <p className="room-in" ref={heading}>
        {t.inRoom(view.code ?? '')}
      </p>
      <p role="status" className="room-status">
        {status}
      </p>
      {view.question && isError && <p role="alert">{t.loadFailed}</p>}
      {view.question && !page && !isError && <p>{t.loadingQuestion}</p>}
      {view.question && page && (
        <ReferencesProvider value={page}>
          <ScenarioQuestion page={page} />
          {view.revealed && view.counts ? (
            <section aria-labelledby="room-result">
              <h2 id="room-result">{t.revealedHeading}</h2>
              <p>{t.revealedIntro}</p>
              <PredictionResult
                scenario={page.scenario}
                models={page.models}
                counts={view.counts}
                dimension={view.question.dimension}
              />
            </section>
          ) : (
            <AnswerForm page={page} dimension={view.question.dimension} picks={view.picks} onPick={pick} />
          )}
        </ReferencesProvider>
      )}
      <button type="button" className="room-leave" onClick={leave}>
        {t.leave}
      </button>
    </>
  );
}
