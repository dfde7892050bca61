/**
 * Is a room server behind this copy of the site? One small same-origin file answers: the build
 * writes `room-server.json` saying "no" (or naming a relay set with ROOM_URL), and a room server
 * answers it live with "yes, here". So a static host sees one ordinary request that succeeds,
 * and nothing fails or shows. Asked once per page load, and only by the pages that use rooms.
 */
import { ROOM_STATUS_FILE, type RoomServerInfo } from './protocol';

export interface RoomServer {
  /** The relay's absolute URL, ending in "/". */
  relay: string;
  /** Where phones open the site (the laptop's local-network address, or this site). */
  joinOrigin: string;
}

let probe: Promise<RoomServer | null> | undefined;

export function findRoomServer(): Promise<RoomServer | null> {
  probe ??= fetch(`${import.meta.env.BASE_URL}${ROOM_STATUS_FILE}`, { cache: 'no-store', credentials: 'omit' })
    .then((response) => (response.ok ? (response.json() as Promise<RoomServerInfo>) : null))
    .then(readInfo)
    .catch(() => null);
  return probe;
}

/** Tolerant: anything but a usable relay address means "no room server". */
export function readInfo(info: RoomServerInfo | null): RoomServer | null {
  if (!info || typeof info.relay !== 'string' || !info.relay) return null;
  try {
    const relay = new URL(info.relay.endsWith('/') ? info.relay : `${info.relay}/`, window.location.href);
    if (relay.protocol !== 'http:' && relay.protocol !== 'https:') return null;
    const join = typeof info.joinOrigin === 'string' ? new URL(info.joinOrigin) : null;
    return {
      relay: relay.href,
      joinOrigin: join && /^https?:$/.test(join.protocol) ? join.origin : window.location.origin,
    };
  } catch {
    return null;
  }
}

/** The address a phone opens to join: the participant page, with the code after the #. */
export function joinUrl(server: RoomServer, href: string): string {
  return `${server.joinOrigin}${import.meta.env.BASE_URL.replace(/\/$/, '')}${href}`;
}
