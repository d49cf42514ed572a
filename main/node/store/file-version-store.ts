import { promises as fs } from 'node:fs';
import path from 'node:path';
import { PlanLockSchema, VersionSchema, type PlanLock, type Version, type VersionSummary } from '../../common/api/version-contract';
import { Ids } from '../../common/model/ids';
import { writeFileAtomic } from '../files/atomic-write';
import type { Logger } from '../server/logger';
import { summaryOf, type VersionStore } from './version-store';

const LOCK_FILE = 'lock.json';
const VERSION_ID = /^v[0-9a-z]{4,40}$/;

/**
 * Versions in files: `<data-dir>/versions/<planId>/<versionId>.json` (the version with its plan JSON) and
 * `lock.json` while a 签发稿 locks the plan. Each file is written atomically (tmp + fsync + rename + dir
 * fsync); a 签发稿 writes its version first, then the lock, so a crash in between leaves a saved version
 * and an unlocked plan (the save is answered only after both). Summaries are kept in memory per plan
 * once read, so listing does not parse every plan again.
 */
export class FileVersionStore implements VersionStore {
  private readonly root: string;
  private readonly summaries = new Map<string, VersionSummary[]>();

  constructor(dataDir: string, private readonly log?: Logger) {
    this.root = path.join(path.resolve(dataDir), 'versions');
  }

  private dirOf(planId: string): string {
    if (!Ids.isPlanId(planId)) throw new Error(`not a plan id: ${JSON.stringify(planId)}`);
    return path.join(this.root, planId);
  }

  async save(version: Version, lock?: PlanLock): Promise<void> {
    if (!VERSION_ID.test(version.id)) throw new Error(`not a version id: ${version.id}`);
    const dir = this.dirOf(version.planId);
    await writeFileAtomic(path.join(dir, `${version.id}.json`), JSON.stringify(version));
    if (lock) await writeFileAtomic(path.join(dir, LOCK_FILE), JSON.stringify(lock));
    this.summaries.get(version.planId)?.unshift(summaryOf(version));
  }

  async list(planId: string): Promise<VersionSummary[]> {
    const cached = this.summaries.get(planId);
    if (cached) return [...cached];
    const out: VersionSummary[] = [];
    for (const v of await this.readAll(planId)) out.push(summaryOf(v));
    out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
    this.summaries.set(planId, out);
    return [...out];
  }

  private async readAll(planId: string): Promise<Version[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.dirOf(planId));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
    const out: Version[] = [];
    for (const name of names) {
      const id = name.replace(/\.json$/, '');
      if (!VERSION_ID.test(id) || !name.endsWith('.json')) continue;
      const v = await this.get(planId, id);
      if (v) out.push(v);
    }
    return out;
  }

  async get(planId: string, versionId: string): Promise<Version | null> {
    if (!VERSION_ID.test(versionId)) return null;
    let text: string;
    try {
      text = await fs.readFile(path.join(this.dirOf(planId), `${versionId}.json`), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
    const parsed = VersionSchema.safeParse(JSON.parse(text));
    if (!parsed.success || parsed.data.planId !== planId) {
      this.log?.error(`version ${versionId} of plan ${planId} is damaged; left out`);
      return null;
    }
    return parsed.data;
  }

  async latest(planId: string): Promise<Version | null> {
    const [newest] = await this.list(planId);
    return newest ? this.get(planId, newest.id) : null;
  }

  async lock(planId: string): Promise<PlanLock | null> {
    try {
      return PlanLockSchema.parse(JSON.parse(await fs.readFile(path.join(this.dirOf(planId), LOCK_FILE), 'utf8')));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  async unlock(planId: string): Promise<boolean> {
    try {
      await fs.rm(path.join(this.dirOf(planId), LOCK_FILE));
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw e;
    }
  }

  async deletePlan(planId: string): Promise<void> {
    this.summaries.delete(planId);
    await fs.rm(this.dirOf(planId), { recursive: true, force: true });
  }

  async close(): Promise<void> {}
}
