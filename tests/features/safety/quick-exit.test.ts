import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SESSION_KEYS, STORAGE_KEYS } from '../../../src/lib/device-storage';

/** A fresh copy of the quick exit and device storage: both remember, for the page's life, that it is leaving. */
async function freshModules() {
  vi.resetModules();
  const exit = await import('../../../src/features/safety/quick-exit');
  const storage = await import('../../../src/lib/device-storage');
  const room = await import('../../../src/features/present/room/room-storage');
  return { ...exit, ...storage, ...room };
}

const ROOM_HOST = '{"v":1,"code":"K7M2Q","secret":"s","tag":"t"}';
const ROOM_JOIN = '{"v":1,"device":"d","code":"K7M2Q"}';

describe('the quick exit forgets a workshop room kept in the tab', () => {
  beforeEach(() => {
    // jsdom cannot navigate to another site; it says so on the console, which is not the test's concern.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    sessionStorage.setItem(SESSION_KEYS.roomHost, ROOM_HOST);
    sessionStorage.setItem(SESSION_KEYS.roomJoin, ROOM_JOIN);
    localStorage.setItem(STORAGE_KEYS.contentNotes, 'show');
  });
  afterEach(() => {
    vi.restoreAllMocks();
    sessionStorage.clear();
    localStorage.clear();
  });

  it('removes both room keys before leaving, and keeps the settings it says it does not delete', async () => {
    const { quickExit, isLeaving } = await freshModules();
    quickExit('https://weather.example/');
    expect(isLeaving()).toBe(true);
    expect(sessionStorage.getItem(SESSION_KEYS.roomHost)).toBeNull();
    expect(sessionStorage.getItem(SESSION_KEYS.roomJoin)).toBeNull();
    expect(localStorage.getItem(STORAGE_KEYS.contentNotes)).toBe('show');
  });

  it('keeps no room written while the exit is under way (a late room message must not bring it back)', async () => {
    const { quickExit, writeJoinedRoom, writeSession, readSession } = await freshModules();
    quickExit('https://weather.example/');
    writeJoinedRoom({ device: 'd', code: 'K7M2Q' });
    writeSession(SESSION_KEYS.roomHost, ROOM_HOST);
    expect(readSession(SESSION_KEYS.roomJoin)).toBeNull();
    expect(readSession(SESSION_KEYS.roomHost)).toBeNull();
  });

  it('writes a room as usual until then', async () => {
    const { writeJoinedRoom, readJoinedRoom } = await freshModules();
    writeJoinedRoom({ device: 'e', code: 'K7M2R' });
    expect(readJoinedRoom().code).toBe('K7M2R');
  });

  it('forgets the room in a window that leaves because another window of the site did', async () => {
    const { followQuickExitFromOtherWindows } = await freshModules();
    const stop = followQuickExitFromOtherWindows('https://weather.example/');
    const other = new BroadcastChannel('swl:quick-exit');
    other.postMessage('exit');
    other.close();
    await vi.waitFor(() => expect(sessionStorage.getItem(SESSION_KEYS.roomJoin)).toBeNull());
    expect(sessionStorage.getItem(SESSION_KEYS.roomHost)).toBeNull();
    stop();
  });
});

describe('the quick exit leaves once', () => {
  it('does not start over when its own message to the other windows comes back to this one', async () => {
    vi.resetModules();
    const { quickExit, followQuickExitFromOtherWindows } = await import('../../../src/features/safety/quick-exit');
    // The page's own listener, as the app sets it up; the exit it hears is the one it sent.
    const stop = followQuickExitFromOtherWindows('https://weather.example/');
    const titles: string[] = [];
    const history = window.history.replaceState;
    quickExit('https://weather.example/');
    titles.push(document.title);
    // A second leave() would blank the page and replace the location again, cancelling the first.
    document.title = 'after the first exit';
    await new Promise((done) => setTimeout(done, 50));
    expect(document.title).toBe('after the first exit');
    // And nothing may write to history while the exit's navigation is pending.
    expect(window.history.replaceState).not.toBe(history);
    stop();
    expect(titles).toEqual(['Loading…']);
  });
});
