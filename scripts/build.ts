/**
 * `npm run build`: the client bundle (with content JSON), the server entry, then the
 * prerendered pages. OUT_DIR (default dist) lets several builds live side by side, e.g. the
 * benchmark's synthetic-content builds; the server entry goes to OUT_DIR-ssr.
 */
// Set before React loads: the prerender must use the same production builds as the bundle.
process.env.NODE_ENV = 'production';
// Vite's notice about a future config loader is not actionable here.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';

import { resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.env.OUT_DIR ?? 'dist');
const ssrOutDir = `${outDir}-ssr`;

await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
await build({
  root,
  logLevel: 'warn',
  build: { ssr: 'src/app/entry-server.tsx', outDir: ssrOutDir, emptyOutDir: true },
});
// Imported only now: it loads React, which must see NODE_ENV=production (set above).
const { prerender } = await import('./lib/prerender');
const { writeSiteFiles } = await import('./lib/site-files');
const { writePreviewImages } = await import('./lib/preview-images');
const { writeServiceWorker } = await import('./lib/service-worker');
const { roomBuildSettings, writeRoomStatus } = await import('./lib/room-url');
const base = process.env.BASE_PATH ?? '/';
// Canonical URLs, previews and the sitemap need the public address. The default suits
// `npm start`; set SITE_URL when building for a real host.
const siteUrl = process.env.SITE_URL ?? 'http://localhost:4173';
if (!process.env.SITE_URL) console.warn(`build: SITE_URL is not set; links in previews and the sitemap use ${siteUrl}`);

// Checked first: a mistyped ROOM_URL stops the build before the long part.
const room = roomBuildSettings();
// Preview images render on the thread pool while the prerender runs on the main thread.
const previews = writePreviewImages({ outDir, siteRoot: `${siteUrl.replace(/\/$/, '')}${base}` });
// Awaited below; handled now so a failure there is reported once, after the prerender.
previews.catch(() => undefined);
const paths = await prerender({ outDir, ssrOutDir, base, siteUrl });
writeSiteFiles({ outDir, base, siteUrl, paths });
writeRoomStatus(outDir, room);
if (room.relay) console.log(`build: pages may connect to the room server at ${room.relay}`);
const { count, rendered, ms } = await previews;
console.log(
  `build: wrote robots.txt, sitemap.xml, manifest, icons and ${count} preview images (${rendered} drawn, the rest cached; ${ms} ms alongside the prerender)`,
);
const worker = await writeServiceWorker(outDir, base);
console.log(
  `build: service worker precaches ${worker.count} files (${Math.round(worker.size / 1024)} kB); the whole guide for offline use is ${worker.guide.files} files (${Math.round(worker.guide.bytes.download / 1000)} kB to download)`,
);
