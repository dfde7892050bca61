/**
 * Mounts the real app (providers, routes, lazy pages, loaders) in a memory router, with content
 * served from memory exactly as the build would emit it.
 */
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../src/app/providers';
import { createQueryClient } from '../src/app/query-client';
import { createRoutes } from '../src/app/routes';
import { memoryFetcher, setContentFetcher } from '../src/content/fetch-content';
import { buildContentFiles } from '../src/content/node/emit';
import { formatIssue } from '../src/content/node/issues';
import { loadContent } from '../src/content/node/load-content';

export function contentFilesFrom(root: string): Map<string, unknown> {
  const { content, issues } = loadContent(root);
  if (issues.length > 0) throw new Error(`Test content is invalid:\n${issues.map(formatIssue).join('\n')}`);
  return buildContentFiles(content);
}

export function renderApp(url: string, files: Map<string, unknown>) {
  setContentFetcher(memoryFetcher(files));
  const queryClient = createQueryClient();
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] });
  const view = render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, queryClient };
}
