import type { PlanLock, Version, VersionSummary } from '../../common/api/version-contract';
import { summaryOf, type VersionStore } from './version-store';

/** Versions in memory: a server without a data directory (tests that pass their own document store). */
export class MemoryVersionStore implements VersionStore {
  private readonly versions = new Map<string, Version[]>();
  private readonly locks = new Map<string, PlanLock>();

  async save(v: Version, lock?: PlanLock): Promise<void> {
    this.versions.set(v.planId, [structuredClone(v), ...(this.versions.get(v.planId) ?? [])]);
    if (lock) this.locks.set(v.planId, lock);
  }
  async list(planId: string): Promise<VersionSummary[]> {
    return (this.versions.get(planId) ?? []).map(summaryOf);
  }
  async get(planId: string, versionId: string): Promise<Version | null> {
    return structuredClone(this.versions.get(planId)?.find((v) => v.id === versionId) ?? null);
  }
  async latest(planId: string): Promise<Version | null> {
    return structuredClone(this.versions.get(planId)?.[0] ?? null);
  }
  async lock(planId: string): Promise<PlanLock | null> {
    return this.locks.get(planId) ?? null;
  }
  async unlock(planId: string): Promise<boolean> {
    return this.locks.delete(planId);
  }
  async deletePlan(planId: string): Promise<void> {
    this.versions.delete(planId);
    this.locks.delete(planId);
  }
  async close(): Promise<void> {}
}
