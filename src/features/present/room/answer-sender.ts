/**
 * Sends a phone's answer: the latest one wins, one request at a time (so an older answer never
 * arrives after a newer one), and an answer that could not go is marked and sent again once
 * the phone is back in the room.
 */
import type { Picks, SendReply } from './protocol';

export type SaveState = 'idle' | 'saving' | 'saved' | 'unsent';

interface Answer {
  question: string;
  picks: Picks;
  sent: boolean;
}

const FLOOD_PAUSE_MS = 3000;
const same = (a: Picks, b: Picks) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

export class AnswerSender {
  private latest: Answer | null = null;
  private sending = false;

  constructor(
    private readonly send: (question: string, picks: Picks) => Promise<SendReply>,
    private readonly report: (state: SaveState) => void,
    private readonly closed: () => void,
  ) {}

  /** The answer on screen for `question`, if any. */
  picksFor(question: string): Picks | null {
    return this.latest?.question === question ? this.latest.picks : null;
  }

  /** The person chose: send it (after any request in flight). */
  choose(question: string, picks: Picks): void {
    this.latest = { question, picks, sent: false };
    void this.flush();
  }

  /**
   * The room told this phone what it holds for `question`. If the phone has a different answer
   * the server never got (the network dropped, the server restarted), it goes again; returns
   * the answer to show.
   */
  sync(question: string, onServer: Picks, open: boolean): Picks {
    const mine = this.latest;
    if (mine && mine.question === question && open && !same(mine.picks, onServer)) {
      mine.sent = false;
      void this.flush();
      return mine.picks;
    }
    this.latest = { question, picks: onServer, sent: true };
    this.report(Object.keys(onServer).length > 0 ? 'saved' : 'idle');
    return onServer;
  }

  private async flush(): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    try {
      while (this.latest && !this.latest.sent) {
        const answer = this.latest;
        answer.sent = true;
        this.report('saving');
        let reply: SendReply;
        try {
          reply = await this.send(answer.question, answer.picks);
        } catch {
          answer.sent = false;
          return this.report('unsent');
        }
        if (reply.type === 'saved' && this.latest === answer) this.report('saved');
        if (reply.type !== 'refused') continue;
        if (reply.reason === 'closed') return this.closed();
        if (reply.reason === 'not-joined' || reply.reason === 'flood') {
          // The stream rejoins by itself and `sync` sends it then; after a flood, a pause first.
          answer.sent = false;
          this.report('unsent');
          if (reply.reason === 'flood') setTimeout(() => void this.flush(), FLOOD_PAUSE_MS);
          return;
        }
        // answers-closed, stale-question: the reveal or the new question is on its way.
      }
    } finally {
      this.sending = false;
    }
  }
}
