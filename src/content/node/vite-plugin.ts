/**
 * Vite plugin: validates data/ when the build starts (failing it with file + field + reason),
 * serves /content/*.json (and the /downloads/ library) from memory in development, and writes
 * them into the build output.
 */
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { buildContentFiles } from './emit';
import { buildLibrary, libraryFiles, libraryJsonSchema } from './emit-library';
import { formatIssue } from './issues';
import { loadContent } from './load-content';

export class InvalidContentError extends Error {
  constructor(messages: string[]) {
    super(
      `Content in data/ is invalid (${messages.length} problem${messages.length === 1 ? '' : 's'}):\n${messages.join('\n')}\nRun "npm run content:check" for the full report.`,
    );
    this.name = 'InvalidContentError';
  }
}

/** The content files under /content/, and the downloads under /downloads/. */
interface SiteData {
  files: Map<string, unknown>;
  downloads: Map<string, unknown>;
}

function loadFiles(root: string): SiteData {
  const { content, issues } = loadContent(root);
  if (issues.length > 0) throw new InvalidContentError(issues.map(formatIssue));
  const site = process.env.SITE_URL ? `${process.env.SITE_URL.replace(/\/$/, '')}${process.env.BASE_PATH ?? '/'}` : '';
  const downloads = new Map<string, unknown>([
    [libraryFiles.library, buildLibrary(content, site)],
    [libraryFiles.schema, libraryJsonSchema()],
  ]);
  return { files: buildContentFiles(content), downloads };
}

/**
 * @param options.contentRoot folder that holds data/; defaults to the Vite root. The benchmark
 *   points it at generated content to measure how the site scales.
 */
export function contentPlugin(options: { contentRoot?: string } = {}): Plugin {
  let root = process.cwd();
  let data: SiteData | undefined;
  let isSsrBuild = false;
  return {
    name: 'explainer-content',
    configResolved(config) {
      root = options.contentRoot ? resolve(options.contentRoot) : config.root;
      isSsrBuild = Boolean(config.build.ssr);
    },
    buildStart() {
      data = loadFiles(root);
    },
    generateBundle() {
      // The SSR bundle reads the client build's copy; writing it twice would only waste time.
      if (isSsrBuild || !data) return;
      for (const [path, file] of data.files) {
        this.emitFile({ type: 'asset', fileName: `content/${path}`, source: JSON.stringify(file) });
      }
      // Downloads are for people: indented, so they read in a text editor.
      for (const [path, file] of data.downloads) {
        this.emitFile({ type: 'asset', fileName: `downloads/${path}`, source: `${JSON.stringify(file, null, 2)}\n` });
      }
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(resolve(root, 'data'));
      server.watcher.on('all', (_event, file) => {
        if (file.startsWith(resolve(root, 'data'))) data = undefined;
      });
      server.middlewares.use((req, res, next) => {
        const base = server.config.base;
        const url = (req.url ?? '').split('?')[0] ?? '';
        const folder = url.startsWith(`${base}content/`)
          ? 'content'
          : url.startsWith(`${base}downloads/`)
            ? 'downloads'
            : undefined;
        if (!folder) return next();
        try {
          data ??= loadFiles(root);
        } catch (error) {
          res.statusCode = 500;
          res.end((error as Error).message);
          return;
        }
        const file = (folder === 'content' ? data.files : data.downloads).get(url.slice(`${base}${folder}/`.length));
        if (file === undefined) {
          res.statusCode = 404;
          res.end('Not found');
          return;
        }
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify(file));
      });
    },
  };
}
