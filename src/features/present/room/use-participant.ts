/**
 * A phone in a room: joins by code, follows the question, sends the answer at every change (the
 * latest answer wins; one request at a time), sees the result at the reveal. It keeps its own
 * answer while the connection is down and sends it again once back, so nothing is lost.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ModelId, RatingLevel } from '../../../content/vocabulary';
import type { Counts } from '../workshop/predict-url-state';
import {
  questionKey,
  type CloseReason,
  type JoinEvent,
  type Picks,
  type RefusalReason,
  type RoomQuestion,
} from './protocol';
import { AnswerSender, type SaveState } from './answer-sender';
import { openRelayStream, sendToRelay, type RelayStream } from './relay-client';
import type { RoomServer } from './room-server';
import { readJoinedRoom, readPicks, writeJoinedRoom } from './room-storage';

export type Ending =
  | { kind: 'refused'; reason: RefusalReason; retryAfter: number }
  | { kind: 'closed'; reason: CloseReason }
  | { kind: 'left' };

export interface PhoneView {
  phase: 'enter' | 'joining' | 'waiting' | 'in' | 'ended';
  code: string | null;
  question: RoomQuestion | null;
  revealed: boolean;
  counts: Counts | null;
  picks: Picks;
  save: SaveState;
  reconnecting: boolean;
  ending: Ending | null;
}

const ENTER: PhoneView = {
  phase: 'enter',
  code: null,
  question: null,
  revealed: false,
  counts: null,
  picks: {},
  save: 'idle',
  reconnecting: false,
  ending: null,
};

export function useParticipant(server: RoomServer) {
  const [view, setView] = useState<PhoneView>(ENTER);
  const stream = useRef<RelayStream | null>(null);
  const sender = useRef<AnswerSender | null>(null);

  const stop = useCallback(() => {
    stream.current?.close();
    stream.current = null;
  }, []);

  /**
   * `forget`: "all" when the room is over (nothing of it is kept), "room" to keep only the device
   * id (joining the same room again then replaces this phone's answer instead of adding one),
   * "nothing" when another tab took over and this one may take it back.
   */
  const end = useCallback(
    (ending: Ending, forget: 'all' | 'room' | 'nothing') => {
      stop();
      if (forget === 'all') writeJoinedRoom(null);
      if (forget === 'room') writeJoinedRoom({ device: readJoinedRoom().device });
      setView((v) => ({ ...v, phase: 'ended', ending, reconnecting: false }));
    },
    [stop],
  );

  const join = useCallback(
    (code: string) => {
      stop();
      const stored = readJoinedRoom();
      const device = stored.device;
      // The tag lets this phone wait for its room through a server restart; a new code starts afresh.
      writeJoinedRoom(stored.code === code ? stored : { device, code });
      const answers =
        stored.code === code && sender.current
          ? sender.current
          : new AnswerSender(
              (question, picks) => sendToRelay(server.relay, { type: 'answer', code, device, question, picks }),
              (save) => setView((v) => ({ ...v, save })),
              () => end({ kind: 'closed', reason: 'closed' }, 'all'),
            );
      sender.current = answers;
      const onEvent = (event: JoinEvent) => {
        switch (event.type) {
          case 'waiting':
            return setView((v) => ({ ...v, phase: 'waiting' }));
          case 'joined':
          case 'question': {
            if (event.type === 'joined') writeJoinedRoom({ device, code: event.code, tag: event.tag });
            const revealed = event.type === 'joined' && event.revealed;
            const picks = answers.sync(questionKey(event.question), readPicks(event.answer), !revealed);
            const counts = event.type === 'joined' ? (event.counts ?? null) : null;
            return setView((v) => ({ ...v, phase: 'in', question: event.question, revealed, counts, picks }));
          }
          case 'revealed':
            return setView((v) => ({
              ...v,
              phase: 'in',
              question: event.question,
              revealed: true,
              counts: event.counts,
            }));
          case 'closed':
            return end({ kind: 'closed', reason: event.reason }, 'all');
          case 'refused':
            if (event.reason === 'busy' || event.reason === 'flood') return;
            return end(
              { kind: 'refused', reason: event.reason, retryAfter: event.retryAfter ?? 0 },
              event.reason === 'elsewhere' ? 'nothing' : event.reason === 'closed' ? 'all' : 'room',
            );
        }
      };
      setView({ ...ENTER, phase: 'joining', code });
      stream.current = openRelayStream<JoinEvent>(
        server.relay,
        () => {
          const now = readJoinedRoom();
          return { type: 'join', code, device, ...(now.code === code && now.tag ? { tag: now.tag } : {}) };
        },
        { event: onEvent, status: (status) => setView((v) => ({ ...v, reconnecting: status === 'retrying' })) },
      );
    },
    [server.relay, end, stop],
  );

  const { question, revealed } = view;
  const pick = useCallback(
    (model: ModelId, level: RatingLevel) => {
      if (!question || revealed || !sender.current) return;
      const key = questionKey(question);
      // Built on the answer being sent, so two quick taps both count.
      const picks = { ...sender.current.picksFor(key), [model]: level };
      sender.current.choose(key, picks);
      setView((v) => ({ ...v, picks }));
    },
    [question, revealed],
  );

  const leave = useCallback(() => end({ kind: 'left' }, 'room'), [end]);
  const reset = useCallback(() => setView(ENTER), []);

  useEffect(() => stop, [stop]);
  return { view, join, pick, leave, reset };
}
