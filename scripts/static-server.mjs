/**
 * A plain static file server for the built site, like any static host: /x/ serves
 * /x/index.html, /x redirects to /x/ when that page exists, unknown paths get 404.html with
 * status 404, and no rewrite rules. Used by `npm start`, by the room server (server/room/) and
 * by the end-to-end tests.
 *
 * It also sends the headers docs/hosting.md asks every host to send: no other site may frame
 * the guide (embeds under /embed/ excepted), no MIME sniffing, no referrer, and cache lifetimes
 * that let readers get new versions (the service worker and pages are revalidated; files under
 * assets/ have content hashes in their names and never change).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

/** Headers for every response; framing is refused outside /embed/ (see frameHeaders). */
export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** Only the site itself may frame a page; embeds may be framed by any site. */
export function frameHeaders(path) {
  if (path.startsWith('/embed/')) return {};
  return { 'X-Frame-Options': 'SAMEORIGIN', 'Content-Security-Policy': "frame-ancestors 'self'" };
}

function cacheControl(path) {
  if (path.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

/**
 * The request handler alone, for a server that answers some paths itself first.
 * @param {{ dir: string, base?: string }} options
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void}
 */
export function createStaticHandler({ dir, base = '/' }) {
  const serve = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const notFoundFile = join(dir, '404.html');
  const notFoundPage = existsSync(notFoundFile) ? readFileSync(notFoundFile) : Buffer.from('Not found');
  const sendNotFound = (res) => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(notFoundPage);
  };
  return (req, res) => {
    const url = req.url ?? '/';
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (!url.startsWith(base)) return sendNotFound(res);
    const local = `/${url.slice(base.length)}`;
    const [path = '/', query] = splitQuery(local);
    for (const [name, value] of Object.entries(frameHeaders(path))) res.setHeader(name, value);
    res.setHeader('Cache-Control', cacheControl(path));
    // /models → /models/, as most hosts do: the page's links and its prerendered data are for
    // the address with the slash, and serving it at the other would not match on hydration.
    if (!path.endsWith('/') && isPageFolder(dir, path)) {
      res.statusCode = 301;
      res.setHeader('Location', `${base}${path.slice(1)}/${query === undefined ? '' : `?${query}`}`);
      return res.end();
    }
    req.url = local;
    serve(req, res, () => sendNotFound(res));
  };
}

/** @param {{ dir: string, base?: string }} options */
export function createStaticServer(options) {
  return createServer(createStaticHandler(options));
}

function splitQuery(url) {
  const at = url.indexOf('?');
  return at === -1 ? [url, undefined] : [url.slice(0, at), url.slice(at + 1)];
}

function isPageFolder(dir, path) {
  let decoded;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return false;
  }
  if (decoded.includes('\0') || decoded.split('/').includes('..')) return false;
  try {
    return statSync(join(dir, decoded, 'index.html')).isFile();
  } catch {
    return false;
  }
}
