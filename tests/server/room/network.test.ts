// @vitest-environment node
/** The addresses `npm run room` prints are checked as text here; no test ever sends to them. */
import { describe, expect, it } from 'vitest';
import { banner, localNetworkAddresses } from '../../../server/room/network';

const iface = (address: string, internal = false) => ({
  address,
  family: 'IPv4' as const,
  internal,
  netmask: '255.255.255.0',
  mac: '00:00:00:00:00:00',
  cidr: null,
});

describe('the local-network address', () => {
  it('prefers a Wi-Fi-like private address over container bridges, and skips loopback, link-local and IPv6', () => {
    const found = localNetworkAddresses({
      lo: [iface('127.0.0.1', true)],
      docker0: [iface('172.17.0.1')],
      wlan0: [iface('192.168.1.23'), { ...iface('fe80::1'), family: 'IPv6' as const, scopeid: 0 }],
      eth1: [iface('169.254.3.4')],
    });
    expect(found).toEqual(['192.168.1.23', '172.17.0.1']);
  });

  it('prints where the facilitator and the participants go, and the limits', () => {
    const { text, joinUrl } = banner({
      port: 4173,
      base: '/',
      publicUrl: null,
      addresses: ['192.168.1.23', '10.0.0.5'],
      limits: { maxRooms: 20, maxParticipants: 100, idleMinutes: 60 },
    });
    expect(joinUrl).toBe('http://192.168.1.23:4173/room/');
    expect(text).toContain('http://localhost:4173/present/');
    expect(text).toContain('Participants, on the same Wi-Fi: http://192.168.1.23:4173/room/');
    expect(text).toContain('(or http://10.0.0.5:4173/room/)');
    expect(text).toContain('20 rooms, 100 phones each, closed after 60 minutes idle');
    expect(text).toMatch(/logs no addresses and writes nothing to disk/);
  });

  it('uses the public address when the server is hosted, and says what to do with no network', () => {
    expect(
      banner({
        port: 8080,
        base: '/explainer/',
        publicUrl: 'https://rooms.example.org/',
        addresses: ['192.168.1.23'],
        limits: { maxRooms: 1, maxParticipants: 1, idleMinutes: 1 },
      }).joinUrl,
    ).toBe('https://rooms.example.org/explainer/room/');
    const none = banner({
      port: 4173,
      base: '/',
      publicUrl: null,
      addresses: [],
      limits: { maxRooms: 1, maxParticipants: 1, idleMinutes: 1 },
    });
    expect(none.joinUrl).toBeNull();
    expect(none.text).toContain('No local network found');
  });
});
