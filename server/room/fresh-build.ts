/**
 * Is dist/ the site as the source is now? `npm start` always builds; `npm run room` builds only
 * when dist/ is missing or older than anything the build reads, since a workshop laptop may
 * restart the server several times a day.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the build reads: a change to any of these makes dist/ stale. */
export const BUILD_INPUTS = [
  'src',
  'data',
  'public',
  'scripts/lib',
  'scripts/build.ts',
  'index.html',
  'vite.config.ts',
  'package-lock.json',
];

function newestIn(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestIn(join(path, entry)));
  return newest;
}

export type BuildState = { kind: 'fresh' } | { kind: 'missing' } | { kind: 'stale'; newer: string };

/** The build writes sw.js last, so its time is the build's. */
export function buildState(root: string, outDir: string): BuildState {
  const marker = join(outDir, 'sw.js');
  if (!existsSync(join(outDir, 'index.html')) || !existsSync(marker)) return { kind: 'missing' };
  const built = statSync(marker).mtimeMs;
  const newer = BUILD_INPUTS.find((input) => newestIn(join(root, input)) > built);
  return newer ? { kind: 'stale', newer } : { kind: 'fresh' };
}
