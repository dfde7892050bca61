/**
 * The relay's two limiters. A token bucket per connection and per network address cuts off a
 * flood; a counter per address slows down anyone guessing room codes. Both keep nothing but a
 * number and a time, forget an address once it has been quiet, and never see a plain address:
 * addresses are keyed by a hash with a key made fresh at every start (addressKey).
 * A few lines each, so no dependency (docs/decisions/017-room-relay.md).
 */
import { createHmac, randomBytes } from 'node:crypto';

/** Allows `rate` events a second on average, bursts up to `burst`. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly rate: number,
    private readonly burst: number,
    now: number,
  ) {
    this.tokens = burst;
    this.last = now;
  }

  /** Takes one token; false when the bucket is empty (the caller refuses or cuts off). */
  take(now: number): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Full again: nothing to remember about this sender. */
  isFull(now: number): boolean {
    return Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.rate) >= this.burst;
  }
}

/** One bucket per key (a hashed address), dropped once full again. */
export class BucketsByKey {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly rate: number,
    private readonly burst: number,
  ) {}

  take(key: string, now: number): boolean {
    if (this.rate <= 0) return true;
    let bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, (bucket = new TokenBucket(this.rate, this.burst, now)));
    return bucket.take(now);
  }

  sweep(now: number): void {
    for (const [key, bucket] of this.buckets) if (bucket.isFull(now)) this.buckets.delete(key);
  }

  get size(): number {
    return this.buckets.size;
  }
}

/** Wrong guesses per key in a fixed window; the window starts at the first wrong guess. */
export class GuessCounter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Seconds until this key may guess again, or 0 if it may guess now. */
  blockedFor(key: string, now: number): number {
    const window = this.windows.get(key);
    if (!window || window.resetAt <= now || window.count < this.limit) return 0;
    return Math.ceil((window.resetAt - now) / 1000);
  }

  wrong(key: string, now: number): void {
    const window = this.windows.get(key);
    if (!window || window.resetAt <= now) this.windows.set(key, { count: 1, resetAt: now + this.windowMs });
    else window.count += 1;
  }

  sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }

  get size(): number {
    return this.windows.size;
  }
}

/** A network address as an opaque key; the key that makes it is random and lives in memory only. */
export function addressKeyer(): (address: string) => string {
  const secret = randomBytes(32);
  return (address) => createHmac('sha256', secret).update(address).digest('base64url').slice(0, 22);
}
