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
import { fail } from './http-util';
import type { Logger } from './logger';

/** Plans as the HTTP API sees them: created, listed, read as JSON and deleted on the server. */
export class PlanService {
  /** Plans deleted while documents may still be in memory: never written back. */
  readonly deleted = new Set<string>();
  hocuspocus: Hocuspocus | null = null;
  /** Called after a plan is deleted (its invites are revoked there). */
  onDeleted: ((planId: string) => Promise<unknown>) | null = null;

  constructor(
    readonly store: DocumentStore,
    readonly templates: TemplateLibrary,
    private readonly log: Logger,
  ) {}

  /** The live state if the document is open, else the stored one. */
  async state(docName: string): Promise<Uint8Array | null> {
    const live = this.hocuspocus?.documents.get(docName);
    if (live) return Y.encodeStateAsUpdate(live);
    return this.store.fetch(docName);
  }

  async exists(planId: string): Promise<boolean> {
    if (this.deleted.has(planId)) return false;
    if (this.hocuspocus?.documents.has(DocNames.plan(planId))) return true;
    return (await this.store.fetch(DocNames.plan(planId))) !== null;
  }

  /**
   * A new plan is seeded from its template here, on the server, once (COEDITING.md §2.4):
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
    const docs = encodePlanDocs(planId, plan);
    // Bodies first, the plan doc last: a plan is visible only once all its documents exist.
    for (const [name, state] of docs) if (name !== DocNames.plan(planId)) await this.store.store(name, state);
    await this.store.store(DocNames.plan(planId), docs.get(DocNames.plan(planId))!);
    this.log.info(`created plan ${planId} from template ${plan.meta.templateId ?? '(none)'}`);
    return summary(planId, plan.meta, new Date());
  }

  async list(): Promise<{ plans: PlanSummary[]; broken: Array<{ id: string; message: string }> }> {
    const plans: PlanSummary[] = [];
    const broken: Array<{ id: string; message: string }> = [];
    for (const { planId, updatedAt } of await this.store.listPlans()) {
      if (this.deleted.has(planId)) continue;
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

  async delete(planId: string): Promise<void> {
    if (!Ids.isPlanId(planId) || !(await this.existsSafe(planId))) {
      fail(404, 'plan-not-found', '找不到该计划，可能已被删除。', `no plan ${planId}`);
    }
    this.deleted.add(planId);
    const prefix = DocNames.plan(planId);
    if (this.hocuspocus) {
      for (const name of [...this.hocuspocus.documents.keys()]) {
        if (name === prefix || name.startsWith(`${prefix}:`)) this.hocuspocus.closeConnections(name);
      }
    }
    await this.store.deletePlan(planId);
    await this.onDeleted?.(planId);
    this.log.info(`deleted plan ${planId}`);
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
