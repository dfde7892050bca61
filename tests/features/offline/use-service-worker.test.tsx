import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The worker's helper arrives by a request of its own; here that request fails, as on a dropped
// connection or when the reader leaves the page while it loads.
vi.mock('workbox-window', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('useServiceWorker when the worker helper cannot load', () => {
  beforeEach(() => {
    vi.stubEnv('PROD', true);
    Object.defineProperty(navigator, 'serviceWorker', { value: { controller: null }, configurable: true });
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    Reflect.deleteProperty(navigator, 'serviceWorker');
  });

  it('leaves the page as it is, with no uncaught error', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const { useServiceWorker } = await import('../../../src/features/offline/use-service-worker');
      const { result } = renderHook(() => useServiceWorker());
      await act(() => new Promise((done) => setTimeout(done, 50)));
      expect(result.current.state).toBe('idle');
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
