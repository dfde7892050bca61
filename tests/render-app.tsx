/**
 * Mounts the real app (providers, routes, lazy pages, loaders) in a memory router, with content
 * served from memory exactly as the build would emit it.
 */
import { render } from '@testing-library/react';
import { rmSync } from 'node:fs';
import { useLayoutEffect } from 'react';
import { MemoryRouter, useLocation, type Location } from 'react-router';
import { afterAll, beforeAll } from 'vitest';
import { App } from '../src/app/app';
import { createQueryClient } from '../src/app/query-client';
import { createRouteCache } from '../src/app/router/route-cache';
import { notFoundPage } from '../src/app/routes';
import { memoryFetcher, setContentFetcher } from '../src/content/fetch-content';
import { buildContentFiles } from '../src/content/node/emit';
import { formatIssue } from '../src/content/node/issues';
import { loadContent } from '../src/content/node/load-content';
import { writeContentFixture } from './fixtures/content-fixture';

export function contentFilesFrom(root: string): Map<string, unknown> {
  const { content, issues } = loadContent(root);
  if (issues.length > 0) throw new Error(`Test content is invalid:\n${issues.map(formatIssue).join('\n')}`);
  return buildContentFiles(content);
}

/**
 * For app tests: the content fixture, plus whatever `extend` writes into it, as built content
 * files. Written once before the file's tests and removed after; the returned function gives
 * the files once the tests have started.
 */
export function setUpAppContent(extend: (root: string) => void = () => {}): () => Map<string, unknown> {
  let root = '';
  let files = new Map<string, unknown>();
  beforeAll(() => {
    root = writeContentFixture();
    extend(root);
    files = contentFilesFrom(root);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  return () => files;
}

/** What the tests read of the router: where the app is now. */
interface RouterView {
  state: { location: Location };
}

function LocationProbe({ onChange }: { onChange: (location: Location) => void }) {
  const location = useLocation();
  useLayoutEffect(() => {
    onChange(location);
  }, [onChange, location]);
  return null;
}

export function renderApp(url: string, files: Map<string, unknown>) {
  setContentFetcher(memoryFetcher(files));
  const queryClient = createQueryClient();
  const cache = createRouteCache(queryClient, notFoundPage, 'http://localhost');
  const router: RouterView = { state: { location: { pathname: '', search: '', hash: '', state: null, key: '' } } };
  const view = render(
    <MemoryRouter initialEntries={[url]} useTransitions={false}>
      <LocationProbe onChange={(location) => (router.state.location = location)} />
      <App cache={cache} />
    </MemoryRouter>,
  );
  return { ...view, router, queryClient };
}
