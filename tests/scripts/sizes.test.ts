import { describe, expect, it } from 'vitest';
import { codeStartedBy, initialAssets, type BuildManifest } from '../../scripts/lib/sizes';

// The shape of Vite's manifest for this site: the page's script (boot) imports the app
// dynamically; the app imports React statically and each route's page dynamically.
const manifest: BuildManifest = {
  'src/app/boot.ts': { file: 'assets/boot-1.js', dynamicImports: ['src/app/entry-client.tsx'] },
  'src/app/entry-client.tsx': {
    file: 'assets/entry-client-2.js',
    imports: ['src/app/boot.ts', '_react-3.js'],
    dynamicImports: ['src/pages/scenario.tsx'],
  },
  '_react-3.js': { file: 'assets/react-3.js', imports: ['_runtime-4.js'] },
  '_runtime-4.js': { file: 'assets/runtime-4.js' },
  'src/pages/scenario.tsx': { file: 'assets/scenario-5.js', imports: ['_react-3.js'] },
};

const page = `<html><head>
  <script type="module" crossorigin src="/sub/assets/boot-1.js"></script>
  <link rel="modulepreload" crossorigin href="/sub/assets/runtime-4.js">
</head><body><div id="root"></div><link rel="stylesheet" href="/sub/assets/site.css"></body></html>`;

describe('the code a page starts', () => {
  it('follows the script’s dynamic import and that chunk’s static imports, not the routes it loads later', () => {
    expect(codeStartedBy(['/sub/assets/boot-1.js'], manifest, '/sub/')).toEqual([
      '/sub/assets/entry-client-2.js',
      '/sub/assets/react-3.js',
      '/sub/assets/runtime-4.js',
    ]);
  });

  it('counts each file once: what the HTML already lists is not started again', () => {
    const assets = initialAssets(page, manifest, '/sub/');
    expect(assets.scripts).toEqual(['/sub/assets/boot-1.js']);
    expect(assets.modulepreloads).toEqual(['/sub/assets/runtime-4.js']);
    expect(assets.started).toEqual(['/sub/assets/entry-client-2.js', '/sub/assets/react-3.js']);
    expect(assets.stylesheets).toEqual(['/sub/assets/site.css']);
    expect(assets.blockingStylesheets).toEqual([]);
  });

  it('starts nothing more without a manifest, or for a script that imports nothing dynamically', () => {
    expect(initialAssets(page).started).toEqual([]);
    expect(codeStartedBy(['/sub/assets/entry-client-2.js'], { 'x.ts': { file: 'assets/x.js' } }, '/sub/')).toEqual([]);
  });
});
