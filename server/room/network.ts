/**
 * The address phones in the room can open: this computer's address on the local network. Only
 * read from the operating system and printed; nothing here sends a packet.
 */
import type { NetworkInterfaceInfo } from 'node:os';

type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

/** Private ranges first (a venue's Wi-Fi), then anything else that is not this computer itself. */
const rank = (address: string): number => {
  if (/^192\.168\./.test(address)) return 0;
  if (/^10\./.test(address)) return 1;
  // 172.17–172.31 are mostly container bridges no phone can reach; 172.16 is a real LAN range.
  if (/^172\.16\./.test(address)) return 2;
  if (/^172\.(1[7-9]|2\d|3[01])\./.test(address)) return 4;
  return 3;
};

/** This computer's IPv4 addresses other phones might reach, best first. */
export function localNetworkAddresses(interfaces: Interfaces): string[] {
  const found = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((i) => i.family === 'IPv4' && !i.internal && !i.address.startsWith('169.254.'))
    .map((i) => i.address);
  return [...new Set(found)].sort((a, b) => rank(a) - rank(b));
}

export interface Banner {
  /** Where phones go: the public URL if one is set, else the first local-network address. */
  joinUrl: string | null;
  text: string;
}

/** What `npm run room` prints once it listens. The QR code is added by the caller. */
export function banner({
  port,
  base,
  publicUrl,
  addresses,
  limits,
}: {
  port: number;
  base: string;
  publicUrl: string | null;
  addresses: string[];
  limits: { maxRooms: number; maxParticipants: number; idleMinutes: number };
}): Banner {
  const local = `http://localhost:${port}${base}`;
  const urls = publicUrl ? [publicUrl.replace(/\/$/, '') + base] : addresses.map((a) => `http://${a}:${port}${base}`);
  const joinUrl = urls[0] ? `${urls[0]}room/` : null;
  const lines = [
    'Room server running. It logs no addresses and writes nothing to disk; answers live in memory until each room closes.',
    '',
    `  Facilitator, on this computer:  ${local}present/  (open a "Predict, then reveal" page, then "Open a room")`,
  ];
  if (joinUrl) {
    lines.push(`  Participants, on the same Wi-Fi: ${joinUrl}`);
    for (const other of urls.slice(1)) lines.push(`    (or ${other}room/)`);
  } else {
    lines.push(
      '  No local network found: connect this computer to the room’s Wi-Fi (or see docs/hosting.md to host it online).',
    );
  }
  lines.push(
    '',
    `  Limits: ${limits.maxRooms} rooms, ${limits.maxParticipants} phones each, closed after ${limits.idleMinutes} minutes idle. Ctrl+C stops.`,
  );
  return { joinUrl, text: lines.join('\n') };
}
