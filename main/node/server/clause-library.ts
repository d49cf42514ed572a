import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Clause } from '../../common/clauses/clause';
import { ClauseIndex, mergeHits, type ClauseHit } from '../../common/clauses/clause-index';
import { collectClauses } from '../../common/clauses/collect-clauses';
import { parsePlanText } from '../../common/model/parse-plan';
import { instantiate } from '../../common/templates/instantiate';
import type { TemplateLibrary } from '../templates/template-library';
import type { Logger } from './logger';
import type { PlanService } from './plan-service';

/** Templates are filled in with a neutral county so their text reads as a plan's ({region} → 某县). */
const TEMPLATE_REGION = '某县';

/**
 * The 条款库 on the server: one index of the seeds and templates (built on first use), and one per plan,
 * rebuilt when the plan's stored state is newer than the index. A search runs on the indexes of the
 * plans the caller can read and merges the results (ClauseIndex scores compare across indexes).
 */
export class ClauseLibrary {
  private fixed: Promise<ClauseIndex> | null = null;
  private readonly perPlan = new Map<string, { updatedAt: string; index: ClauseIndex }>();

  constructor(
    private readonly plans: PlanService,
    private readonly templates: TemplateLibrary,
    private readonly seedsDir: string,
    private readonly log: Logger,
  ) {}

  private async buildFixed(): Promise<ClauseIndex> {
    const clauses: Clause[] = [];
    let files: string[] = [];
    try {
      files = (await readdir(this.seedsDir)).filter((f) => f.endsWith('.plan.json')).sort();
    } catch (e) {
      this.log.warn(`clause library: no seeds at ${this.seedsDir}: ${(e as Error).message}`);
    }
    for (const f of files) {
      const r = parsePlanText(await readFile(path.join(this.seedsDir, f), 'utf8'));
      if (r.ok) clauses.push(...collectClauses(r.value, { origin: 'seed', planId: null, key: `seed-${f}` }));
      else this.log.warn(`clause library: seed ${f} skipped: ${r.error.detail}`);
    }
    const year = new Date().getFullYear();
    for (const t of this.templates.list()) {
      const template = this.templates.get(t.id)!;
      const plan = instantiate(template, { region: TEMPLATE_REGION, year });
      plan.meta.title = `${t.name}（模板）`;
      clauses.push(...collectClauses(plan, { origin: 'template', planId: null, key: `template-${t.id}` }));
    }
    return new ClauseIndex(clauses);
  }

  private async planIndex(planId: string, updatedAt: string): Promise<ClauseIndex | null> {
    const cached = this.perPlan.get(planId);
    if (cached && cached.updatedAt === updatedAt) return cached.index;
    try {
      const plan = await this.plans.get(planId);
      const index = new ClauseIndex(collectClauses(plan, { origin: 'plan', planId, key: planId }));
      this.perPlan.set(planId, { updatedAt, index });
      return index;
    } catch (e) {
      this.log.warn(`clause library: plan ${planId} skipped: ${(e as Error).message}`);
      return null;
    }
  }

  /** `readable`: the plan ids the caller may read, or 'all' for the owner. */
  async search(query: string, readable: readonly string[] | 'all', limit: number): Promise<{ hits: ClauseHit[]; searched: number; tookMs: number }> {
    this.fixed ??= this.buildFixed();
    const fixed = await this.fixed;
    const { plans } = await this.plans.list();
    const allowed = readable === 'all' ? null : new Set(readable);
    const indexes = [fixed];
    for (const p of plans) {
      if (allowed && !allowed.has(p.id)) continue;
      const index = await this.planIndex(p.id, p.updatedAt);
      if (index) indexes.push(index);
    }
    const live = new Set(plans.map((p) => p.id));
    for (const id of this.perPlan.keys()) if (!live.has(id)) this.perPlan.delete(id);
    const t = performance.now();
    const hits = mergeHits(indexes.map((i) => i.search(query, limit)), limit);
    return { hits, searched: indexes.reduce((s, i) => s + i.size, 0), tookMs: performance.now() - t };
  }
}
