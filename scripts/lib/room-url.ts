/**
 * ROOM_URL: a room server run elsewhere (for example https://rooms.example.org, behind HTTPS)
 * that this static site's pages may use. The build names its relay in room-server.json and adds
 * its origin, and only that, to the pages' connect-src. Without ROOM_URL the file says "no room
 * server" and the policy stays 'self' only; a room server serving the site answers the file live.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RELAY_DIR, ROOM_STATUS_FILE, type RoomServerInfo } from '../../src/features/present/room/protocol';

export interface RoomBuildSettings {
  relay: string | null;
  /** Origins the pages may connect to besides their own. */
  connectSources: string[];
}

const LOCAL = new Set(['localhost', '127.0.0.1', '[::1]']);

export function roomBuildSettings(roomUrl = process.env.ROOM_URL): RoomBuildSettings {
  if (!roomUrl) return { relay: null, connectSources: [] };
  let url: URL;
  try {
    url = new URL(roomUrl);
  } catch {
    throw new Error(`build: ROOM_URL must be an address such as https://rooms.example.org; got "${roomUrl}"`);
  }
  // Pages served over HTTPS may not call plain HTTP, and answers should not cross a network in clear.
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOCAL.has(url.hostname))) {
    throw new Error(`build: ROOM_URL must start with https:// (plain http only for localhost); got "${roomUrl}"`);
  }
  if (url.search || url.hash || url.username)
    throw new Error(
      `build: ROOM_URL must be an origin and optional path, with no query, fragment or user; got "${roomUrl}"`,
    );
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { relay: `${url.origin}${base}${RELAY_DIR}`, connectSources: [url.origin] };
}

export function writeRoomStatus(outDir: string, settings = roomBuildSettings()): void {
  const info: RoomServerInfo = { relay: settings.relay };
  writeFileSync(join(outDir, ROOM_STATUS_FILE), `${JSON.stringify(info)}\n`);
}
