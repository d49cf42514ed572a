import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DocNames } from '../../common/collab/doc-names';
import type { Logger } from '../server/logger';
import { PlanDeletedError, type DocumentStore } from './document-store';
import { FileJournal, syncDir } from './file-journal';
import { mergeJournal } from './merge-journal';
import { isMissingOrPartial, removeStagingLeftovers, stagingDirOf, trashDirOf, writeStagedFiles } from './plan-staging';
import { StateEnvelope } from './state-envelope';
import { writeFileAtomic } from '../files/atomic-write';

const PLAN_FILE = '_plan.ydoc';
const PLAN_JOURNAL = '_plan.journal';

/**
 * One directory per plan, one file per document: `<dataDir>/plans/<planId>/<bodyId>.ydoc`, and next to
 * it the document's update journal `<bodyId>.journal` (file-journal.ts), which holds every acknowledged
 * update the snapshot may lack. Snapshot writes are atomic (tmp + fsync + rename + directory fsync) so a
 * crash leaves the old or the new state; a failed write removes its temp file.
 * One process owns the directory (the desktop app, or a standalone server without a database), so the
 * deleted-plan marks that refuse late stores live in memory: nothing that process held in memory
 * survives a restart, so after one there is nothing left that could be written back.
 */
export class FileStore implements DocumentStore {
  private readonly root: string;
  private readonly deleted = new Set<string>();
  /** Stores in progress per plan: deleting a plan waits for them, or one could recreate its directory. */
  private readonly writing = new Map<string, Set<Promise<void>>>();

  private readonly journal: FileJournal;

  constructor(dataDir: string, private readonly log?: Logger) {
    this.root = path.join(path.resolve(dataDir), 'plans');
    this.journal = new FileJournal(log);
    // One process owns the directory: staging directories found now are a killed process's leftovers.
    this.removedLeftovers = removeStagingLeftovers(this.root);
  }

  /** Staging directories of plans whose creation was cut short (by a kill), removed at start-up. */
  readonly removedLeftovers: string[];

  /** Only names that parse as ours map to a path: no traversal is possible. */
  private fileOf(name: string): string {
    const parsed = DocNames.parse(name);
    if (!parsed) throw new Error(`not a plan document name: ${JSON.stringify(name)}`);
    return path.join(this.root, parsed.planId, parsed.bodyId === null ? PLAN_FILE : `${parsed.bodyId}.ydoc`);
  }

  private journalOf(name: string): string {
    const parsed = DocNames.parse(name);
    if (!parsed) throw new Error(`not a plan document name: ${JSON.stringify(name)}`);
    return path.join(this.root, parsed.planId, parsed.bodyId === null ? PLAN_JOURNAL : `${parsed.bodyId}.journal`);
  }

  async fetch(name: string): Promise<Uint8Array | null> {
    const file = this.fileOf(name);
    const journal = this.journalOf(name);
    return this.journal.exclusive(journal, async () => {
      let state: Uint8Array | null = null;
      try {
        const bytes = await fs.readFile(file);
        state = StateEnvelope.unwrap(name, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
      return mergeJournal(name, state, await this.journal.read(journal), this.log);
    });
  }

  /**
   * Compaction: under the journal's lock (no append is written meanwhile) the journal's records and the
   * current snapshot are merged into the state, the snapshot is replaced, and only then is the journal
   * removed. A record appended after the caller encoded `state` is in the journal, so in the merge.
   */
  async store(name: string, state: Uint8Array): Promise<void> {
    const file = this.fileOf(name);
    const journal = this.journalOf(name);
    await this.track(name, () => this.journal.exclusive(journal, async () => {
      const records = await this.journal.read(journal);
      const stored = await this.storedState(name, file);
      await this.write(file, mergeJournal(name, state, [...stored, ...records], this.log) ?? state);
      if (records.length > 0) await this.journal.remove(journal);
    }));
  }

  /**
   * The snapshot being replaced, merged into the new one: a caller's state encoded before an earlier
   * compaction (which moved journaled updates into the snapshot) must not overwrite them. Yjs merges are
   * idempotent, so a state that already has them gains nothing twice. A damaged snapshot is replaced
   * (it could not have been loaded) and logged.
   */
  private async storedState(name: string, file: string): Promise<Uint8Array[]> {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
    try {
      return [StateEnvelope.unwrap(name, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength))];
    } catch (e) {
      this.log?.warn(`replacing the damaged snapshot of ${name}: ${(e as Error).message}`);
      return [];
    }
  }

  async append(name: string, update: Uint8Array): Promise<void> {
    const journal = this.journalOf(name);
    await this.track(name, () => this.journal.append(journal, update));
  }

  /** Refuse documents of deleted plans; let deletePlan wait for the writes already running. */
  private async track(name: string, work: () => Promise<void>): Promise<void> {
    const planId = DocNames.parse(name)!.planId;
    if (this.deleted.has(planId)) throw new PlanDeletedError(name, planId);
    const write = work();
    const inPlan = this.writing.get(planId) ?? new Set<Promise<void>>();
    this.writing.set(planId, inPlan.add(write));
    try {
      await write;
    } finally {
      inPlan.delete(write);
      if (inPlan.size === 0 && this.writing.get(planId) === inPlan) this.writing.delete(planId);
    }
  }

  private async write(file: string, state: Uint8Array): Promise<void> {
    // tmp + fsync + rename + directory fsync; a full disk's partial temp file is removed (atomic-write.ts).
    await writeFileAtomic(file, StateEnvelope.wrap(state));
  }

  /**
   * A new plan, all its documents at once (plan-staging.ts): written and synced in a staging directory,
   * then renamed into place. A directory already there without a plan document (the remains of an
   * old interrupted creation or deletion) is replaced; one with a plan document is an error.
   */
  async createPlan(planId: string, docs: ReadonlyMap<string, Uint8Array>): Promise<void> {
    if (!DocNames.parse(DocNames.plan(planId))) throw new Error(`not a plan id: ${JSON.stringify(planId)}`);
    if (this.deleted.has(planId)) throw new PlanDeletedError(DocNames.plan(planId), planId);
    const files: Array<[string, Uint8Array]> = [];
    for (const [name, state] of docs) {
      const parsed = DocNames.parse(name);
      if (parsed?.planId !== planId) throw new Error(`document ${JSON.stringify(name)} is not of plan ${planId}`);
      files.push([path.basename(this.fileOf(name)), StateEnvelope.wrap(state)]);
    }
    if (!docs.has(DocNames.plan(planId))) throw new Error(`plan ${planId} has no plan document`);
    const staging = stagingDirOf(this.root, planId);
    const target = path.join(this.root, planId);
    try {
      await writeStagedFiles(staging, files);
      await syncDir(staging);
      await this.moveIntoPlace(staging, target, planId);
      await syncDir(this.root);
    } catch (e) {
      await fs.rm(staging, { recursive: true, force: true }).catch(() => undefined);
      throw e;
    }
  }

  private async moveIntoPlace(staging: string, target: string, planId: string): Promise<void> {
    try {
      await fs.rename(staging, target);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'EPERM') throw e;
    }
    // A plan document's snapshot or journal means a plan is there; anything else is remains.
    if (!(await isMissingOrPartial(target, PLAN_FILE)) || !(await isMissingOrPartial(target, PLAN_JOURNAL))) throw new Error(`plan ${planId} already exists`);
    const trash = trashDirOf(this.root, planId);
    await fs.rename(target, trash);
    await fs.rename(staging, target);
    await fs.rm(trash, { recursive: true, force: true });
  }

  async listPlans(): Promise<Array<{ planId: string; updatedAt: Date }>> {
    let entries: string[];
    try {
      entries = await fs.readdir(this.root);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
    const out: Array<{ planId: string; updatedAt: Date }> = [];
    for (const planId of entries) {
      if (!DocNames.parse(DocNames.plan(planId))) continue;
      const dir = path.join(this.root, planId);
      const planStat = await fs.stat(path.join(dir, PLAN_FILE)).catch(() => null);
      if (!planStat) continue;
      // A plan changes when any of its documents does: the newest file is its last edit.
      let newest = planStat.mtimeMs;
      for (const f of await fs.readdir(dir).catch(() => [] as string[])) {
        const st = await fs.stat(path.join(dir, f)).catch(() => null);
        if (st && st.mtimeMs > newest) newest = st.mtimeMs;
      }
      out.push({ planId, updatedAt: new Date(newest) });
    }
    return out;
  }

  async deletePlan(planId: string): Promise<void> {
    if (!DocNames.parse(DocNames.plan(planId))) throw new Error(`not a plan id: ${JSON.stringify(planId)}`);
    // Mark first (new stores are refused), then let the stores already writing finish, then remove.
    this.deleted.add(planId);
    await Promise.allSettled([...(this.writing.get(planId) ?? [])]);
    await fs.rm(path.join(this.root, planId), { recursive: true, force: true });
  }

  async reopenPlan(planId: string): Promise<void> {
    this.deleted.delete(planId);
  }

  async deletedAmong(planIds: readonly string[]): Promise<Set<string>> {
    return new Set(planIds.filter((id) => this.deleted.has(id)));
  }

  async close(): Promise<void> {}
}
