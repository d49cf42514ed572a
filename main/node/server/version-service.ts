import { LOCKING_VERSION_NAME, type PlanLock, type Version, type VersionKind, type VersionSummary } from '../../common/api/version-contract';
import { UPDATE_REFUSED_CLOSE_CODE } from '../../common/api/refusal-reasons';
import { DocNames } from '../../common/collab/doc-names';
import { PlanDoc } from '../../common/collab/plan-doc';
import { RestorePlan } from '../../common/collab/restore-plan';
import { PlanDiff } from '../../common/diff/plan-diff';
import type { Plan } from '../../common/model/plan';
import { randomBytes } from 'node:crypto';
import type { VersionStore } from '../store/version-store';
import { dropSocket } from './drop-socket';
import { fail } from './http-util';
import type { Logger } from './logger';
import type { PlanService } from './plan-service';

/** How long a lock lookup is trusted for the gate (another instance's lock reaches this one within it). */
const LOCK_CACHE_MS = 1000;

export interface Saver {
  author: string;
  role: 'owner' | 'edit';
}

/**
 * Named versions on the server (docs/versions.md): saved from the live documents as plan JSON, listed,
 * read, restored as ordinary edits through Hocuspocus direct connections (co-editors see the restore
 * arrive like a colleague's edit), and the 签发稿 lock that the sync gate enforces.
 */
export class VersionService {
  private readonly lockCache = new Map<string, { locked: boolean; at: number }>();

  constructor(readonly store: VersionStore, private readonly plans: PlanService, private readonly log: Logger) {}

  async list(planId: string): Promise<{ versions: VersionSummary[]; lock: PlanLock | null }> {
    await this.plans.get(planId); // 404 for a missing plan
    return { versions: await this.store.list(planId), lock: await this.store.lock(planId) };
  }

  async get(planId: string, versionId: string): Promise<Version> {
    const v = await this.store.get(planId, versionId);
    if (!v) fail(404, 'version-not-found', '找不到该版本。', `no version ${versionId} of plan ${planId}`);
    return v;
  }

  /** Save the plan as it is now; a 签发稿 locks it in the same step and closes its editors' connections. */
  async save(planId: string, name: string, saver: Saver, kind: VersionKind = 'manual'): Promise<{ version: VersionSummary; lock: PlanLock | null }> {
    const plan = await this.plans.get(planId);
    const version = newVersion(planId, name, saver, kind, plan);
    const locks = name === LOCKING_VERSION_NAME;
    const lock: PlanLock | undefined = locks ? { versionId: version.id, versionName: name, lockedBy: saver.author, lockedAt: version.createdAt } : undefined;
    await this.store.save(version, lock);
    this.log.info(`saved version ${version.id} (${kind}) of plan ${planId}${locks ? '; the plan is locked' : ''}`);
    if (lock) this.setLocked(planId, true, 'plan-locked');
    const { plan: _plan, ...summary } = version;
    return { version: summary, lock: lock ?? (await this.store.lock(planId)) };
  }

  /** A server-side export: a version of what was exported, unless the newest version already is that plan. */
  async recordExport(planId: string, plan: Plan, what: string): Promise<void> {
    try {
      const latest = await this.store.latest(planId);
      if (latest && PlanDiff.compare(latest.plan, plan).length === 0) return;
      await this.store.save(newVersion(planId, `导出${what}`, { author: '导出', role: 'owner' }, 'export', plan));
    } catch (e) {
      // The export itself went out; a version that could not be kept is logged, not the user's problem now.
      this.log.error(`plan ${planId}: could not save the version of an export: ${(e as Error).message}`);
    }
  }

  async unlock(planId: string): Promise<boolean> {
    await this.plans.get(planId);
    const was = await this.store.unlock(planId);
    if (was) {
      this.log.info(`plan ${planId} unlocked`);
      this.setLocked(planId, false, 'plan-unlocked');
    }
    return was;
  }

  /** Is the plan locked? Cached briefly for the gate, which asks on every growing update. */
  async isLocked(planId: string): Promise<boolean> {
    const hit = this.lockCache.get(planId);
    if (hit && Date.now() - hit.at < LOCK_CACHE_MS) return hit.locked;
    const locked = (await this.store.lock(planId)) !== null;
    this.lockCache.set(planId, { locked, at: Date.now() });
    return locked;
  }

  /**
   * The version's content applied to the live documents as ordinary edits, bodies first and the plan
   * doc last (its outline then names complete sections). Refused while the plan is locked.
   */
  async restore(planId: string, versionId: string): Promise<number> {
    const version = await this.get(planId, versionId);
    if (await this.store.lock(planId)) fail(409, 'plan-locked', '计划已锁定（签发稿），不能恢复版本；请先由计划所有者解锁。', `plan ${planId} is locked`);
    const hocuspocus = this.plans.hocuspocus;
    let changed = 0;
    const edit = async (name: string, apply: (doc: import('yjs').Doc) => boolean) => {
      const connection = await hocuspocus.openDirectConnection(name, { source: 'restore' });
      try {
        await connection.transact((doc) => {
          if (apply(doc)) {
            changed++;
            this.log.info(`restore of ${versionId}: changed ${name}`);
          }
        });
      } finally {
        await connection.disconnect();
      }
    };
    for (const [bodyId, body] of PlanDoc.bodies(version.plan)) await edit(DocNames.body(planId, bodyId), (doc) => RestorePlan.body(doc, body));
    await edit(DocNames.plan(planId), (doc) => RestorePlan.planDoc(doc, version.plan));
    this.log.info(`restored version ${versionId} of plan ${planId}: ${changed} document(s) changed`);
    return changed;
  }

  async deletePlan(planId: string): Promise<void> {
    this.lockCache.delete(planId);
    await this.store.deletePlan(planId);
  }

  /**
   * Every connection to the plan's documents is closed with the reason, so editors reconnect and the
   * gate grants them read-only (locked) or their own grant again (unlocked).
   */
  private setLocked(planId: string, locked: boolean, reason: 'plan-locked' | 'plan-unlocked'): void {
    this.lockCache.set(planId, { locked, at: Date.now() });
    for (const doc of this.plans.hocuspocus.documents.values()) {
      if (DocNames.parse(doc.name)?.planId !== planId) continue;
      for (const c of doc.getConnections()) dropSocket(c, reason, UPDATE_REFUSED_CLOSE_CODE);
    }
  }
}

function newVersion(planId: string, name: string, saver: Saver, kind: VersionKind, plan: Plan): Version {
  return {
    id: `v${Date.now().toString(36)}${randomBytes(4).toString('hex')}`,
    planId, name, author: saver.author, role: saver.role, kind, createdAt: new Date().toISOString(), title: plan.meta.title, plan,
  };
}
