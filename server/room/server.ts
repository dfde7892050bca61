/**
 * One Node process for a workshop: the built site (the same static handler as `npm start`),
 * the room relay beside it, and `room-server.json` answered live so the site's pages know a
 * room server is here. Writes nothing to disk and logs no request.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createStaticHandler } from '../../scripts/static-server.mjs';
import { HEARTBEAT_SECONDS, ROOM_STATUS_FILE, type RoomServerInfo } from '../../src/features/present/room/protocol';
import { DEFAULT_LIMITS, resolveLimits, type RoomLimits } from './config';
import { createRelay, relayPath, type Relay } from './relay-http';
import { RoomRegistry } from './registry';

export interface RoomServerOptions {
  /** The built site; null serves the relay alone (the benchmark). */
  dir: string | null;
  base?: string;
  limits?: Partial<RoomLimits>;
  /** The origin phones should open (asked at each request); by default the one the page was loaded from. */
  joinOrigin?: () => string | null;
  /** The clock (tests move it on to make rooms idle). */
  now?: () => number;
}

export interface RoomServer {
  server: Server;
  registry: RoomRegistry;
  relay: Relay;
  limits: RoomLimits;
  /** Ends every stream (phones and facilitators will reconnect) and stops listening. */
  close(): Promise<void>;
}

const SWEEP_MS = 30_000;

export function createRoomServer(options: RoomServerOptions): RoomServer {
  const base = options.base ?? '/';
  const limits = resolveLimits({ ...DEFAULT_LIMITS, ...options.limits });
  const now = options.now ?? Date.now;
  const registry = new RoomRegistry(limits);
  const relay = createRelay({ registry, limits, base, now });
  const serveStatic = options.dir ? createStaticHandler({ dir: options.dir, base }) : null;
  const statusPath = `${base}${ROOM_STATUS_FILE}`;

  const status = (req: IncomingMessage, res: ServerResponse) => {
    const forwarded = limits.trustProxy
      ? String(req.headers['x-forwarded-proto'] ?? '')
          .split(',')[0]
          ?.trim()
      : '';
    const ownOrigin = `${forwarded === 'https' ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`;
    const info: RoomServerInfo = { relay: relayPath(base), joinOrigin: options.joinOrigin?.() ?? ownOrigin };
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : JSON.stringify(info));
  };

  const server = createServer((req, res) => {
    if (relay.handle(req, res)) return;
    if ((req.url ?? '').split('?')[0] === statusPath && (req.method === 'GET' || req.method === 'HEAD'))
      return status(req, res);
    if (serveStatic) return serveStatic(req, res);
    res.writeHead(404).end();
  });
  // Listen streams are long; only a silent, half-open connection should time out.
  server.requestTimeout = 30_000;
  server.headersTimeout = 20_000;

  const heartbeat = setInterval(() => relay.heartbeat(), HEARTBEAT_SECONDS * 1000).unref();
  const sweep = setInterval(() => relay.sweep(now()), SWEEP_MS).unref();

  return {
    server,
    registry,
    relay,
    limits,
    close: () =>
      new Promise<void>((done) => {
        clearInterval(heartbeat);
        clearInterval(sweep);
        registry.endAll();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
