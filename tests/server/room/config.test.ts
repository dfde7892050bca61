// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readSettings, SettingsError } from '../../../server/room/config';

describe('room server settings', () => {
  it('has defaults a workshop can use as they are', () => {
    const settings = readSettings([], {});
    expect(settings).toMatchObject({
      port: 4173,
      host: '0.0.0.0',
      maxRooms: 20,
      maxParticipants: 100,
      idleMinutes: 60,
      base: '/',
      publicUrl: null,
      trustProxy: false,
    });
    // Every room full, plus a facilitator and one spare per room.
    expect(settings.maxConnections).toBe(20 * 102);
  });

  it('reads environment variables, and flags win over them', () => {
    const env = {
      ROOM_MAX_ROOMS: '5',
      ROOM_MAX_PARTICIPANTS: '30',
      ROOM_IDLE_MINUTES: '15',
      ROOM_ALLOW_ORIGINS: 'https://a.example, https://b.example',
      ROOM_TRUST_PROXY: '1',
    };
    const settings = readSettings(['--max-participants', '40', '--public-url', 'https://rooms.example.org'], env);
    expect(settings).toMatchObject({
      maxRooms: 5,
      maxParticipants: 40,
      idleMinutes: 15,
      trustProxy: true,
      publicUrl: 'https://rooms.example.org',
    });
    expect(settings.allowOrigins).toEqual(['https://a.example', 'https://b.example']);
  });

  it.each([
    [['--max-rooms', '0'], {}, '--max-rooms (or ROOM_MAX_ROOMS) must be a whole number from 1 to 10000; got "0"'],
    [[], { ROOM_MAX_PARTICIPANTS: 'lots' }, '--max-participants (or ROOM_MAX_PARTICIPANTS) must be'],
    [['--idle-minutes', '2.5'], {}, '--idle-minutes (or ROOM_IDLE_MINUTES) must be a whole number'],
    [[], { ROOM_ALLOW_ORIGINS: 'https://a.example/path' }, 'origins like https://example.org'],
    [['--base', 'explainer'], {}, 'a path that starts and ends with "/"'],
    [['--rooms', '3'], {}, "Unknown option '--rooms'"],
  ])('stops with a message naming the setting: %j %j', (argv, env, message) => {
    expect(() => readSettings(argv, env)).toThrow(SettingsError);
    expect(() => readSettings(argv, env)).toThrow(message);
  });

  it('prints every setting with --help', () => {
    expect(() => readSettings(['--help'], {})).toThrow(/--max-participants\s+ROOM_MAX_PARTICIPANTS/);
  });
});
