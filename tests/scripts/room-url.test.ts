// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../scripts/lib/head';
import { roomBuildSettings, writeRoomStatus } from '../../scripts/lib/room-url';

afterEach(() => vi.unstubAllEnvs());

describe('ROOM_URL, the build setting for a room server hosted elsewhere', () => {
  it('without it: room-server.json says there is no room server, and pages connect to their own origin only', () => {
    vi.stubEnv('ROOM_URL', '');
    expect(roomBuildSettings()).toEqual({ relay: null, connectSources: [] });
    expect(contentSecurityPolicy()).toContain("connect-src 'self'; ");
    const dir = mkdtempSync(join(tmpdir(), 'room-status-'));
    writeRoomStatus(dir);
    expect(JSON.parse(readFileSync(join(dir, 'room-server.json'), 'utf8'))).toEqual({ relay: null });
    rmSync(dir, { recursive: true, force: true });
  });

  it('with an HTTPS address: names its relay and adds that origin, and only that, to connect-src', () => {
    vi.stubEnv('ROOM_URL', 'https://rooms.example.org');
    expect(roomBuildSettings()).toEqual({
      relay: 'https://rooms.example.org/room-relay/',
      connectSources: ['https://rooms.example.org'],
    });
    expect(contentSecurityPolicy()).toContain("connect-src 'self' https://rooms.example.org; ");
    expect(contentSecurityPolicy()).toContain("default-src 'self'; ");
    expect(roomBuildSettings('https://example.org/rooms').relay).toBe('https://example.org/rooms/room-relay/');
  });

  it.each([
    ['http://rooms.example.org', 'must start with https://'],
    ['rooms.example.org', 'must be an address'],
    ['https://rooms.example.org/?x=1', 'no query'],
  ])('refuses %s', (value, message) => {
    expect(() => roomBuildSettings(value)).toThrow(message);
  });

  it('allows plain http for a room server on this computer', () => {
    expect(roomBuildSettings('http://localhost:4180').relay).toBe('http://localhost:4180/room-relay/');
  });
});
