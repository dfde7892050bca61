/**
 * The room server alone (no site), in its own process so the benchmark can read its memory apart
 * from the simulated phones'. Listens on 127.0.0.1 only; tells the parent its port and, when
 * asked, its memory after a full garbage collection and the CPU time it has used.
 */
import type { AddressInfo } from 'node:net';
import { createRoomServer } from '../../server/room/server';

// All simulated phones share 127.0.0.1, so the per-address flood limit is off here (it is a
// limit on one network address, not on the server's capacity); and their answers share 64
// sockets (a real phone has its own), so the per-connection one is raised out of the way.
// Every other gate stays on.
const room = createRoomServer({
  dir: null,
  limits: {
    maxRooms: 10_000,
    maxParticipants: 1000,
    maxConnections: 1_000_000,
    addressRate: 0,
    connectionRate: 100_000,
    guessLimit: 1000,
  },
});
// The simulated phones share 64 keep-alive sockets (raw-post.ts) that sit idle while rooms open;
// real phones each have their own. Node's 5 s idle limit would only make the benchmark reconnect.
room.server.keepAliveTimeout = 10 * 60_000;
room.server.listen(0, '127.0.0.1', () => process.send?.({ port: (room.server.address() as AddressInfo).port }));
process.on('message', (message: { type: string }) => {
  if (message.type !== 'memory') return;
  (globalThis as { gc?: () => void }).gc?.();
  const cpu = process.cpuUsage();
  process.send?.({
    memory: process.memoryUsage(),
    cpuMicros: cpu.user + cpu.system,
    stats: room.registry.stats(),
    streams: room.relay.openStreams,
  });
});
process.on('disconnect', () => void room.close().then(() => process.exit(0)));
