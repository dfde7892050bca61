/**
 * A lean HTTP/1.1 client for the room benchmark's simulated phones: keep-alive sockets to
 * 127.0.0.1, one request at a time on each, requests written as prepared text and replies read
 * by Content-Length. Node's own http client costs about a millisecond of CPU a request, which on
 * one shared machine would measure the simulated phones rather than the server (real phones
 * each have their own CPU).
 */
import { connect, type Socket } from 'node:net';

interface Job {
  payload: string;
  done: (reply: { status: number; body: string }) => void;
  fail: (error: Error) => void;
}

class Connection {
  private readonly socket: Socket;
  private buffer = '';
  private job: Job | null = null;
  dead = false;

  constructor(
    port: number,
    private readonly next: () => Job | undefined,
  ) {
    this.socket = connect(port, '127.0.0.1');
    this.socket.setNoDelay(true);
    this.socket.setEncoding('utf8');
    this.socket.on('data', (chunk: string) => this.read(chunk));
    const die = () => {
      this.dead = true;
      this.job?.fail(new Error('connection closed'));
      this.job = null;
    };
    this.socket.on('close', die);
    this.socket.on('error', die);
  }

  get idle(): boolean {
    return !this.job && !this.dead;
  }

  start(): void {
    const job = this.next();
    if (!job) return;
    this.job = job;
    this.socket.write(job.payload);
  }

  private read(chunk: string): void {
    this.buffer += chunk;
    const headEnd = this.buffer.indexOf('\r\n\r\n');
    if (headEnd < 0 || !this.job) return;
    const head = this.buffer.slice(0, headEnd);
    const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
    // The bodies are ASCII JSON, so characters and bytes agree.
    if (this.buffer.length < headEnd + 4 + length) return;
    const body = this.buffer.slice(headEnd + 4, headEnd + 4 + length);
    this.buffer = this.buffer.slice(headEnd + 4 + length);
    const job = this.job;
    this.job = null;
    job.done({ status: Number(head.slice(9, 12)), body });
    this.start();
  }

  close(): void {
    this.socket.destroy();
  }
}

export class RawPoster {
  private readonly queue: Job[] = [];
  private readonly connections: Connection[];

  constructor(
    private readonly port: number,
    size: number,
  ) {
    this.connections = Array.from({ length: size }, () => new Connection(port, () => this.queue.shift()));
  }

  post(path: string, body: unknown): Promise<{ status: number; body: string }> {
    const json = JSON.stringify(body);
    const payload = `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`;
    return new Promise((done, fail) => {
      this.queue.push({ payload, done, fail });
      // A socket the server closed (an idle keep-alive timing out) is replaced, not waited on:
      // with every socket dead the queue would never move and the benchmark would hang.
      const index = this.connections.findIndex((c) => c.idle || c.dead);
      if (index < 0) return;
      if (this.connections[index]!.dead) this.connections[index] = new Connection(this.port, () => this.queue.shift());
      this.connections[index]!.start();
    });
  }

  close(): void {
    for (const connection of this.connections) connection.close();
  }
}
