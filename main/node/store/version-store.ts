import type { PlanLock, Version, VersionSummary } from '../../common/api/version-contract';

/**
 * Named versions of plans and the 签发稿 lock (docs/versions.md). Two implementations, as for documents
 * and invites: `FileVersionStore` (`<data-dir>/versions/<planId>/`, one file per version, atomic writes)
 * and `PostgresVersionStore` (with `--database-url`, shared by every instance; each write one
 * transaction). Every call throws on a storage error; nothing is half-saved.
 */
export interface VersionStore {
  /**
   * Save a version; with `lock`, the plan is locked in the same atomic step (a 签发稿 is never saved
   * without its lock, nor the lock set without the version).
   */
  save(version: Version, lock?: PlanLock): Promise<void>;
  /** The plan's versions, newest first, without their plans. */
  list(planId: string): Promise<VersionSummary[]>;
  get(planId: string, versionId: string): Promise<Version | null>;
  /** The newest version (with its plan), or null: a repeated export saves no identical version. */
  latest(planId: string): Promise<Version | null>;
  lock(planId: string): Promise<PlanLock | null>;
  /** Remove the lock; returns whether there was one. */
  unlock(planId: string): Promise<boolean>;
  /** A deleted plan takes its versions and lock with it. */
  deletePlan(planId: string): Promise<void>;
  close(): Promise<void>;
}

export function summaryOf(v: Version): VersionSummary {
  const { plan: _plan, ...summary } = v;
  return summary;
}
