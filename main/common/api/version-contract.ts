import { z } from 'zod';
import { PlanSchema } from '../model/plan';

/**
 * Named versions of a plan (docs/versions.md): a snapshot of the whole plan as plan JSON, with who saved
 * it and when. Saving a version named 签发稿 locks the plan until the owner unlocks it.
 */

/** The names the 保存版本 dialog offers; any other name is allowed too. */
export const VERSION_NAME_PRESETS = ['初稿', '征求意见稿', '送审稿', '签发稿'] as const;
/** The version name that locks the plan for everyone (the owner unlocks it). */
export const LOCKING_VERSION_NAME = '签发稿';
export const MAX_VERSION_NAME = 40;
export const MAX_VERSION_AUTHOR = 40;

/** Why a version was saved: by hand, by a server-side export, at the start of a 征求意见 round. */
export const VERSION_KINDS = ['manual', 'export', 'round'] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

const versionName = z.string().trim().min(1, '版本名称不能为空').max(MAX_VERSION_NAME, `版本名称不能超过 ${MAX_VERSION_NAME} 个字`);

export const SaveVersionRequestSchema = z.strictObject({
  name: versionName,
  /** Who saves it, as the editor's user name says (presence name); the server adds the token's role. */
  author: z.string().trim().max(MAX_VERSION_AUTHOR).optional(),
});
export type SaveVersionRequest = z.input<typeof SaveVersionRequestSchema>;

export const VersionSummarySchema = z.strictObject({
  id: z.string(),
  planId: z.string(),
  name: z.string(),
  author: z.string(),
  /** The role of the token that saved it: owner or edit (an invite). */
  role: z.enum(['owner', 'edit']),
  kind: z.enum(VERSION_KINDS),
  /** ISO 8601. */
  createdAt: z.string(),
  /** The plan's title at the time (list display). */
  title: z.string(),
});
export type VersionSummary = z.infer<typeof VersionSummarySchema>;

export const VersionSchema = z.strictObject({
  ...VersionSummarySchema.shape,
  plan: PlanSchema,
});
export type Version = z.infer<typeof VersionSchema>;

export const PlanLockSchema = z.strictObject({
  versionId: z.string(),
  versionName: z.string(),
  lockedBy: z.string(),
  lockedAt: z.string(),
});
export type PlanLock = z.infer<typeof PlanLockSchema>;

export const VersionListSchema = z.strictObject({
  versions: z.array(VersionSummarySchema),
  /** Set while a 签发稿 locks the plan. */
  lock: PlanLockSchema.nullable(),
  /** What the caller's token may do here: save and restore (owner, edit invite), unlock and export (owner). */
  you: z.strictObject({ canEdit: z.boolean(), owner: z.boolean() }),
});

export const SaveVersionResponseSchema = z.strictObject({
  version: VersionSummarySchema,
  lock: PlanLockSchema.nullable(),
});

export const RestoreVersionResponseSchema = z.strictObject({
  /** Documents the restore changed (plan doc and bodies); 0 when the plan already was the version. */
  changedDocuments: z.number().int(),
});

export const UnlockResponseSchema = z.strictObject({ unlocked: z.boolean() });
