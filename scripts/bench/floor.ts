/**
 * The React floor: the smallest page any React app ships, one line rendered by React and
 * ReactDOM, built with the repository's own Vite build settings and node_modules. The app's
 * initial JavaScript is reported as a multiple of this.
 *
 * `buildFloor(dir)` runs the build in a child process with NODE_ENV=production (as
 * scripts/build.ts does): inside Vitest NODE_ENV is "test", which would bundle React's
 * development build and make the floor look heavier than it is.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bytesOfUrls, initialAssets, readBuildManifest, type Bytes } from '../lib/sizes';

const repoRoot = resolve(import.meta.dirname, '../..');

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><title>React floor</title></head>
  <body><div id="root"></div><script type="module" src="/main.tsx"></script></body>
</html>
`;

const MAIN_TSX = `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<StrictMode><p>Hello from React.</p></StrictMode>);
`;

export interface Floor {
  /** The built page's folder. */
  dist: string;
  /** Its initial JavaScript (module script and modulepreloads). */
  js: Bytes;
  files: string[];
}

/** Builds the floor app in `dir` (inside the repository, so it resolves its node_modules). */
export function buildFloor(dir: string): Floor {
  execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, dir], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const dist = join(dir, 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const { scripts, modulepreloads, started } = initialAssets(html, readBuildManifest(dist));
  const files = [...scripts, ...modulepreloads, ...started];
  return { dist, js: bytesOfUrls(dist, files), files };
}

async function buildInThisProcess(dir: string): Promise<void> {
  const { build, loadConfigFromFile } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  // The app's own build settings (target, minifier…), without its content plugin.
  const loaded = await loadConfigFromFile(
    { command: 'build', mode: 'production' },
    join(repoRoot, 'vite.config.ts'),
    repoRoot,
    'silent',
  );
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), INDEX_HTML);
  writeFileSync(join(dir, 'main.tsx'), MAIN_TSX);
  await build({
    root: dir,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { ...loaded?.config.build, outDir: join(dir, 'dist'), emptyOutDir: true },
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: floor.ts <folder>');
  await buildInThisProcess(resolve(dir));
}
