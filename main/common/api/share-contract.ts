import { z } from 'zod';

/**
 * Sharing a plan (HTTP API, owner token only unless noted). An invite is a 128-bit token bound to one
 * plan with one role; its short code is what people read out or type. See docs/coediting.md.
 *  - edit: may edit every document of the plan;
 *  - read: every document read-only;
 *  - department: may edit only the section bodies whose `assignee` is that department; the plan
 *    document (meta, outline, assignees) and every other body are read-only, so a department cannot
 *    reassign a section to itself. It may still comment (批注) on the other bodies;
 *  - suggest (修订, issue #14): between read and edit, for a department too: what it types in any body
 *    becomes suggestions attributed to that department, and it may comment; the plan document is read-only.
 */
export const INVITE_ROLES = ['edit', 'read', 'department', 'suggest'] as const;
/** Roles whose invite names a department. */
export const roleHasDepartment = (role: InviteRole): boolean => role === 'department' || role === 'suggest';
export type InviteRole = (typeof INVITE_ROLES)[number];

/** Codes avoid look-alikes (0/O, 1/I/L) because people type them. */
export const INVITE_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const INVITE_CODE_LENGTH = 6;

const department = z.string().trim().min(1, '部门名称不能为空').max(80);

export const CreateInviteRequestSchema = z
  .strictObject({
    role: z.enum(INVITE_ROLES),
    department: department.optional(),
    /** Host and port to put in the links (default: the address the request came in on). */
    host: z.string().regex(/^[A-Za-z0-9.:[\]-]{1,255}$/, 'host must be a host name or an IP address').optional(),
    port: z.number().int().min(1).max(65535).optional(),
  })
  .refine((r) => roleHasDepartment(r.role) === (r.department !== undefined), {
    message: 'department is required for, and only for, the department and suggest roles',
    path: ['department'],
  });
export type CreateInviteRequest = z.input<typeof CreateInviteRequestSchema>;

export const InviteSchema = z.strictObject({
  /** Public id of the invite (for listing and revoking); not a secret. */
  id: z.string(),
  planId: z.string(),
  role: z.enum(INVITE_ROLES),
  department: z.string().nullable(),
  code: z.string().length(INVITE_CODE_LENGTH),
  token: z.string(),
  createdAt: z.string(),
  /** planstudio://join?host=…&port=…&plan=…&token=… (desktop app). */
  link: z.string(),
  /** http://host:port/#/plan/<id>?invite=<token> (browser). */
  webLink: z.string(),
});
export type Invite = z.infer<typeof InviteSchema>;

export const CreateInviteResponseSchema = z.strictObject({ invite: InviteSchema });
export const InviteListSchema = z.strictObject({ invites: z.array(InviteSchema) });
export const RevokeResponseSchema = z.strictObject({ revoked: z.number().int() });

/** No token needed: the code is the secret. Failed attempts are rate-limited per address. */
export const ResolveInviteRequestSchema = z.strictObject({
  code: z.string().trim().min(1).max(20),
});
export const ResolveInviteResponseSchema = z.strictObject({
  planId: z.string(),
  token: z.string(),
  role: z.enum(INVITE_ROLES),
  department: z.string().nullable(),
});
export type ResolveInviteResponse = z.infer<typeof ResolveInviteResponseSchema>;


export interface JoinTarget {
  host: string;
  port: number;
  planId: string;
  token: string;
}

function hostPart(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

/** The two invite links for one invite. */
export function inviteLinks(t: JoinTarget): { link: string; webLink: string } {
  const q = (k: string, v: string | number) => `${k}=${encodeURIComponent(String(v))}`;
  return {
    link: `planstudio://join?${[q('host', t.host), q('port', t.port), q('plan', t.planId), q('token', t.token)].join('&')}`,
    webLink: `http://${hostPart(t.host)}:${t.port}/#/plan/${encodeURIComponent(t.planId)}?invite=${encodeURIComponent(t.token)}`,
  };
}

/** Parse a planstudio://join link (what the desktop app receives); null if it is not one. */
export function parseJoinLink(link: string): JoinTarget | null {
  const m = /^planstudio:\/\/join\?(.*)$/.exec(link.trim());
  if (!m) return null;
  const params = new Map<string, string>();
  for (const part of m[1]!.split('&')) {
    const [k, v = ''] = part.split('=');
    try {
      params.set(k!, decodeURIComponent(v));
    } catch {
      return null;
    }
  }
  const port = Number(params.get('port'));
  const host = params.get('host') ?? '';
  const planId = params.get('plan') ?? '';
  const token = params.get('token') ?? '';
  if (!host || !planId || !token || !Number.isInteger(port) || port < 1 || port > 65535) return null;
  return { host, port, planId, token };
}

/** LAN sharing status (desktop, over IPC 'share:*'): where colleagues connect and with what. */
export const ShareStatusSchema = z.strictObject({
  planId: z.string(),
  host: z.string(),
  port: z.number().int(),
  invites: z.array(z.strictObject({
    role: z.enum(INVITE_ROLES),
    department: z.string().nullable(),
    code: z.string(),
    link: z.string(),
    webLink: z.string(),
    /** SVG markup of a QR code of webLink; render it as an <img> data URL, never as HTML. */
    qrSvg: z.string(),
  })),
});
export type ShareStatus = z.infer<typeof ShareStatusSchema>;
