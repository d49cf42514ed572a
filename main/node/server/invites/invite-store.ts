import { createHash, randomBytes, randomInt } from 'node:crypto';
import { INVITE_CODE_ALPHABET, INVITE_CODE_LENGTH, type InviteRole } from '../../../common/api/share-contract';

export interface StoredInvite {
  id: string;
  planId: string;
  role: InviteRole;
  department: string | null;
  code: string;
  token: string;
  createdAt: string;
  /** Address put into the invite links when it was created (LAN IP or server name); null: ask the request. */
  host: string | null;
  port: number | null;
}

/**
 * Invite tokens of all plans. Two implementations: `FileInviteStore` (`<data-dir>/invites.json`, the
 * desktop app and a single standalone server) and `PostgresInviteStore` (with `--database-url`, shared by
 * every instance). Every lookup is asynchronous and throws on a storage error: an error must never read
 * as "no such invite" (that would silently refuse) nor as a grant.
 */
export interface InviteStore {
  create(planId: string, role: InviteRole, department: string | null, at?: { host?: string; port?: number }): Promise<StoredInvite>;
  list(planId: string): Promise<StoredInvite[]>;
  /** The invite a token belongs to; the token itself is compared in constant time. */
  byToken(token: string): Promise<StoredInvite | null>;
  /** The invite a typed code belongs to (case and surrounding spaces ignored). */
  byCode(code: string): Promise<StoredInvite | null>;
  /** Which of these invite ids still exist (connections of the others are closed). */
  existing(ids: readonly string[]): Promise<Set<string>>;
  /** Revoke one invite (by id) of a plan; returns the revoked invites. */
  revoke(planId: string, id: string): Promise<StoredInvite[]>;
  /** "Stop sharing" (and plan deletion): revoke every invite of a plan. */
  revokeAll(planId: string): Promise<StoredInvite[]>;
  /**
   * Present when other server instances share the store: `listener` is called with the plan whose
   * invites were revoked anywhere (null: "re-check everything", e.g. after a lost notification channel
   * came back). Returns the unsubscribe function.
   */
  watchRevocations?(listener: (planId: string | null) => void): () => void;
  close(): Promise<void>;
}

/** A new invite: 48-bit id, 128-bit token (base64url), a code of the typed-by-people alphabet. */
export function newInvite(
  planId: string, role: InviteRole, department: string | null, at: { host?: string; port?: number }, code: string,
): StoredInvite {
  return {
    id: randomBytes(6).toString('hex'),
    planId, role, department: role === 'department' || role === 'suggest' ? department : null,
    code,
    token: randomBytes(16).toString('base64url'),
    createdAt: new Date().toISOString(),
    host: at.host ?? null, port: at.port ?? null,
  };
}

export function randomCode(): string {
  let code = '';
  for (let i = 0; i < INVITE_CODE_LENGTH; i++) code += INVITE_CODE_ALPHABET[randomInt(INVITE_CODE_ALPHABET.length)];
  return code;
}

/** Codes are read aloud and typed: lower case and stray spaces are the same code. */
export function normaliseCode(code: string): string {
  return code.trim().toUpperCase();
}

/**
 * Index key for a secret: the database looks invites up by this digest, never by the secret itself, so
 * the time an index comparison takes says nothing about how much of a guessed token was right.
 */
export function secretDigest(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}
