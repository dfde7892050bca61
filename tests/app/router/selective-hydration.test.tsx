/**
 * Selective hydration (decision 027): the prerendered page sits in a Suspense boundary of its
 * own, so React hydrates the site's frame (quick exit, header) first and the page after it, in
 * work that yields to the reader. The document says when the page itself has hydrated.
 */
import { hydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/app';
import { render as prerender } from '../../../src/app/entry-server';
import { createQueryClient } from '../../../src/app/query-client';
import { createRouteCache } from '../../../src/app/router/route-cache';
import { matchPage, notFoundPage } from '../../../src/app/routes';
import { memoryFetcher, setContentFetcher } from '../../../src/content/fetch-content';
import { setUpAppContent } from '../../render-app';

const files = setUpAppContent();
let root: Root | undefined;

// Hydrated as a browser does, in React's own tasks: act() would flush the frame and the page in
// one go, and warn about updates that, here, nothing has to wait for.
const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
let wasActEnvironment: boolean | undefined;
beforeAll(() => {
  wasActEnvironment = actEnvironment.IS_REACT_ACT_ENVIRONMENT;
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
});
afterAll(() => {
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = wasActEnvironment;
});

afterEach(() => {
  root?.unmount();
  root = undefined;
  document.body.innerHTML = '';
  delete document.documentElement.dataset.pageHydrated;
});

async function prerendered(path: string) {
  setContentFetcher(memoryFetcher(files()));
  const result = await prerender(path);
  if (result.kind !== 'page') throw new Error(`${path} did not render a page`);
  const container = document.createElement('div');
  container.id = 'root';
  container.innerHTML = result.html;
  document.body.append(container);
  return { container, html: result.html, queryState: result.appData.queryState };
}

/** How many Suspense boundaries are open at `index` in React's server markup. */
function openBoundariesAt(html: string, index: number): number {
  const before = html.slice(0, index);
  const opened = before.match(/<!--\$[?!]?-->/g)?.length ?? 0;
  const closed = before.match(/<!--\/\$-->/g)?.length ?? 0;
  return opened - closed;
}

describe('selective hydration', () => {
  it('puts the page in a boundary of its own, and leaves the quick exit in the frame', async () => {
    const { html } = await prerendered('/');
    const heading = html.indexOf('<h1');
    const quickExit = html.indexOf('class="quick-exit');
    expect(heading).toBeGreaterThan(-1);
    expect(quickExit).toBeGreaterThan(-1);
    expect(openBoundariesAt(html, quickExit)).toBe(0);
    expect(openBoundariesAt(html, heading)).toBeGreaterThan(0);
  });

  it('hydrates the prerendered page in place, then marks the document', async () => {
    const { container, queryState } = await prerendered('/');
    const heading = container.querySelector('h1');
    expect(heading).not.toBeNull();
    const queryClient = createQueryClient();
    hydrate(queryClient, queryState);
    const cache = createRouteCache(queryClient, notFoundPage, 'http://localhost');
    const { entry, params } = matchPage('/');
    await cache.adopt(entry, params, '/');
    const recoverable: unknown[] = [];
    expect(document.documentElement.hasAttribute('data-page-hydrated')).toBe(false);

    root = hydrateRoot(
      container,
      <StrictMode>
        <MemoryRouter initialEntries={['/']} useTransitions={false}>
          <App cache={cache} />
        </MemoryRouter>
      </StrictMode>,
      { onRecoverableError: (error) => recoverable.push(error) },
    );

    await expect.poll(() => document.documentElement.hasAttribute('data-page-hydrated'), { timeout: 5000 }).toBe(true);
    // React claimed the prerendered heading rather than rendering a new one, with no mismatch.
    expect(container.querySelector('h1')).toBe(heading);
    expect(Object.keys(heading!).some((key) => key.startsWith('__reactFiber$'))).toBe(true);
    expect(recoverable).toEqual([]);
  });
});
