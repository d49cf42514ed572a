import { timingSafeEqual } from 'node:crypto';

export type Role = 'owner' | 'edit' | 'read';

export interface Grant {
  role: Role;
  readOnly: boolean;
}

/** Decides what a token may do with a plan document. Invite tokens (LAN sharing) plug in here. */
export interface TokenAuthority {
  grant(token: string, planId: string, bodyId: string | null): Grant | null;
  /** API access (HTTP). */
  isOwner(token: string): boolean;
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The session token: the desktop app's per-launch secret, or the standalone server's configured one. */
export function ownerAuthority(ownerToken: string): TokenAuthority {
  if (ownerToken.length < 8) throw new Error('the server token must be at least 8 characters');
  return {
    grant: (token) => (safeEqual(token, ownerToken) ? { role: 'owner', readOnly: false } : null),
    isOwner: (token) => safeEqual(token, ownerToken),
  };
}
