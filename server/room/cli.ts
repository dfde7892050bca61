/**
 * `npm run room`: builds the site if dist/ is missing or stale, then serves it with the room
 * relay on one port, and prints the address (and a QR code) phones on the same Wi-Fi open.
 * Settings: `npm run room -- --help` (config.ts).
 */
import { spawnSync } from 'node:child_process';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { toString as qrText } from 'qrcode';
import { readSettings, SettingsError, type RoomServerSettings } from './config';
import { buildState } from './fresh-build';
import { banner, localNetworkAddresses } from './network';
import { createRoomServer } from './server';

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(root, process.env.OUT_DIR ?? 'dist');

function settingsOrExit(): RoomServerSettings {
  try {
    return readSettings(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    const help = error.message.startsWith('Usage');
    (help ? console.log : console.error)(error.message);
    process.exit(help ? 0 : 2);
  }
}

function ensureBuilt(settings: RoomServerSettings): void {
  const state = buildState(root, dist);
  if (state.kind === 'fresh') return;
  if (settings.noBuild) {
    if (state.kind === 'missing') {
      console.error('room: dist/ has no build. Run "npm run build" first, or leave out --no-build.');
      process.exit(1);
    }
    console.warn(`room: dist/ is older than ${state.newer}; serving it anyway (--no-build).`);
    return;
  }
  console.log(
    state.kind === 'missing'
      ? 'room: dist/ has no build yet; building the site first (npm run build)…'
      : `room: ${state.newer} changed since the last build; building the site first (npm run build)…`,
  );
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, BASE_PATH: settings.base },
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    console.error('room: the build failed (see above); the room server did not start.');
    process.exit(1);
  }
}

const settings = settingsOrExit();
ensureBuilt(settings);
const addresses = localNetworkAddresses(networkInterfaces());
let port = settings.port;
// Phones open the laptop's address on the Wi-Fi, not "localhost" where the facilitator may be.
const joinOrigin = () =>
  settings.publicUrl?.replace(/\/$/, '') ?? (addresses[0] ? `http://${addresses[0]}:${port}` : null);
const room = createRoomServer({ dir: dist, base: settings.base, limits: settings, joinOrigin });

room.server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `room: port ${settings.port} is in use; stop the other server or choose another with --port.`
      : `room: ${error.message}`,
  );
  process.exit(1);
});
room.server.listen(settings.port, settings.host, async () => {
  port = (room.server.address() as { port: number }).port;
  const { text, joinUrl } = banner({
    port,
    base: settings.base,
    publicUrl: settings.publicUrl,
    addresses,
    limits: settings,
  });
  console.log(text);
  if (joinUrl) console.log(`\n${await qrText(joinUrl, { type: 'terminal', small: true, errorCorrectionLevel: 'M' })}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.log('\nroom: stopping; every room in memory is gone.');
    void room.close().then(() => process.exit(0));
  });
}
