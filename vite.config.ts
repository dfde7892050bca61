import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentPlugin } from './src/content/node/vite-plugin';

/**
 * BASE_PATH lets the same build run at a domain's root ("/") or under a sub-path such as a
 * code host's project site ("/explainer/"). It must start and end with "/".
 */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  // CONTENT_ROOT: build from another folder's data/ (used by the benchmark's synthetic content).
  plugins: [react(), contentPlugin({ contentRoot: process.env.CONTENT_ROOT })],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Read by the budgets and the service worker's precache: the page's script starts the app's
    // code itself, after the first paint (src/app/boot.ts), so the HTML alone does not list it.
    manifest: true,
  },
});
