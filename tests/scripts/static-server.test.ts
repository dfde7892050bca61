/** The project's own static server (npm start, npm run serve, the e2e tests) behaves like a good host. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../scripts/static-server.mjs';

let dir = '';
let server: Server;
let origin = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'swl-serve-'));
  for (const page of ['', 'models', 'embed/compare']) {
    mkdirSync(join(dir, page), { recursive: true });
    writeFileSync(join(dir, page, 'index.html'), `<div id="root">${page}</div>`);
  }
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets', 'index-abc.js'), 'export {};');
  writeFileSync(join(dir, '404.html'), '<div id="root">not found</div>');
  server = createStaticServer({ dir });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string) => fetch(`${origin}${path}`, { redirect: 'manual' });

describe('the static server', () => {
  it('sends a page without its trailing slash to the address with it, keeping the query', async () => {
    const response = await get('/models?x=1');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/models/?x=1');
    expect((await get('/models/')).status).toBe(200);
  });

  it('refuses to let other sites frame a page, but lets them frame an embed', async () => {
    for (const path of ['/', '/models/', '/no-such-page/']) {
      const response = await get(path);
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'self'");
    }
    const embed = await get('/embed/compare/');
    expect(embed.status).toBe(200);
    expect(embed.headers.get('x-frame-options')).toBeNull();
    expect(embed.headers.get('content-security-policy')).toBeNull();
  });

  it('sends the security headers docs/hosting.md asks for, and cache lifetimes readers can update through', async () => {
    const page = await get('/');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect((await get('/assets/index-abc.js')).headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
  });

  it('answers unknown paths with 404.html and status 404', async () => {
    const response = await get('/nowhere');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('not found');
  });
});
