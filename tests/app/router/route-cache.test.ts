import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { createRouteCache } from '../../../src/app/router/route-cache';
import type { PageEntry } from '../../../src/app/router/resolve';
import { moved, notFound, type FeatureRoute, type PrepareArgs } from '../../../src/lib/route';

const Component = () => null;
const meta = () => ({ title: 'T', description: 'D' });

function entry(
  path: string,
  prepare?: FeatureRoute['prepare'],
  searchKeys?: string[],
): PageEntry & { loads: () => number } {
  let loads = 0;
  return {
    path,
    searchKeys,
    load: async () => {
      loads += 1;
      return () => ({ prepare, Component, meta });
    },
    loads: () => loads,
  };
}

const notFoundEntry = entry('*');
const cacheFor = () => createRouteCache(new QueryClient(), notFoundEntry, 'http://localhost');

describe('resolving a URL before its page renders', () => {
  it('loads the page, runs its prepare with the params and the query string, and keeps the result', async () => {
    const prepare = vi.fn(async (_args: PrepareArgs) => {});
    const page = entry('/a/:id/', prepare, ['q']);
    const cache = cacheFor();
    const first = await cache.resolve(page, { id: 'x' }, '/a/x/?q=1');
    expect(first).toMatchObject({ kind: 'page', status: 200, params: { id: 'x' } });
    expect(prepare.mock.calls[0]![0].search).toBe('?q=1');
    expect(cache.peek(page, '/a/x/?q=1')).toBe(first);
    await cache.resolve(page, { id: 'x' }, '/a/x/?q=1');
    expect(prepare).toHaveBeenCalledTimes(1);
  });

  it('treats query parameters prepare does not read as the page’s own state: known at once', async () => {
    const prepare = vi.fn(async (_args: PrepareArgs) => {});
    const page = entry('/a/', prepare, ['d']);
    const cache = cacheFor();
    const plain = await cache.resolve(page, {}, '/a/?d=one');
    expect(cache.peek(page, '/a/?d=one&sort=name&order=desc')).toBe(plain);
    expect(cache.peek(page, '/a/?d=two')).toBeUndefined();
    await cache.resolve(page, {}, '/a/?d=two');
    expect(prepare).toHaveBeenCalledTimes(2);
    expect(new URLSearchParams(prepare.mock.calls[1]![0].search).get('d')).toBe('two');
    const noKeys = entry('/b/');
    const b = await cache.resolve(noKeys, {}, '/b/');
    expect(cache.peek(noKeys, '/b/?model=nordic')).toBe(b);
  });

  it('resolves to the not-found page, with status 404, when prepare finds no such content', async () => {
    const resolution = await cacheFor().resolve(
      entry('/a/:id/', async () => notFound()),
      { id: 'nope' },
      '/a/nope/',
    );
    expect(resolution).toMatchObject({ kind: 'page', status: 404, params: {} });
    expect(resolution.kind === 'page' && resolution.route.Component).toBe(Component);
  });

  it('follows a move that prepare throws', async () => {
    const old = entry('/old/', async () => moved('/new/'));
    expect(await cacheFor().resolve(old, {}, '/old/')).toEqual({ kind: 'redirect', to: '/new/' });
  });

  it('does not keep a failure, so opening the URL again tries again', async () => {
    let online = false;
    const page = entry('/a/', async () => {
      if (!online) throw new Error('offline');
    });
    const cache = cacheFor();
    expect((await cache.resolve(page, {}, '/a/')).kind).toBe('error');
    expect(cache.peek(page, '/a/')).toBeUndefined();
    online = true;
    expect((await cache.resolve(page, {}, '/a/')).kind).toBe('page');
  });

  it('shares one resolution between calls while it is under way (a prefetch, then the click)', async () => {
    let finish = () => {};
    const prepare = vi.fn(() => new Promise<void>((done) => (finish = () => done())));
    const page = entry('/a/', prepare);
    const cache = cacheFor();
    const prefetch = cache.resolve(page, {}, '/a/');
    const click = cache.resolve(page, {}, '/a/');
    await vi.waitFor(() => expect(prepare).toHaveBeenCalled());
    finish();
    expect(await click).toBe(await prefetch);
    expect(prepare).toHaveBeenCalledTimes(1);
    expect(page.loads()).toBe(1);
  });

  it('adopts a prerendered page without running its prepare (its data came with the HTML)', async () => {
    const prepare = vi.fn(async () => {});
    const page = entry('/a/', prepare);
    const cache = cacheFor();
    await cache.adopt(page, {}, '/a/');
    expect(prepare).not.toHaveBeenCalled();
    expect(page.loads()).toBe(1);
    expect(cache.peek(page, '/a/')).toMatchObject({ kind: 'page', status: 200 });
  });
});
