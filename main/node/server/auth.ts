import { timingSafeEqual } from 'node:crypto';
import type { StoredInvite } from './invites/invite-store';

export type Role = 'owner' | 'edit' | 'read' | 'department' | 'suggest';

export interface Grant {
  role: Role;
  readOnly: boolean;
  /** The invite the token belongs to (owner: none); revoking it closes the connection. */
  inviteId?: string;
  /** For department and suggest invites: the department whose sections the token may edit / it speaks for. */
  department?: string;
  /**
   * A writable connection that may change only part of the document (issue #14), checked on every update
   * by the gate (limits/review-guard.ts): `comment` — only its department's 批注; `suggest` — 批注 and
   * 修订 marks (the text as accepted stays the same).
   */
  limit?: 'comment' | 'suggest';
}

/** Where a connection comes from, as the server sees the socket (not as the client claims). */
export interface Origin {
  /** True for 127.0.0.1 / ::1 connections (the desktop app's own window). */
  loopback: boolean;
}

/**
 * Decides what a token may do with a plan document. `grant` may be asynchronous (department invites
 * look up the section's assignee); callers await it. `origin` is optional for compatibility.
 */
export interface TokenAuthority {
  grant(token: string, planId: string, bodyId: string | null, origin?: Origin): Grant | null | Promise<Grant | null>;
  /** API access (HTTP). */
  isOwner(token: string, origin?: Origin): boolean;
  /** May this token read the plan's JSON over HTTP (owner, or any live invite for this plan)? Throws if the invite store fails. */
  canReadPlan?(token: string, planId: string, origin?: Origin): boolean | Promise<boolean>;
  /** May this token change the plan over HTTP (owner, or an edit invite of this plan)? Throws if the invite store fails. */
  canEditPlan?(token: string, planId: string, origin?: Origin): boolean | Promise<boolean>;
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
    canReadPlan: (token) => safeEqual(token, ownerToken),
    canEditPlan: (token) => safeEqual(token, ownerToken),
  };
}

export interface InviteAuthorityDeps {
  owner: TokenAuthority;
  /** Throws when the invite store fails: an error is neither a grant nor "no such invite". */
  byToken(token: string): Promise<StoredInvite | null>;
  /** The `assignee` of a section record in the plan doc (live if open, else stored); null if none. */
  assigneeOf(planId: string, bodyId: string): Promise<string | null>;
  /**
   * Embedded (desktop) mode: the owner token is honoured from loopback only, and a LAN connection must
   * carry an invite of a plan that is being shared right now. Standalone servers leave this unset.
   */
  lan?: { isShared(planId: string): boolean };
}

/** Owner token plus per-plan invite tokens (edit, read-only, department). */
export function inviteAuthority(deps: InviteAuthorityDeps): TokenAuthority {
  const ownerAllowed = (origin?: Origin) => !deps.lan || origin?.loopback !== false;
  const inviteFor = async (token: string, planId: string, origin?: Origin): Promise<StoredInvite | null> => {
    const invite = await deps.byToken(token);
    if (!invite || invite.planId !== planId) return null;
    if (deps.lan && origin?.loopback === false && !deps.lan.isShared(planId)) return null;
    return invite;
  };
  return {
    async grant(token, planId, bodyId, origin) {
      if (ownerAllowed(origin)) {
        const owner = await deps.owner.grant(token, planId, bodyId, origin);
        if (owner) return owner;
      }
      const invite = await inviteFor(token, planId, origin);
      if (!invite) return null;
      const base = { inviteId: invite.id };
      if (invite.role === 'edit') return { ...base, role: 'edit', readOnly: false };
      if (invite.role === 'read') return { ...base, role: 'read', readOnly: true };
      const department = invite.department ?? '';
      // The plan doc holds the assignees: a department that could write it could take any section.
      if (bodyId === null) return { ...base, role: invite.role, readOnly: true, department };
      if (invite.role === 'suggest') return { ...base, role: 'suggest', readOnly: false, department, limit: 'suggest' };
      const writable = (await deps.assigneeOf(planId, bodyId)) === department;
      // Other departments' sections: 批注 only (the gate lets nothing else through).
      return { ...base, role: 'department', readOnly: false, department, ...(writable ? {} : { limit: 'comment' as const }) };
    },
    isOwner: (token, origin) => ownerAllowed(origin) && deps.owner.isOwner(token, origin),
    canReadPlan: async (token, planId, origin) =>
      (ownerAllowed(origin) && deps.owner.isOwner(token, origin)) || (await inviteFor(token, planId, origin)) !== null,
    canEditPlan: async (token, planId, origin) =>
      (ownerAllowed(origin) && deps.owner.isOwner(token, origin)) || (await inviteFor(token, planId, origin))?.role === 'edit',
  };
}
