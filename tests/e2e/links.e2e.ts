/**
 * Links that last: hundreds of malformed or unknown URLs never crash the app, and the whole
 * site works under a sub-path on a plain static server.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../scripts/static-server.mjs';
import { setupBrowser } from './support/browser';
import { builtIndex } from './support/built-content';

const { open, baseUrl } = setupBrowser();
const index = builtIndex();

/** A deterministic pseudo-random sequence, so a failure can be reproduced. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function malformedUrls(count: number): string[] {
  const next = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const junk = () =>
    Array.from({ length: 1 + Math.floor(next() * 30) }, () =>
      pick([...'abcxyz-_.~%20!$&()*+,;=:@é漢😀<>"\'`{}|^']),
    ).join('');
  const scenario = index.scenarios[0]!.id;
  const makers = [
    () => `/scenarios/${junk()}/`,
    () => `/models/${junk()}/`,
    () => `/scenarios/${scenario}/${junk()}/`,
    () => `/compare/?dimension=${junk()}&models=${junk()},${junk()}&topic=${junk()}`,
    () => `/scenarios/?topic=${junk()}`,
    () => `/${junk()}/${junk()}/${junk()}`,
    () => `/scenarios/${'x'.repeat(500 + Math.floor(next() * 1500))}/`,
    () => `/%${junk()}%E0%A4%A/`,
    () => `/embed/scenarios/${junk()}/`,
    () => `/compare/?${junk()}=${junk()}&dimension=police&dimension=health`,
  ];
  return Array.from({ length: count }, (_, i) => makers[i % makers.length]!());
}

describe('malformed and unknown URLs', () => {
  it('200 of them never throw, and each lands on the not-found page or a default view', async () => {
    const urls = malformedUrls(200);
    const { page, problems } = await open('/');
    const landed: string[] = [];
    for (const [i, url] of urls.entries()) {
      // A quarter are opened cold (as a shared link would be); the rest by in-app navigation.
      if (i % 4 === 0) await page.goto(`${baseUrl}${encodeURI(url).replace(/%25/g, '%')}`, { waitUntil: 'load' });
      else
        await page.evaluate((target) => {
          window.history.pushState(null, '', target);
          window.dispatchEvent(new PopStateEvent('popstate'));
        }, url);
      await expect.poll(() => page.locator('h1').first().textContent(), { timeout: 5000 }).toMatch(/\S/);
      landed.push((await page.locator('h1').first().textContent()) ?? '');
    }
    const allowed = new Set([
      'We could not find that page',
      'Compare the models',
      'Scenarios',
      index.scenarios[0]!.title,
    ]);
    expect(landed.filter((h) => !allowed.has(h))).toEqual([]);
    expect(landed.filter((h) => h === 'We could not find that page').length).toBeGreaterThan(100);
    // Cold loads of unknown paths are answered 404 by the server; nothing else may be logged.
    expect(problems.filter((p) => !p.includes('status of 404'))).toEqual([]);
    await page.context().close();
  });
});

describe('under a sub-path', () => {
  const outDir = resolve(import.meta.dirname, '../../dist-subpath');
  let server: Server;
  let subBase = '';
  beforeAll(() => {
    const build = spawnSync(resolve(import.meta.dirname, '../../node_modules/.bin/tsx'), ['scripts/build.ts'], {
      cwd: resolve(import.meta.dirname, '../..'),
      env: { ...process.env, OUT_DIR: 'dist-subpath', BASE_PATH: '/explainer/', SITE_URL: 'https://example.org' },
      encoding: 'utf8',
    });
    if (build.status !== 0 || !existsSync(resolve(outDir, 'index.html')))
      throw new Error(`sub-path build failed:\n${build.stderr}`);
    server = createStaticServer({ dir: outDir, base: '/explainer/' });
    return new Promise<void>((done) =>
      server.listen(0, '127.0.0.1', () => {
        subBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        done();
      }),
    );
  }, 180_000);
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('deep links open cold, navigate, and point canonical URLs at the sub-path', async () => {
    const scenario = index.scenarios[2]!;
    const { page, problems, requests } = await open(`/explainer/scenarios/${scenario.id}/nordic/`, {
      baseUrl: subBase,
    });
    expect(await page.locator('h1').textContent()).toBe(scenario.title);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
      `https://example.org/explainer/scenarios/${scenario.id}/nordic/`,
    );
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare' }).click();
    await page.waitForURL(`${subBase}/explainer/compare/`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Compare the models');
    expect(requests.filter((url) => !url.startsWith(`${subBase}/explainer/`))).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
