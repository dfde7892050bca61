/**
 * Writes the service worker after every file of the site exists. It precaches the app's code,
 * every content file and an empty app shell, so after one visit every page opens offline: a
 * page's own prerendered HTML is not needed, since the app renders any route from the content.
 * (Precaching every prerendered page would cost readers several megabytes of duplicates.)
 */
import { join } from 'node:path';
import { generateSW } from 'workbox-build';

export async function writeServiceWorker(outDir: string, base: string): Promise<{ count: number; size: number }> {
  const { count, size, warnings } = await generateSW({
    globDirectory: outDir,
    globPatterns: ['shell.html', 'assets/**/*.{js,css}', 'content/**/*.json', '*.{svg,png,webmanifest}'],
    swDest: join(outDir, 'sw.js'),
    modifyURLPrefix: { '': base },
    // Every navigation is answered with the shell; the app then renders the route itself.
    navigateFallback: `${base}shell.html`,
    cleanupOutdatedCaches: true,
    // A new version waits until the reader agrees to reload: never switch under a workshop.
    skipWaiting: false,
    clientsClaim: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  });
  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  return { count, size };
}
