/**
 * For tests of updates and of what the service worker keeps: a static server whose build can be
 * switched (a new version deployed), whose answers can be replaced (a Wi-Fi login page answering
 * 200 for a script), and a cheap second build: a copy of dist/ with every code file renamed, as
 * a real rebuild renames them, and its worker rewritten for the new files.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeServiceWorker } from '../../../scripts/lib/service-worker';
import { createStaticServer } from '../../../scripts/static-server.mjs';

export type Override = (req: IncomingMessage, res: ServerResponse) => boolean;

export interface VersionedSite {
  baseUrl: string;
  /** Serves another build from now on. */
  deploy: (dir: string) => void;
  /** Answers requests itself where `override` returns true (until cleared with undefined). */
  intercept: (override: Override | undefined) => void;
  close: () => Promise<void>;
}

export async function serveVersions(dir: string): Promise<VersionedSite> {
  let current = createStaticServer({ dir });
  let override: Override | undefined;
  const front: Server = (await import('node:http')).createServer((req, res) => {
    if (override?.(req, res)) return;
    current.emit('request', req, res);
  });
  await new Promise<void>((done) => front.listen(0, '127.0.0.1', done));
  return {
    baseUrl: `http://127.0.0.1:${(front.address() as AddressInfo).port}`,
    deploy: (next) => {
      current = createStaticServer({ dir: next });
    },
    intercept: (next) => {
      override = next;
    },
    close: () => new Promise((done) => front.close(() => done())),
  };
}

/** An HTML page a captive portal or a misconfigured host might send for any file. */
export const LOGIN_PAGE = '<!doctype html><title>Wi-Fi</title><h1>Please log in to the Wi-Fi</h1>';

/**
 * A second version of the site: dist/ copied, every file under assets/ renamed (so the first
 * version's code files are gone, as after a real deploy), every reference to them rewritten, one
 * visible word changed, and the worker rebuilt for the new files. Seconds, not a full build.
 */
export async function secondVersion(dist: string, marker: string): Promise<{ dir: string; cleanUp: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'swl-v2-'));
  cpSync(dist, dir, { recursive: true });
  const assets = readdirSync(join(dir, 'assets'));
  const renames = new Map(assets.map((name) => [name, name.replace(/\.(js|css)$/, `-v2.$1`)]));
  for (const [from, to] of renames) renameSync(join(dir, 'assets', from), join(dir, 'assets', to));
  const pattern = new RegExp(
    [...renames.keys()].map((name) => name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|'),
    'g',
  );
  const rewrite = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'content') rewrite(path);
      } else if (/\.(html|js|css)$/.test(entry.name)) {
        const text = readFileSync(path, 'utf8');
        let next = text.replace(pattern, (name) => renames.get(name) ?? name);
        next = next.replaceAll('Skip to main content', marker);
        if (next !== text) writeFileSync(path, next);
      }
    }
  };
  rewrite(dir);
  await writeServiceWorker(dir, '/');
  return { dir, cleanUp: () => rmSync(dir, { recursive: true, force: true }) };
}
