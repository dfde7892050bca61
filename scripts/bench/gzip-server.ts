/**
 * Puts gzip in front of scripts/static-server.mjs for Lighthouse. Every real static host or CDN
 * compresses text; the plain static server does not, and without it Lighthouse's simulated slow
 * connection would carry several times the bytes a reader's phone receives.
 */
import type { OutgoingHttpHeaders, Server, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json|xml)|image\/svg)/;

function withoutLength(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'content-length'));
}

/** Replaces the server's request handler with one that gzips text responses (level 9). */
export function addGzip(server: Server): void {
  const [handler] = server.listeners('request') as ((req: unknown, res: ServerResponse) => void)[];
  if (!handler) throw new Error('gzip: the server has no request handler');
  server.removeAllListeners('request');
  server.on('request', (req, res: ServerResponse) => {
    if (!/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return handler(req, res);
    const chunks: Buffer[] = [];
    let head: { status: number; headers: OutgoingHttpHeaders } | undefined;
    const writeHead = res.writeHead.bind(res) as (status: number, headers: OutgoingHttpHeaders) => ServerResponse;
    const end = res.end.bind(res) as (body?: Buffer) => ServerResponse;
    // The static server writes its head, then streams the file: hold both, then send gzipped.
    res.writeHead = ((status: number, headers?: OutgoingHttpHeaders) => {
      head = { status, headers: headers ?? {} };
      return res;
    }) as ServerResponse['writeHead'];
    res.write = ((chunk: Buffer | string) => {
      chunks.push(Buffer.from(chunk));
      return true;
    }) as ServerResponse['write'];
    res.end = ((chunk?: unknown) => {
      if (chunk !== undefined && typeof chunk !== 'function') chunks.push(Buffer.from(chunk as Buffer | string));
      const body = Buffer.concat(chunks);
      const status = head?.status ?? res.statusCode;
      const headers = head?.headers ?? {};
      const type = String(headers['Content-Type'] ?? headers['content-type'] ?? res.getHeader('Content-Type') ?? '');
      if (req.method === 'HEAD' || body.length === 0 || !COMPRESSIBLE.test(type)) {
        writeHead(status, headers);
        return end(body);
      }
      const gzipped = gzipSync(body, { level: 9 });
      res.removeHeader('Content-Length');
      writeHead(status, {
        ...withoutLength(headers),
        'Content-Encoding': 'gzip',
        'Content-Length': gzipped.length,
        Vary: 'Accept-Encoding',
      });
      return end(gzipped);
    }) as ServerResponse['end'];
    handler(req, res);
  });
}
