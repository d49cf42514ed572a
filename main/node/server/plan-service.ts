import type { Hocuspocus } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { PlanSummary } from '../../common/api/contracts';
import { DocNames } from '../../common/collab/doc-names';
import { PlanDoc } from '../../common/collab/plan-doc';
import { decodePlanDocs, encodePlanDocs } from '../../common/collab/plan-docs';
import { Ids } from '../../common/model/ids';
import type { Plan } from '../../common/model/plan';
import { instantiate } from '../../common/templates/instantiate';
import type { TemplateInput } from '../../common/templates/template';
import { CorruptDocumentError, type DocumentStore } from '../store/document-store';
import type { TemplateLibrary } from '../templates/template-library';
import { dropPlanDocuments } from './drop-plan-documents';
import { fail } from './http-util';
import type { Logger } from './logger';

/** Plans as the HTTP API sees them: created, listed, read as JSON and deleted on the server. */
export class PlanService {
  /**
   * Deleted plans (here or on another instance) whose documents this instance is closing and unloading:
   * not stored, not loaded, not listed; the entry goes when the documents are out of memory. From then
   * on the store answers for the plan (its rows are gone and it refuses stores of it).
   */
  private readonly dropping = new Map<string, Promise<void>>();
  /** Plans this instance is deleting right now (the store's delete has not returned yet). */
  private readonly deleting = new Set<string>();
  /** The documents in memory (open in an editor, or being loaded or stored). */
  readonly hocuspocus: Hocuspocus;
  /** Called after a plan is deleted (its invites are revoked there). */
  private readonly onDeleted: (planId: string) => Promise<unknown>;

  constructor(
    readonly store: DocumentStore,
    readonly templates: TemplateLibrary,
    private readonly log: Logger,
    deps: { hocuspocus: Hocuspocus; onDeleted(planId: string): Promise<unknown> },
  ) {
    this.hocuspocus = deps.hocuspocus;
    this.onDeleted = deps.onDeleted;
  }

  /** The live document of this name, if it is in memory. */
  liveDocument(docName: string): Y.Doc | undefined {
    return this.hocuspocus.documents.get(docName);
  }

  /** The stored state of a document (what was last written, not what is live). */
  storedState(docName: string): Promise<Uint8Array | null> {
    return this.store.fetch(docName);
  }

  /** The live state if the document is open, else the stored one. */
  async state(docName: string): Promise<Uint8Array | null> {
    const live = this.hocuspocus?.documents.get(docName);
    if (live) return Y.encodeStateAsUpdate(live);
    return this.store.fetch(docName);
  }

  async exists(planId: string): Promise<boolean> {
    if (this.dropping.has(planId)) return false;
    if (this.hocuspocus?.documents.has(DocNames.plan(planId))) return true;
    return (await this.store.fetch(DocNames.plan(planId))) !== null;
  }

  /**
   * A new plan is seeded from its template here, on the server, once (docs/coediting.md#seeding-on-the-server-once):
   * every document is written to the store before the id is handed to any client.
   */
  async create(templateId: string, input: TemplateInput): Promise<PlanSummary> {
    const template = this.templates.get(templateId);
    if (!template) fail(404, 'template-not-found', `找不到模板“${templateId}”。`, `unknown template ${templateId}`);
    const plan = instantiate(template, input);
    return this.createFromPlan(plan);
  }

  async createFromPlan(plan: Plan): Promise<PlanSummary> {
    const planId = Ids.create('p');
    return this.createFromDocs(planId, encodePlanDocs(planId, plan), plan.meta);
  }

  /** A plan whose documents are encoded already (by the import worker): stored all at once, or not at all. */
  async createFromDocs(planId: string, docs: ReadonlyMap<string, Uint8Array>, meta: Plan['meta']): Promise<PlanSummary> {
    await this.store.createPlan(planId, docs);
    this.log.info(`created plan ${planId} (${docs.size} documents) from template ${meta.templateId ?? '(none)'}`);
    return summary(planId, meta, new Date());
  }

  async list(): Promise<{ plans: PlanSummary[]; broken: Array<{ id: string; message: string }> }> {
    const plans: PlanSummary[] = [];
    const broken: Array<{ id: string; message: string }> = [];
    for (const { planId, updatedAt } of await this.store.listPlans()) {
      if (this.dropping.has(planId)) continue;
      try {
        const state = await this.state(DocNames.plan(planId));
        if (!state) continue;
        const doc = new Y.Doc();
        Y.applyUpdate(doc, state);
        plans.push(summary(planId, PlanDoc.meta(doc), updatedAt));
      } catch (e) {
        this.log.error(`plan ${planId} cannot be listed: ${(e as Error).message}`);
        broken.push({ id: planId, message: '该计划的存储文件已损坏，无法打开。其他计划不受影响。' });
      }
    }
    plans.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return { plans, broken };
  }

  async get(planId: string): Promise<Plan> {
    if (!Ids.isPlanId(planId) || !(await this.existsSafe(planId))) {
      fail(404, 'plan-not-found', '找不到该计划，可能已被删除。', `no plan ${planId}`);
    }
    try {
      return await decodePlanDocs(planId, (name) => this.state(name));
    } catch (e) {
      this.log.error(`plan ${planId} cannot be read: ${(e as Error).message}`);
      fail(500, 'plan-corrupt', '该计划的存储文件已损坏，无法读取。其他计划不受影响。', `plan ${planId} unreadable: ${(e as Error).message}`);
    }
  }

  /**
   * The store deletes first (with PostgreSQL: tombstone and notice to the other instances in one
   * transaction), so from then on no store of the plan is accepted from anywhere; then this instance
   * drops its own copies. A debounced store that fires in between is refused by the store.
   */
  async delete(planId: string): Promise<void> {
    if (!Ids.isPlanId(planId) || !(await this.existsSafe(planId))) {
      fail(404, 'plan-not-found', '找不到该计划，可能已被删除。', `no plan ${planId}`);
    }
    this.deleting.add(planId);
    try {
      await this.store.deletePlan(planId);
      void this.drop(planId, 'deleted here');
    } finally {
      this.deleting.delete(planId);
    }
    await this.onDeleted(planId);
    this.log.info(`deleted plan ${planId}`);
  }

  /** Plans of which this instance has documents in memory. */
  openPlanIds(): string[] {
    const ids = new Set<string>();
    for (const name of this.hocuspocus?.documents.keys() ?? []) {
      const parsed = DocNames.parse(name);
      if (parsed) ids.add(parsed.planId);
    }
    return [...ids];
  }

  isDropping(planId: string): boolean {
    return this.dropping.has(planId);
  }

  /** Does this instance already know the plan is deleted (deleting or dropping it)? A refused store is expected then. */
  knowsDeleted(planId: string): boolean {
    return this.deleting.has(planId) || this.dropping.has(planId);
  }

  /**
   * Close every connection to a deleted plan's documents and unload them without storing (idempotent;
   * `why` is for the log). Settles when they are out of memory.
   */
  drop(planId: string, why: string): Promise<void> {
    const running = this.dropping.get(planId);
    if (running) return running;
    const { closed, unloaded } = dropPlanDocuments(this.hocuspocus, planId);
    this.log.info(`closed ${closed} connection(s) to plan ${planId} (${why}); unloading its documents without storing them`);
    const done = unloaded
      .catch((e: Error) => this.log.error(`plan ${planId} was deleted but ${e.message}`))
      .finally(() => this.dropping.delete(planId));
    this.dropping.set(planId, done);
    return done;
  }

  /** Was this plan deleted (rather than never there)? Tells a refused client why. */
  async wasDeleted(planId: string): Promise<boolean> {
    return this.dropping.has(planId) || (await this.store.deletedAmong([planId])).has(planId);
  }

  /** A plan file brings a deleted plan back under its id: wait until its old copies are gone, then allow stores. */
  async reopen(planId: string): Promise<void> {
    await this.dropping.get(planId);
    await this.store.reopenPlan(planId);
  }

  /** A corrupt plan doc still "exists" (so it can be deleted); only a missing one does not. */
  private async existsSafe(planId: string): Promise<boolean> {
    try {
      return await this.exists(planId);
    } catch (e) {
      if (e instanceof CorruptDocumentError) return true;
      throw e;
    }
  }
}

function summary(id: string, meta: Plan['meta'], updatedAt: Date): PlanSummary {
  return {
    id,
    title: meta.title ?? '',
    region: meta.region ?? '',
    year: meta.year ?? 0,
    templateId: meta.templateId ?? null,
    updatedAt: updatedAt.toISOString(),
  };
}
