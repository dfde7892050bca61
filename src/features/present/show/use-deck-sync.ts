/**
 * Keeps the audience window and the presenter window on the same slide and step, in both
 * directions, with a BroadcastChannel: same browser, same site, no server. A window that
 * opens later says "hello" and is told where the deck is.
 */
import { useEffect, useRef } from 'react';
import { samePosition, type Position } from './position';

type SyncMessage = { type: 'hello' } | { type: 'position'; slide: number; step: number };

function isPositionMessage(data: unknown): data is Extract<SyncMessage, { type: 'position' }> {
  const d = data as Partial<Extract<SyncMessage, { type: 'position' }>> | null;
  return d?.type === 'position' && Number.isInteger(d.slide) && Number.isInteger(d.step);
}

interface Options {
  /** Ask other windows where the deck is (the presenter does, when it opens). */
  greet: boolean;
  /** Tell other windows this window's position when it opens (the audience window does). */
  announce: boolean;
}

export function useDeckSync(
  name: string,
  position: Position,
  onRemote: (p: Position) => void,
  { greet, announce }: Options,
): void {
  const channel = useRef<BroadcastChannel | null>(null);
  const latest = useRef({ position, onRemote });
  // The last position both windows know about. A position that arrived from the other window
  // is not sent back (two quick presses could bounce between windows), and a window that
  // should not announce itself starts out "known".
  const known = useRef<Position | null>(announce ? null : position);
  useEffect(() => {
    latest.current = { position, onRemote };
  });

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(name);
    channel.current = ch;
    ch.onmessage = (event: MessageEvent<unknown>) => {
      const data = event.data as Partial<SyncMessage> | null;
      if (data?.type === 'hello')
        ch.postMessage({ type: 'position', ...latest.current.position } satisfies SyncMessage);
      else if (isPositionMessage(data)) {
        const next = { slide: data.slide, step: data.step };
        if (samePosition(next, latest.current.position)) return;
        known.current = next;
        latest.current.onRemote(next);
      }
    };
    if (greet) ch.postMessage({ type: 'hello' } satisfies SyncMessage);
    return () => {
      ch.close();
      channel.current = null;
    };
  }, [name, greet]);

  const { slide, step } = position;
  useEffect(() => {
    const here = { slide, step };
    if (known.current && samePosition(known.current, here)) return;
    known.current = here;
    channel.current?.postMessage({ type: 'position', ...here } satisfies SyncMessage);
  }, [slide, step]);
}
