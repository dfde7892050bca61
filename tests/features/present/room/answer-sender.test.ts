import { describe, expect, it, vi } from 'vitest';
import { AnswerSender, type SaveState } from '../../../../src/features/present/room/answer-sender';
import type { Picks, SendReply } from '../../../../src/features/present/room/protocol';

function setup(reply: (picks: Picks) => Promise<SendReply>) {
  const sent: Picks[] = [];
  const states: SaveState[] = [];
  const closed = vi.fn();
  const sender = new AnswerSender(
    (_q, picks) => {
      sent.push(picks);
      return reply(picks);
    },
    (s) => states.push(s),
    closed,
  );
  return { sender, sent, states, closed };
}
const saved = (picks: Picks): Promise<SendReply> => Promise.resolve({ type: 'saved', question: 'q', picks });
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('sending a phone’s answer', () => {
  it('sends one request at a time and always ends with the latest answer', async () => {
    let release: () => void = () => {};
    const { sender, sent, states } = setup(
      (picks) => new Promise((done) => (release = () => done({ type: 'saved', question: 'q', picks }))),
    );
    sender.choose('q', { nordic: 'good' });
    sender.choose('q', { nordic: 'mixed' });
    sender.choose('q', { nordic: 'poor' });
    expect(sent).toEqual([{ nordic: 'good' }]);
    release();
    await settle();
    // The middle answer was overtaken before it went: only the latest follows.
    expect(sent).toEqual([{ nordic: 'good' }, { nordic: 'poor' }]);
    release();
    await settle();
    expect(states.at(-1)).toBe('saved');
  });

  it('marks an answer unsent when the network fails, and sends it again when the room says it lacks it', async () => {
    let online = false;
    const { sender, sent, states } = setup((picks) =>
      online ? saved(picks) : Promise.reject(new TypeError('Failed to fetch')),
    );
    sender.choose('q', { nordic: 'good' });
    await settle();
    expect(states.at(-1)).toBe('unsent');
    online = true;
    // Back in the room: the server has nothing for this phone, so the answer goes again.
    expect(sender.sync('q', {}, true)).toEqual({ nordic: 'good' });
    await settle();
    expect(sent).toHaveLength(2);
    expect(states.at(-1)).toBe('saved');
  });

  it('takes the server’s answer when it already has this one, or when answers are closed', async () => {
    const { sender, sent } = setup(saved);
    sender.choose('q', { nordic: 'good' });
    await settle();
    expect(sender.sync('q', { nordic: 'good' }, true)).toEqual({ nordic: 'good' });
    expect(sender.sync('q', { nordic: 'poor' }, false)).toEqual({ nordic: 'poor' });
    expect(sender.sync('other', { legalisation: 'mixed' }, true)).toEqual({ legalisation: 'mixed' });
    await settle();
    expect(sent).toHaveLength(1);
  });

  it('stops when the room has closed', async () => {
    const { sender, closed } = setup(() => Promise.resolve({ type: 'refused', reason: 'closed' }));
    sender.choose('q', { nordic: 'good' });
    await settle();
    expect(closed).toHaveBeenCalledOnce();
  });
});
