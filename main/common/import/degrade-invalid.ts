import type { z } from 'zod';
import { PlanMetaSchema } from '../model/meta';
import { PlanSchema, type Plan } from '../model/plan';
import type { ImportReport } from './import-report';

type Parsed = ReturnType<typeof PlanSchema.safeParse>;
type Path = ReadonlyArray<PropertyKey>;
type Node = Record<string, unknown>;

/** The text of any element (paragraph, item, table …): its leaves' text, in order. Depth is the element
 * nesting (a table cell's paragraph at most), never the input's size. */
function textOf(node: unknown): string {
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (!node || typeof node !== 'object') return '';
  const n = node as Node;
  if (typeof n.text === 'string') return n.text;
  return textOf(n.children);
}

function excerpt(s: string): string {
  return s.length > 30 ? `${s.slice(0, 30)}……` : s;
}

/** A heading cut to its first clause; the whole text goes to a paragraph so nothing is lost. */
function shortTitle(title: string): string {
  const cut = title.search(/[，,。；;：:]/);
  return (cut > 0 && cut <= 60 ? title.slice(0, cut) : title.slice(0, 60)).trim();
}

function paragraph(text: string): Node {
  return { type: 'paragraph', children: [{ text }] };
}

function at(root: unknown, path: Path): unknown {
  let x = root;
  for (const k of path) x = (x as Node | undefined)?.[k as string];
  return x;
}

/** A 文件 field that fails its schema: cleared (a title kept as the first paragraph of the preamble). */
function degradeMeta(plan: Plan, path: Path, report: ImportReport): boolean {
  if (path[0] !== 'meta' || typeof path[1] !== 'string') return false;
  const field = path[1] as keyof typeof PlanMetaSchema.shape;
  const was = (plan.meta as Node)[field];
  const def = PlanMetaSchema.shape[field]?.safeParse(undefined);
  (plan.meta as Node)[field] = def?.success ? def.data : field === 'title' ? '' : null;
  if (field === 'title' && typeof was === 'string') plan.preamble.unshift(paragraph(was) as never);
  report.warnings.push(`文件信息“${field}”的内容不符合格式（${excerpt(JSON.stringify(was) ?? '')}），已清空${field === 'title' ? '，原文放在正文开头' : ''}，请补充`);
  return true;
}

/** A unit name or a deadline that is too long: dropped from the item (a deadline into its text), the item kept. */
function degradeUnit(plan: Plan, path: Path, report: ImportReport): boolean {
  const unitAt = path.findIndex((k) => k === 'leadUnits' || k === 'supportUnits' || k === 'deadline');
  if (unitAt <= 0) return false;
  const item = at(plan, path.slice(0, unitAt)) as Node;
  const key = path[unitAt] as string;
  if (key === 'deadline') {
    report.warnings.push(`完成时限过长，已并入措施正文：${excerpt(String(item.deadline))}`);
    (item.children as Node[]).push({ text: `（${String(item.deadline)}）` });
    item.deadline = null;
  } else {
    const list = item[key] as string[];
    const bad = list[path[unitAt + 1] as number] ?? '';
    item[key] = list.filter((_, i) => i !== path[unitAt + 1]);
    report.warnings.push(`责任单位名称过长，未作为单位导入：${excerpt(bad)}`);
  }
  return true;
}

/** A heading too long to be one: cut to its first clause, its whole text kept as the first paragraph. */
function degradeTitle(plan: Plan, path: Path, report: ImportReport): boolean {
  const titleAt = path.lastIndexOf('title');
  if (titleAt <= 0 || !(path[0] === 'sections' || path[0] === 'attachments' || path[0] === 'notice')) return false;
  const owner = at(plan, path.slice(0, titleAt)) as Node;
  const title = String(owner.title);
  owner.title = shortTitle(title);
  if (Array.isArray(owner.body)) (owner.body as Node[]).unshift(paragraph(title));
  report.warnings.push(`标题过长（${title.length} 字），不像标题：已取前半句“${owner.title}”作标题，全文保留为段落`);
  return true;
}

/** Any other element of a body: kept as a plain paragraph of its text; a broken department entry dropped. */
function degradeElement(plan: Plan, path: Path, report: ImportReport): boolean {
  const bodyAt = path.lastIndexOf('body');
  const listKey = bodyAt >= 0 ? bodyAt : ['preamble', 'closing'].includes(path[0] as string) ? 0 : -1;
  if (listKey >= 0 && typeof path[listKey + 1] === 'number') {
    const list = at(plan, path.slice(0, listKey + 1)) as Node[];
    const i = path[listKey + 1] as number;
    const text = textOf(list[i]);
    list[i] = paragraph(text);
    report.warnings.push(`有一处内容不符合计划格式，已作为普通段落导入：${excerpt(text)}`);
    return true;
  }
  if (path[0] !== 'departments') return false;
  plan.departments = plan.departments.filter((_, i) => i !== path[1]);
  return true;
}

/** Repairs the element the issue is about; false when the path is not one it knows how to degrade. The
 * order matters: a unit inside a body item is the unit's issue, not the whole item's. */
const degradeAt = (plan: Plan, path: Path, report: ImportReport): boolean =>
  degradeMeta(plan, path, report) || degradeUnit(plan, path, report) || degradeTitle(plan, path, report) || degradeElement(plan, path, report);

/**
 * Validates the imported plan element by element: each invalid element is degraded and reported (a
 * heading of 300 characters becomes a short heading and a paragraph) instead of failing the import.
 */
export function degradeInvalid(plan: Plan, report: ImportReport): Parsed {
  let r = PlanSchema.safeParse(plan);
  for (let round = 0; !r.success && round < 100; round++) {
    const seen = new Set<string>();
    let fixed = false;
    for (const issue of (r.error as z.ZodError).issues) {
      const key = JSON.stringify(issue.path.slice(0, 6));
      if (seen.has(key)) continue;
      seen.add(key);
      fixed = degradeAt(plan, issue.path, report) || fixed;
    }
    if (!fixed) break;
    r = PlanSchema.safeParse(plan);
  }
  return r;
}
