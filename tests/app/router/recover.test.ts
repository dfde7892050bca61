import { afterEach, describe, expect, it, vi } from 'vitest';
import { isCodeLoadFailure, isLoadFailure, loadCode, reloadOnce } from '../../../src/app/router/recover';

describe('recovering a page whose code is gone', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    window.history.replaceState(null, '');
  });

  it('tells a missing chunk (a new version was deployed) from other errors', () => {
    expect(
      isCodeLoadFailure(new TypeError('Failed to fetch dynamically imported module: http://x/assets/compare-abc.js')),
    ).toBe(true);
    expect(isCodeLoadFailure(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isCodeLoadFailure(new Error('Unable to preload CSS for /assets/x.css'))).toBe(true);
    expect(isCodeLoadFailure(new Error('No content at scenarios/x.json'))).toBe(false);
    expect(isLoadFailure(new TypeError('Failed to fetch'))).toBe(true);
    expect(isLoadFailure(new RangeError('x'))).toBe(false);
  });

  it('reloads once, and not again moments later (no loop), marking the history entry rather than storage', () => {
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload } as Location);
    expect(reloadOnce(1_000_000)).toBe(true);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(reloadOnce(1_010_000)).toBe(false);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(reloadOnce(1_100_000)).toBe(true);
    expect(localStorage.length + sessionStorage.length).toBe(0);
  });

  it('does not reload a page the reader is leaving, whose loads stopped because they left', () => {
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload } as Location);
    window.dispatchEvent(new Event('beforeunload'));
    expect(reloadOnce(2_000_000)).toBe(false);
    window.dispatchEvent(new Event('pageshow'));
    window.dispatchEvent(new Event('pagehide'));
    expect(reloadOnce(2_000_000)).toBe(false);
    expect(reload).not.toHaveBeenCalled();
    // Still here (kept, or back from the back-forward cache): recovery works again.
    window.dispatchEvent(new Event('pageshow'));
    expect(reloadOnce(2_000_000)).toBe(true);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('asks once more for a code file that failed to load, and gives up (for a reload) only if it fails again', async () => {
    const cutShort = new TypeError('Failed to fetch dynamically imported module: http://x/assets/route-abc.js');
    const flaky = vi.fn().mockRejectedValueOnce(cutShort).mockResolvedValueOnce('module');
    await expect(loadCode(flaky, 1)).resolves.toBe('module');
    expect(flaky).toHaveBeenCalledTimes(2);

    const gone = vi.fn().mockRejectedValue(cutShort);
    await expect(loadCode(gone, 1)).rejects.toBe(cutShort);
    expect(gone).toHaveBeenCalledTimes(2);
  });

  it('does not ask again when the failure is not about loading code, or the reader is offline or leaving', async () => {
    const broken = vi.fn().mockRejectedValue(new RangeError('a bug'));
    await expect(loadCode(broken, 1)).rejects.toThrow('a bug');
    expect(broken).toHaveBeenCalledTimes(1);

    const cutShort = new TypeError('Importing a module script failed.');
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const offline = vi.fn().mockRejectedValue(cutShort);
    await expect(loadCode(offline, 1)).rejects.toBe(cutShort);
    expect(offline).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();

    window.dispatchEvent(new Event('pagehide'));
    const leaving = vi.fn().mockRejectedValue(cutShort);
    await expect(loadCode(leaving, 1)).rejects.toBe(cutShort);
    expect(leaving).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('pageshow'));
  });
});
