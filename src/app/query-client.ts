import { QueryClient } from '@tanstack/react-query';

/**
 * networkMode 'always': a query runs whatever `navigator.onLine` says. Content may be in the
 * service worker's cache while the device is offline, and a query paused until the connection
 * returns would leave an in-app link stalled under the old page. Offline, a file that is not
 * saved fails at once (no retry), and the page says it is not saved.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        networkMode: 'always',
        retry: (failures) => failures < 1 && (typeof navigator === 'undefined' || navigator.onLine),
        refetchOnWindowFocus: false,
        staleTime: Infinity,
      },
    },
  });
}
