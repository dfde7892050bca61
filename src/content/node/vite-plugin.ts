/**
 * Vite plugin: validates data/ when the build starts (failing it with file + field + reason),
 * serves /content/*.json from memory in development, and writes them into the build output.
 */
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { buildContentFiles } from './emit';
import { formatIssue } from './issues';
import { loadContent } from './load-content';

export class InvalidContentError extends Error {
  constructor(messages: string[]) {
    super(`Content in data/ is invalid (${messages.length} problem${messages.length === 1 ? '' : 's'}):\n${messages.join('\n')}\nRun "npm run content:check" for the full report.`);
    this.name = 'InvalidContentError';
  }
}

function loadFiles(root: string): Map<string, unknown> {
  const { content, issues } = loadContent(root);
  if (issues.length > 0) throw new InvalidContentError(issues.map(formatIssue));
  return buildContentFiles(content);
}

/**
 * @param options.contentRoot folder that holds data/; defaults to the Vite root. The benchmark
 *   points it at generated content to measure how the site scales.
 */
export function contentPlugin(options: { contentRoot?: string } = {}): Plugin {
  let root = process.cwd();
  let files: Map<string, unknown> | undefined;
  let isSsrBuild = false;
  return {
    name: 'explainer-content',
    configResolved(config) {
      root = options.contentRoot ? resolve(options.contentRoot) : config.root;
      isSsrBuild = Boolean(config.build.ssr);
    },
    buildStart() {
      files = loadFiles(root);
    },
    generateBundle() {
      // The SSR bundle reads the client build's copy; writing it twice would only waste time.
      if (isSsrBuild || !files) return;
      for (const [path, data] of files) {
        this.emitFile({ type: 'asset', fileName: `content/${path}`, source: JSON.stringify(data) });
      }
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(resolve(root, 'data'));
      server.watcher.on('all', (_event, file) => {
        if (file.startsWith(resolve(root, 'data'))) files = undefined;
      });
      server.middlewares.use((req, res, next) => {
        const base = server.config.base;
        const url = (req.url ?? '').split('?')[0] ?? '';
        if (!url.startsWith(`${base}content/`)) return next();
        try {
          files ??= loadFiles(root);
        } catch (error) {
          res.statusCode = 500;
          res.end((error as Error).message);
          return;
        }
        const data = files.get(url.slice(`${base}content/`.length));
        if (data === undefined) {
          res.statusCode = 404;
          res.end('Not found');
          return;
        }
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify(data));
      });
    },
  };
}
