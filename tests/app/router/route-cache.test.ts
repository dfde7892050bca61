import { QueryClient } from '@tanstack/react-query';
import { redirect } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { createRouteCache } from '../../../src/app/router/route-cache';
import type { PageEntry } from '../../../src/app/router/resolve';
import { notFound, type FeatureRoute, type LoaderArgs } from '../../../src/lib/route';

const Component = () => null;
const handle = { meta: () => ({ title: 'T', description: 'D' }) };

function entry(
  path: string,
  loader?: FeatureRoute['loader'],
  searchKeys?: string[],
): PageEntry & { loads: () => number } {
  let loads = 0;
  return {
    path,
    searchKeys,
    load: async () => {
      loads += 1;
      return () => ({ loader, Component, handle });
    },
    loads: () => loads,
  };
}

const notFoundEntry = entry('*');
const cacheFor = () => createRouteCache(new QueryClient(), notFoundEntry, 'http://localhost');

describe('resolving a URL before its page renders', () => {
  it('loads the page, runs its loader with the params and the query string, and keeps the result', async () => {
    const loader = vi.fn(async (_args: LoaderArgs) => null);
    const page = entry('/a/:id/', loader, ['q']);
    const cache = cacheFor();
    const first = await cache.resolve(page, { id: 'x' }, '/a/x/?q=1');
    expect(first).toMatchObject({ kind: 'page', status: 200, params: { id: 'x' } });
    expect(new URL(loader.mock.calls[0]![0].request.url).search).toBe('?q=1');
    expect(cache.peek(page, '/a/x/?q=1')).toBe(first);
    await cache.resolve(page, { id: 'x' }, '/a/x/?q=1');
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('treats query parameters the loader does not read as the page’s own state: known at once', async () => {
    const loader = vi.fn(async (_args: LoaderArgs) => null);
    const page = entry('/a/', loader, ['d']);
    const cache = cacheFor();
    const plain = await cache.resolve(page, {}, '/a/?d=one');
    expect(cache.peek(page, '/a/?d=one&sort=name&order=desc')).toBe(plain);
    expect(cache.peek(page, '/a/?d=two')).toBeUndefined();
    await cache.resolve(page, {}, '/a/?d=two');
    expect(loader).toHaveBeenCalledTimes(2);
    expect(new URL(loader.mock.calls[1]![0].request.url).searchParams.get('d')).toBe('two');
    const noKeys = entry('/b/');
    const b = await cache.resolve(noKeys, {}, '/b/');
    expect(cache.peek(noKeys, '/b/?model=nordic')).toBe(b);
  });

  it('resolves to the not-found page, with status 404, when the loader finds no such content', async () => {
    const resolution = await cacheFor().resolve(
      entry('/a/:id/', async () => notFound()),
      { id: 'nope' },
      '/a/nope/',
    );
    expect(resolution).toMatchObject({ kind: 'page', status: 404, params: {} });
    expect(resolution.kind === 'page' && resolution.route.Component).toBe(Component);
  });

  it('follows a redirect a loader throws', async () => {
    const moved = entry('/old/', async () => {
      throw redirect('/new/');
    });
    expect(await cacheFor().resolve(moved, {}, '/old/')).toEqual({ kind: 'redirect', to: '/new/' });
  });

  it('does not keep a failure, so opening the URL again tries again', async () => {
    let online = false;
    const page = entry('/a/', async () => {
      if (!online) throw new Error('offline');
      return null;
    });
    const cache = cacheFor();
    expect((await cache.resolve(page, {}, '/a/')).kind).toBe('error');
    expect(cache.peek(page, '/a/')).toBeUndefined();
    online = true;
    expect((await cache.resolve(page, {}, '/a/')).kind).toBe('page');
  });

  it('shares one resolution between calls while it is under way (a prefetch, then the click)', async () => {
    let finish = () => {};
    const loader = vi.fn(() => new Promise<null>((done) => (finish = () => done(null))));
    const page = entry('/a/', loader);
    const cache = cacheFor();
    const prefetch = cache.resolve(page, {}, '/a/');
    const click = cache.resolve(page, {}, '/a/');
    await vi.waitFor(() => expect(loader).toHaveBeenCalled());
    finish();
    expect(await click).toBe(await prefetch);
    expect(loader).toHaveBeenCalledTimes(1);
    expect(page.loads()).toBe(1);
  });

  it('adopts a prerendered page without running its loader (its data came with the HTML)', async () => {
    const loader = vi.fn(async () => null);
    const page = entry('/a/', loader);
    const cache = cacheFor();
    await cache.adopt(page, {}, '/a/');
    expect(loader).not.toHaveBeenCalled();
    expect(page.loads()).toBe(1);
    expect(cache.peek(page, '/a/')).toMatchObject({ kind: 'page', status: 200 });
  });
});
