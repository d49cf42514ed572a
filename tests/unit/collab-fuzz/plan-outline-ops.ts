import * as Y from 'yjs';
import { OutlineOps } from '../../../main/common/collab/outline-ops';
import { PlanDoc } from '../../../main/common/collab/plan-doc';
import { DEPARTMENTS } from './fuzz-plan';

const WORDS = ['工作', '目标', '质量', '强县', '（', '）', '监管', '计量'];

export interface PlanOpContext {
  rnd: () => number;
  /** Deterministic section ids: a run replays exactly from its seed. */
  mintId: () => string;
}

type PlanOp = (doc: Y.Doc, ctx: PlanOpContext) => string;

const int = (rnd: () => number, n: number) => Math.floor(rnd() * n);
const pick = <T>(rnd: () => number, xs: readonly T[]): T | undefined => xs[int(rnd, xs.length)];

/** Sections as the outline pane shows them (duplicates from concurrent moves dropped). */
function rows(doc: Y.Doc) {
  return PlanDoc.outline(doc);
}

/** ↑ / ↓ in the outline pane (a level-1 section takes its sub-sections along). */
const step: PlanOp = (doc, { rnd }) => {
  const row = pick(rnd, rows(doc));
  return row && OutlineOps.step(doc, { id: row.id, dir: rnd() < 0.5 ? -1 : 1 }) ? 'step' : 'noop';
};

/** Drag and drop before another section, or to the end. */
const drag: PlanOp = (doc, { rnd }) => {
  const all = rows(doc);
  const row = pick(rnd, all);
  const target = rnd() < 0.15 ? null : pick(rnd, all)?.id ?? null;
  return row && OutlineOps.moveBefore(doc, { id: row.id, before: target }) ? 'drag' : 'noop';
};

const add: PlanOp = (doc, ctx) => {
  if (rows(doc).length > 14) return 'noop';
  const current = pick(ctx.rnd, rows(doc))?.id ?? null;
  OutlineOps.add(doc, { after: current, level: ctx.rnd() < 0.5 ? 1 : 2, title: ctx.rnd() < 0.5 ? '新章节' : '新小节', mintId: ctx.mintId });
  return 'add';
};

const remove: PlanOp = (doc, { rnd }) => {
  const all = rows(doc);
  const row = pick(rnd, all);
  if (!row || all.length < 2) return 'noop';
  OutlineOps.remove(doc, { id: row.id });
  return 'remove';
};

/** Typing in the outline's title field: the field's whole new value goes through OutlineOps.rename. */
const rename: PlanOp = (doc, { rnd }) => {
  const row = pick(rnd, rows(doc));
  if (!row) return 'noop';
  const old = row.title;
  const at = int(rnd, old.length + 1);
  const next = old.length > 20 || rnd() < 0.3 ? old.slice(0, at) + old.slice(at + 2) : old.slice(0, at) + pick(rnd, WORDS)! + old.slice(at);
  OutlineOps.rename(doc, { id: row.id, title: next });
  return 'rename';
};

const assign: PlanOp = (doc, { rnd }) => {
  const row = pick(rnd, rows(doc));
  if (!row) return 'noop';
  OutlineOps.assign(doc, { id: row.id, department: rnd() < 0.25 ? null : pick(rnd, DEPARTMENTS)! });
  return 'assign';
};

/** Cumulative weights: one random number picks the op. */
const PLAN_OPS: Array<[number, PlanOp]> = [[0.25, step], [0.45, drag], [0.57, add], [0.67, remove], [0.87, rename], [1, assign]];

/** One random outline edit, as the outline pane makes it. Returns its name for the failure log. */
export function randomPlanOp(doc: Y.Doc, ctx: PlanOpContext): string {
  const r = ctx.rnd();
  return PLAN_OPS.find(([w]) => r < w)![1](doc, ctx);
}
