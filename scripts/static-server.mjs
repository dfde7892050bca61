/**
 * A plain static file server for the built site, like any static host: /x/ serves
 * /x/index.html, unknown paths get 404.html with status 404, and no rewrite rules.
 * Used by `npm start`, by the room server (server/room/) and by the end-to-end tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

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
    if (!url.startsWith(base)) return sendNotFound(res);
    req.url = `/${url.slice(base.length)}`;
    serve(req, res, () => sendNotFound(res));
  };
}

/** @param {{ dir: string, base?: string }} options */
export function createStaticServer(options) {
  return createServer(createStaticHandler(options));
}
