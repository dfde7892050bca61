/**
 * The providers every page needs: the query cache. Motion is provided only where something
 * animates (components/motion-scope.tsx), so framer-motion is not in the entry bundle.
 */
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';

export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
