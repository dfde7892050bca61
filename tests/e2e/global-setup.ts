/**
 * Starts one static server over the built site (dist/) and checks a browser exists, once for
 * the whole end-to-end run. Tests read the base URL and browser path through `inject`.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createStaticServer } from '../../scripts/static-server.mjs';
import { findChromium } from './support/find-chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject) {
  const dist = resolve(import.meta.dirname, '../..', process.env.OUT_DIR ?? 'dist');
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error('e2e: dist/ has no build. Run "npm run build" first (npm test does it for you).');
  }
  project.provide('chromiumPath', findChromium());
  const server = createStaticServer({ dir: dist });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  return () => new Promise<void>((done) => server.close(() => done()));
}
