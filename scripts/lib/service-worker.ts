/**
 * Writes the service worker after every file of the site exists (docs/decisions/015).
 *
 * 1. Bundles src/service-worker/sw.ts (Workbox strategies and routing) into sw.js.
 * 2. Injects its precache manifest with Workbox's injectManifest: only the offline shell and
 *    the code the shell needs to start, each with its integrity hash, so the install fails
 *    rather than keep a wrong answer (a Wi-Fi login page answering 200 for a script).
 *    Everything else is kept as the reader opens it.
 * 3. Writes the list of files that make up the whole guide (offline-files.json) and its size
 *    (offline.json), for readers who choose to save all of it for offline use.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { build } from 'vite';
import { injectManifest } from 'workbox-build';
import { OFFLINE_FILES, OFFLINE_SUMMARY, type OfflineFiles, type OfflineSummary } from '../../src/lib/offline-rules';
import { gzipBytes, initialAssets, requireBuildManifest } from './sizes';

const root = resolve(import.meta.dirname, '../..');

export async function writeServiceWorker(
  outDir: string,
  base: string,
): Promise<{ count: number; size: number; guide: OfflineSummary }> {
  const swFile = join(outDir, 'sw.js');
  await bundleWorker(outDir);
  const shell = readFileSync(join(outDir, 'shell.html'), 'utf8');
  const { scripts, modulepreloads, started, stylesheets } = initialAssets(shell, requireBuildManifest(outDir), base);
  const shellCode = [...scripts, ...modulepreloads, ...started, ...stylesheets].map((url) => url.slice(base.length));
  const { count, size, warnings } = await injectManifest({
    swSrc: swFile,
    swDest: swFile,
    globDirectory: outDir,
    // The icon too (208 bytes): the browser asks for it on every page, and offline a request that
    // was never answered by the worker would fail on the console of a page that works.
    globPatterns: ['shell.html', 'favicon.svg', ...shellCode],
    modifyURLPrefix: { '': base },
    // Hashed file names never change: no revision, so the install takes them from the HTTP cache
    // the page just filled instead of downloading them again.
    dontCacheBustURLsMatching: /\/assets\//,
    manifestTransforms: [
      async (entries) => ({
        manifest: entries.map((entry) => ({
          ...entry,
          integrity: integrityOf(join(outDir, entry.url.slice(base.length))),
        })),
        warnings: [],
      }),
    ],
  });
  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  const guide = writeOfflineGuide(outDir);
  return { count, size, guide };
}

async function bundleWorker(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    // Workbox logs in development builds only.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      target: 'es2022',
      minify: true,
      lib: { entry: join(root, 'src/service-worker/sw.ts'), formats: ['iife'], name: 'swl', fileName: () => 'sw.js' },
    },
  });
}

function integrityOf(file: string): string {
  return `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
}

/** The whole guide: every code file, every content file, the shell and the icons. */
function writeOfflineGuide(outDir: string): OfflineSummary {
  const files = [
    'shell.html',
    ...filesUnder(outDir, 'assets').filter((f) => /\.(js|css)$/.test(f)),
    ...filesUnder(outDir, 'content').filter((f) => f.endsWith('.json')),
    ...readdirSync(outDir).filter((f) => /\.(svg|png|webmanifest)$/.test(f)),
  ];
  const hash = createHash('sha256');
  let download = 0;
  let stored = 0;
  for (const file of files) {
    const data = readFileSync(join(outDir, file));
    hash.update(file).update(data);
    download += gzipBytes(data);
    stored += data.length;
  }
  const build = hash.digest('hex').slice(0, 16);
  const list: OfflineFiles = { build, files };
  const summary: OfflineSummary = { build, files: files.length, bytes: { download, stored } };
  writeFileSync(join(outDir, OFFLINE_FILES), JSON.stringify(list));
  writeFileSync(join(outDir, OFFLINE_SUMMARY), JSON.stringify(summary));
  return summary;
}

function filesUnder(outDir: string, folder: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [relative(outDir, path).split(sep).join('/')];
    });
  return walk(join(outDir, folder));
}
