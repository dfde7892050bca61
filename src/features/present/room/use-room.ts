/**
 * The facilitator's side of a room: opens it (or resumes the one this tab already runs), keeps
 * every phone's answer as it arrives, and sends the page's question and reveal to the room. The
 * room is copied to sessionStorage at every change, so after a reload, a dropped network or a
 * restarted server the page resumes it with every answer it had shown.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Counts } from '../workshop/predict-url-state';
import {
  questionKey,
  type AnswerMap,
  type CloseReason,
  type HostEvent,
  type RefusalReason,
  type RoomQuestion,
} from './protocol';
import { openRelayStream, sendToRelay, type RelayStream } from './relay-client';
import type { RoomServer } from './room-server';
import { readHostRoom, readPicks, writeHostRoom, type HostRoom } from './room-storage';

export type HostPhase = 'connecting' | 'live' | 'reconnecting' | 'closed' | 'refused' | 'elsewhere';

export interface HostView {
  phase: HostPhase;
  code: string | null;
  answers: AnswerMap;
  participants: number;
  /** The room came back under another code (its own was taken while the server was down). */
  newCode: boolean;
  refusal: RefusalReason | null;
  closeReason: CloseReason | null;
}

interface Wanted {
  question: RoomQuestion;
  revealed: boolean;
  handCounts: Counts;
}

const START: HostView = {
  phase: 'connecting',
  code: null,
  answers: {},
  participants: 0,
  newCode: false,
  refusal: null,
  closeReason: null,
};
/** Refusals the stream rides out by itself (it tries again). */
const PASSING: readonly RefusalReason[] = ['busy', 'flood'];

export function useRoom(
  server: RoomServer,
  wanted: Wanted,
): { view: HostView; close: () => void; restart: () => void } {
  const [stored] = useState(readHostRoom);
  const room = useRef<HostRoom | null>(stored);
  const want = useRef(wanted);
  // Declared first, so every effect below reads what the page wants now.
  useEffect(() => {
    want.current = wanted;
  });
  const [view, setView] = useState<HostView>(() => ({
    ...START,
    code: stored?.code ?? null,
    answers: stored?.answers ?? {},
  }));
  const [generation, setGeneration] = useState(0);
  const stream = useRef<RelayStream | null>(null);
  /** The last reveal sent; forgotten at each (re)connection, so a restarted server gets it again. */
  const sentReveal = useRef('');
  // Requests go one after another, so a reveal never overtakes the question it is for.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const inOrder = useCallback(<T>(send: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(send, send);
    queue.current = next.catch(() => {});
    return next;
  }, []);

  const save = useCallback((next: HostRoom | null) => {
    room.current = next;
    writeHostRoom(next);
    setView((v) => ({ ...v, code: next?.code ?? v.code, answers: next?.answers ?? {} }));
  }, []);

  useEffect(() => {
    const request = () => {
      const r = room.current;
      const { question, revealed } = want.current;
      if (!r) return { type: 'create', question };
      // Answers belong to the question they were given for; a server that lost the room gets them back.
      const answers = questionKey(r.question) === questionKey(question) ? r.answers : {};
      return { type: 'resume', code: r.code, secret: r.secret, question, answers, revealed };
    };
    const onEvent = (event: HostEvent) => {
      const r = room.current;
      switch (event.type) {
        case 'opened': {
          const secret = event.secret ?? r?.secret;
          if (!secret) return;
          const base = r ?? { question: want.current.question, answers: {}, revealed: false };
          sentReveal.current = '';
          setView((v) => ({ ...v, newCode: v.newCode || (r !== null && r.code !== event.code) }));
          save({ ...base, code: event.code, tag: event.tag, secret });
          return;
        }
        case 'state':
          if (r) save({ ...r, question: event.question, answers: event.answers, revealed: event.revealed });
          setView((v) => ({ ...v, phase: 'live', participants: event.participants, refusal: null }));
          return;
        case 'answer': {
          if (!r || event.question !== questionKey(r.question)) return;
          const answers = { ...r.answers };
          if (event.picks) answers[event.key] = readPicks(event.picks);
          else delete answers[event.key];
          save({ ...r, answers });
          return;
        }
        case 'presence':
          setView((v) => ({ ...v, participants: event.participants }));
          return;
        case 'closed':
          stream.current?.close();
          save(null);
          setView((v) => ({ ...v, phase: 'closed', closeReason: event.reason }));
          return;
        case 'refused':
          if (PASSING.includes(event.reason)) return;
          stream.current?.close();
          if (event.reason === 'elsewhere') return setView((v) => ({ ...v, phase: 'elsewhere' }));
          if (event.reason === 'closed' || event.reason === 'not-facilitator') save(null);
          setView((v) => ({
            ...v,
            phase: event.reason === 'closed' ? 'closed' : 'refused',
            refusal: event.reason,
            closeReason: 'closed',
          }));
      }
    };
    const current = openRelayStream<HostEvent>(server.relay, request, {
      event: onEvent,
      status: (status) => {
        if (status === 'retrying') setView((v) => (v.phase === 'live' ? { ...v, phase: 'reconnecting' } : v));
      },
    });
    stream.current = current;
    return () => current.close();
  }, [server.relay, generation, save]);

  // The page's question and reveal are the room's: send each change while the room is live (a
  // change made while it is not goes with the next resume).
  const live = view.phase === 'live';
  const askKey = questionKey(wanted.question);
  useEffect(() => {
    const r = room.current;
    if (!live || !r || questionKey(r.question) === askKey) return;
    const question = want.current.question;
    void inOrder(() => sendToRelay(server.relay, { type: 'ask', code: r.code, secret: r.secret, question })).catch(
      () => {},
    );
  }, [live, askKey, server.relay, inOrder]);

  const handKey = JSON.stringify(wanted.handCounts);
  useEffect(() => {
    const r = room.current;
    if (!live || !r) return;
    const { revealed, handCounts } = want.current;
    const key = `${askKey}:${revealed}:${revealed ? handKey : ''}`;
    if (key === sentReveal.current || (!revealed && !r.revealed)) return;
    sentReveal.current = key;
    void inOrder(() =>
      sendToRelay(server.relay, {
        type: 'reveal',
        code: r.code,
        secret: r.secret,
        revealed,
        ...(revealed ? { handCounts } : {}),
      }),
    )
      .then((reply) => reply.type === 'ok' && room.current && save({ ...room.current, revealed }))
      .catch(() => (sentReveal.current = ''));
  }, [live, askKey, wanted.revealed, handKey, server.relay, save, inOrder]);

  const close = useCallback(() => {
    const r = room.current;
    stream.current?.close();
    save(null);
    setView((v) => ({ ...v, phase: 'closed', closeReason: 'closed' }));
    // If the server cannot be reached, the room still ends there after its idle time.
    if (r)
      void inOrder(() => sendToRelay(server.relay, { type: 'close', code: r.code, secret: r.secret })).catch(() => {});
  }, [server.relay, save, inOrder]);

  /** After a close or a refusal: a new room. After "elsewhere": this tab takes the room back. */
  const restart = useCallback(() => {
    setView((v) => ({
      ...START,
      code: room.current?.code ?? null,
      answers: room.current?.answers ?? {},
      newCode: v.newCode && room.current !== null,
    }));
    sentReveal.current = '';
    setGeneration((g) => g + 1);
  }, []);

  return { view, close, restart };
}
