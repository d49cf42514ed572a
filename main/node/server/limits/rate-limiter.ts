/**
 * Token buckets by key: `burst` messages at once, refilled at `perSecond`. Used per WebSocket
 * connection in beforeHandleMessage (Hocuspocus has no message rate limit, docs/coediting.md#security-the-limits-hocuspocus-does-not-set).
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    readonly burst: number,
    readonly perSecond: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Take one token; false when the key has none left. */
  take(key: string): boolean {
    const t = this.now();
    const b = this.buckets.get(key) ?? { tokens: this.burst, at: t };
    b.tokens = Math.min(this.burst, b.tokens + ((t - b.at) / 1000) * this.perSecond);
    b.at = t;
    this.buckets.set(key, b);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }

  /** Give one token back (an attempt that turned out not to count). */
  refund(key: string): void {
    const b = this.buckets.get(key);
    if (b) b.tokens = Math.min(this.burst, b.tokens + 1);
  }

  forget(key: string): void {
    this.buckets.delete(key);
  }
}
