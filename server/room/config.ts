/**
 * The room server's settings: defaults, overridden by environment variables, overridden by
 * command-line flags. A bad value stops the server with one line naming the setting and what
 * it accepts, never a silent default.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';

export interface RoomLimits {
  /** Rooms open at once on this server. */
  maxRooms: number;
  /** Phones connected to one room at once. */
  maxParticipants: number;
  /** A room nobody has used for this long is closed and forgotten. */
  idleMinutes: number;
  /** Open listen streams on the whole server (phones, facilitators and phones waiting). */
  maxConnections: number;
  /** Wrong codes (and wrong facilitator secrets) one network address may send per window. */
  guessLimit: number;
  guessWindowSeconds: number;
  /** Requests per second from one network address, bursts up to 3×; 0 turns the limit off. */
  addressRate: number;
  /** Requests per second on one connection, bursts up to 3×; a connection going faster is cut off. */
  connectionRate: number;
  /** Read the client's address from X-Forwarded-For (only behind a proxy you run). */
  trustProxy: boolean;
  /** Other origins whose pages may use this relay (a static site built with ROOM_URL). */
  allowOrigins: string[];
}

export interface RoomServerSettings extends RoomLimits {
  port: number;
  host: string;
  /** The address phones open, e.g. https://rooms.example.org; found on the local network if unset. */
  publicUrl: string | null;
  base: string;
  /** Skip the "is dist/ up to date?" check and build. */
  noBuild: boolean;
}

export const DEFAULT_LIMITS: RoomLimits = {
  maxRooms: 20,
  maxParticipants: 100,
  idleMinutes: 60,
  maxConnections: 0, // 0: maxRooms × (maxParticipants + 2), worked out in resolveLimits
  guessLimit: 10,
  guessWindowSeconds: 300,
  addressRate: 20,
  connectionRate: 10,
  trustProxy: false,
  allowOrigins: [],
};

const whole = (min: number, max: number) =>
  z.coerce
    .number()
    .int(`a whole number from ${min} to ${max}`)
    .min(min, `a whole number from ${min} to ${max}`)
    .max(max, `a whole number from ${min} to ${max}`);
const flag = z.union([
  z.boolean(),
  z.enum(['1', 'true', 'yes', '0', 'false', 'no']).transform((v) => ['1', 'true', 'yes'].includes(v)),
]);
const origin = z
  .string()
  .regex(/^https?:\/\/[^/\s]+$/, 'origins like https://example.org (no path), separated by commas');

const settingsSchema = z.object({
  maxRooms: whole(1, 10_000),
  maxParticipants: whole(1, 10_000),
  idleMinutes: whole(1, 24 * 60),
  maxConnections: whole(0, 1_000_000),
  guessLimit: whole(1, 10_000),
  guessWindowSeconds: whole(1, 24 * 3600),
  addressRate: whole(0, 100_000),
  connectionRate: whole(1, 100_000),
  trustProxy: flag,
  allowOrigins: z.array(origin),
  port: whole(0, 65_535),
  host: z.string().min(1),
  publicUrl: z
    .string()
    .regex(/^https?:\/\/[^\s]+$/, 'a URL such as https://rooms.example.org')
    .nullable(),
  base: z.string().regex(/^\/(.*\/)?$/, 'a path that starts and ends with "/"'),
  noBuild: flag,
});

/** Each setting's flag, environment variable and default. */
const SOURCES = {
  maxRooms: { flag: 'max-rooms', env: 'ROOM_MAX_ROOMS' },
  maxParticipants: { flag: 'max-participants', env: 'ROOM_MAX_PARTICIPANTS' },
  idleMinutes: { flag: 'idle-minutes', env: 'ROOM_IDLE_MINUTES' },
  maxConnections: { flag: 'max-connections', env: 'ROOM_MAX_CONNECTIONS' },
  guessLimit: { flag: 'guess-limit', env: 'ROOM_GUESS_LIMIT' },
  guessWindowSeconds: { flag: 'guess-window-seconds', env: 'ROOM_GUESS_WINDOW_SECONDS' },
  addressRate: { flag: 'address-rate', env: 'ROOM_ADDRESS_RATE' },
  connectionRate: { flag: 'connection-rate', env: 'ROOM_CONNECTION_RATE' },
  trustProxy: { flag: 'trust-proxy', env: 'ROOM_TRUST_PROXY' },
  allowOrigins: { flag: 'allow-origins', env: 'ROOM_ALLOW_ORIGINS' },
  port: { flag: 'port', env: 'PORT' },
  host: { flag: 'host', env: 'HOST' },
  publicUrl: { flag: 'public-url', env: 'ROOM_PUBLIC_URL' },
  base: { flag: 'base', env: 'BASE_PATH' },
  noBuild: { flag: 'no-build', env: 'ROOM_NO_BUILD' },
} as const satisfies Record<keyof RoomServerSettings, { flag: string; env: string }>;

const DEFAULTS: RoomServerSettings = {
  ...DEFAULT_LIMITS,
  port: 4173,
  host: '0.0.0.0',
  publicUrl: null,
  base: '/',
  noBuild: false,
};

export class SettingsError extends Error {}

/** Settings from flags and environment variables; throws SettingsError naming the bad one. */
export function readSettings(argv: string[], env: NodeJS.ProcessEnv): RoomServerSettings {
  const booleans = new Set<string>(['trust-proxy', 'no-build', 'help']);
  const options = Object.fromEntries(
    [...Object.values(SOURCES).map((s) => s.flag), 'help'].map((name) => [
      name,
      { type: booleans.has(name) ? ('boolean' as const) : ('string' as const) },
    ]),
  );
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new SettingsError(`${(error as Error).message}. ${usage()}`);
  }
  if (values.help) throw new SettingsError(usage());
  const raw: Record<string, unknown> = {};
  for (const [key, source] of Object.entries(SOURCES) as [keyof RoomServerSettings, { flag: string; env: string }][]) {
    const given = values[source.flag] ?? env[source.env];
    const value = given === undefined || given === '' ? DEFAULTS[key] : given;
    raw[key] =
      key === 'allowOrigins' && typeof value === 'string'
        ? value
            .split(',')
            .map((o) => o.trim())
            .filter(Boolean)
        : value;
  }
  const parsed = settingsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = issue.path[0] as keyof RoomServerSettings;
    throw new SettingsError(
      `room: --${SOURCES[key].flag} (or ${SOURCES[key].env}) must be ${issue.message}; got "${String(raw[key])}".`,
    );
  }
  return resolveLimits(parsed.data);
}

/** Fills in what follows from other settings. */
export function resolveLimits<T extends RoomLimits>(settings: T): T {
  const maxConnections = settings.maxConnections || settings.maxRooms * (settings.maxParticipants + 2);
  return { ...settings, maxConnections };
}

export function usage(): string {
  const lines = Object.entries(SOURCES).map(
    ([key, s]) =>
      `  --${s.flag.padEnd(22)} ${s.env.padEnd(26)} default ${JSON.stringify(DEFAULTS[key as keyof RoomServerSettings])}`,
  );
  return `Usage: npm run room -- [flags]   (each flag also reads the environment variable beside it)\n${lines.join('\n')}`;
}
