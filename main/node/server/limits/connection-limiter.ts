import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from '../logger';
import { RateLimiter } from './rate-limiter';

export interface ConnectionLimits {
  /** Open WebSockets per remote address. */
  maxOpenPerAddress: number;
  /** New WebSockets per remote address per minute. */
  perMinute: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = { maxOpenPerAddress: 64, perMinute: 240 };

/**
 * WebSocket upgrade limiter keyed by the socket's remote address, not by X-Forwarded-For / X-Real-IP
 * headers a LAN client could forge (Hocuspocus's Throttle uses those: docs/coediting.md#hocuspocus-4-behaviour-we-rely-on).
 * `admit` answers a refused upgrade with 429 and closes the socket itself.
 */
export class ConnectionLimiter {
  private readonly open = new Map<string, number>();
  private readonly rate: RateLimiter;

  constructor(
    private readonly limits: ConnectionLimits,
    private readonly log: Logger,
    /** This machine (the desktop window, or a reverse proxy on the same host) is not limited. */
    private readonly isLocal: (address: string | undefined) => boolean = isLoopback,
  ) {
    this.rate = new RateLimiter(limits.perMinute, limits.perMinute / 60);
  }

  admit(request: IncomingMessage, socket: Duplex): boolean {
    const address = request.socket.remoteAddress ?? 'unknown';
    if (this.isLocal(request.socket.remoteAddress)) return true;
    const open = this.open.get(address) ?? 0;
    if (open >= this.limits.maxOpenPerAddress || !this.rate.take(address)) {
      this.log.warn(`refused WebSocket upgrade from ${address}: ${open} open, connection limit reached`);
      socket.end('HTTP/1.1 429 Too Many Requests\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      socket.destroy();
      return false;
    }
    this.open.set(address, open + 1);
    socket.once('close', () => {
      const n = (this.open.get(address) ?? 1) - 1;
      if (n <= 0) this.open.delete(address);
      else this.open.set(address, n);
    });
    return true;
  }
}

export function isLoopback(address: string | undefined): boolean {
  return !!address && (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.'));
}
