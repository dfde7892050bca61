import { afterEach, describe, expect, it } from 'vitest';
import { replaceHistoryWhenLeavingNoTrail } from '../../../src/features/safety/leave-no-trail';
import { STORAGE_KEYS } from '../../../src/lib/device-storage';

describe('leave no trail', () => {
  afterEach(() => localStorage.clear());

  it('makes in-site navigation replace the history entry while it is on, and add one while it is off', () => {
    const calls: string[] = [];
    const history = {
      pushState: (_d: unknown, _u: string, url?: string | URL | null) => calls.push(`push ${String(url)}`),
      replaceState: (_d: unknown, _u: string, url?: string | URL | null) => calls.push(`replace ${String(url)}`),
    } as unknown as History;
    replaceHistoryWhenLeavingNoTrail(history);
    history.pushState(null, '', '/models/');
    localStorage.setItem(STORAGE_KEYS.leaveNoTrail, 'on');
    history.pushState(null, '', '/scenarios/');
    localStorage.removeItem(STORAGE_KEYS.leaveNoTrail);
    history.pushState(null, '', '/compare/');
    expect(calls).toEqual(['push /models/', 'replace /scenarios/', 'push /compare/']);
  });
});
