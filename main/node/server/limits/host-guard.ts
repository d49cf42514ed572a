import { isIP } from 'node:net';
import { hostname } from 'node:os';

/**
 * Which names a request may call the server by (HTTP `Host`, WebSocket `Origin`), against DNS
 * rebinding: a page on attacker.example whose name is re-pointed at 127.0.0.1 or a LAN address would
 * otherwise reach the server as a same-origin page. Such a request carries the attacker's *name*; so
 * allowed are IP literals (a page served from an address is ours or was opened by the user), loopback
 * names, this machine's name, and the names configured (`--allowed-hosts`, for a county server behind a
 * DNS name). `'*'` turns the check off (docs/coediting.md "Limits").
 */
export class HostGuard {
  private readonly names: ReadonlySet<string>;
  private readonly any: boolean;

  constructor(extra: readonly string[] = []) {
    this.any = extra.includes('*');
    const own = hostname().toLowerCase();
    this.names = new Set(['localhost', own, `${own}.local`, ...extra.map((n) => n.trim().toLowerCase()).filter(Boolean)]);
  }

  /** May a request with this `Host` header be served? (No header: not a browser, nothing to rebind.) */
  allowsHost(host: string | undefined): boolean {
    if (this.any || host === undefined) return true;
    return this.allowsName(hostnameOf(host));
  }

  /** May a WebSocket opened by a page of this `Origin` connect? (No header: not a browser.) */
  allowsOrigin(origin: string | undefined): boolean {
    if (this.any || origin === undefined) return true;
    let name: string;
    try {
      const url = new URL(origin);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
      name = url.hostname;
    } catch {
      return false; // "null" (sandboxed frames, file:) and garbage
    }
    return this.allowsName(name);
  }

  private allowsName(raw: string): boolean {
    const name = raw.toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
    if (isIP(name) !== 0) return true;
    return this.names.has(name) || name.endsWith('.localhost');
  }
}

/** The name part of a Host header (`name`, `name:port`, `[v6]:port`). */
function hostnameOf(host: string): string {
  const h = host.trim();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  const colon = h.lastIndexOf(':');
  return colon === -1 ? h : h.slice(0, colon);
}
