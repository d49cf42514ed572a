import { RateLimiter } from './rate-limiter';

/**
 * Attempts per key (a remote address) at something guessable, such as an invite code: `burst` at once,
 * then `perMinute`. An attempt is taken before trying, so concurrent guesses cannot overrun the limit,
 * and given back when it succeeded, so only failures count. Implementations: MemoryAttemptLimiter (one
 * process: the desktop app, a single server) and PostgresAttemptLimiter (shared by every instance of a
 * county deployment; N instances with a limit each would allow N times the guesses).
 * A storage error is thrown: an error must not read as "allowed".
 */
export interface AttemptLimiter {
  /** Take one attempt; false when none is left (the caller refuses without trying). */
  take(key: string): Promise<boolean>;
  /** Give back the attempt taken for a try that succeeded. */
  refund(key: string): Promise<void>;
  close(): Promise<void>;
}

export interface AttemptLimits {
  burst: number;
  perMinute: number;
}

/** Invite codes are 6 characters: 10 wrong ones at once, then one a minute, per address. */
export const INVITE_CODE_ATTEMPTS: AttemptLimits = { burst: 10, perMinute: 1 };

/** Token buckets in this process's memory. */
export class MemoryAttemptLimiter implements AttemptLimiter {
  private readonly buckets: RateLimiter;

  constructor(limits: AttemptLimits = INVITE_CODE_ATTEMPTS) {
    this.buckets = new RateLimiter(limits.burst, limits.perMinute / 60);
  }

  async take(key: string): Promise<boolean> {
    return this.buckets.take(key);
  }

  async refund(key: string): Promise<void> {
    this.buckets.refund(key);
  }

  async close(): Promise<void> {}
}
