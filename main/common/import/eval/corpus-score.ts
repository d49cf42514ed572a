import { DocNumber } from '../../model/doc-number';
import type { Plan } from '../../model/plan';
import { Plan as PlanOps } from '../../model/plan';
import type { CorpusTruth, HeadField } from './corpus-truth';
import { HEAD_FIELDS } from './corpus-truth';

/** True/false positives and false negatives of one kind of decision. */
export interface Tally { tp: number; fp: number; fn: number }

export interface DocScore {
  name: string;
  patterns: string[];
  measures: Tally;
  units: Tally;
  head: Tally;
  /** Targets found (only for truth files that list them). */
  targets: Tally;
  targetsScored?: boolean;
  /** Head fields wrong or missing, for the report: "docNumber: 期望 … 实际 …". */
  misses: string[];
  /** The import failed: its message. */
  failed?: string;
}

export const Tally = {
  empty(): Tally {
    return { tp: 0, fp: 0, fn: 0 };
  },
  add(a: Tally, b: Tally): Tally {
    return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
  },
  precision(t: Tally): number {
    return t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  },
  recall(t: Tally): number {
    return t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  },
  f1(t: Tally): number {
    const p = Tally.precision(t);
    const r = Tally.recall(t);
    return p + r === 0 ? 0 : (2 * p * r) / (p + r);
  },
};

/** Compares text the way a reader would: no spaces, quotes, brackets or list punctuation. */
export type Normalize = (s: string) => string;

function itemText(children: ReadonlyArray<{ text: string }>): string {
  return children.map((c) => c.text).join('');
}

/** A head field of an imported plan as one comparable string ('' when empty). */
export function readHead(plan: Plan, field: HeadField): string | string[] {
  const m = plan.meta;
  switch (field) {
    case 'title': return m.title;
    case 'noticeTitle': return plan.notice?.title ?? '';
    case 'docNumber': return DocNumber.format(m.docNumber);
    case 'mark': return m.mark ?? '';
    case 'issuer': return m.issuer;
    case 'signers': return m.signers;
    case 'mainRecipients': return m.mainRecipients;
    case 'signature': return m.signature;
    case 'date': return m.date ?? '';
    case 'note': return m.note ?? '';
    case 'copyTo': return m.copyTo;
    case 'printer': return m.printer ?? '';
    case 'printDate': return m.printDate ?? '';
  }
}

function flat(v: string | string[] | null, norm: Normalize): string {
  if (v === null) return '';
  return Array.isArray(v) ? v.map(norm).filter(Boolean).join('|') : norm(v);
}

function scoreHead(plan: Plan | null, truth: CorpusTruth, norm: Normalize, misses: string[]): Tally {
  const t = Tally.empty();
  for (const field of HEAD_FIELDS) {
    if (!(field in truth.head)) continue;
    const want = flat(truth.head[field] ?? null, norm);
    const got = plan ? flat(readHead(plan, field), norm) : '';
    if (want === got) {
      if (want) t.tp++;
      continue;
    }
    if (got) t.fp++;
    if (want) t.fn++;
    misses.push(`${field}: 期望“${want || '（无）'}” 实际“${got || '（无）'}”`);
  }
  return t;
}

function unitTally(want: readonly string[], got: readonly string[], norm: Normalize): Tally {
  const w = new Set(want.map(norm));
  const g = new Set(got.map(norm));
  let tp = 0;
  for (const u of g) if (w.has(u)) tp++;
  return { tp, fp: g.size - tp, fn: w.size - tp };
}

/** Scores one imported plan (null: the import failed) against its truth. */
export function scoreDocument(name: string, plan: Plan | null, truth: CorpusTruth, norm: Normalize, failed?: string): DocScore {
  const misses: string[] = [];
  const head = scoreHead(plan, truth, norm, misses);
  const located = plan ? PlanOps.items(plan).filter((l) => l.item.role === 'measure') : [];
  const got = located.map((l) => l.item);
  // A measure is read as its 任务分解表 row reads: a task paragraph that is all its group holds goes by the group's
  // heading (`Plan.groupTitle`), so a truth may start it with the heading or with its own first words.
  const texts = located.map((l) => norm(`${PlanOps.groupTitle(l) ?? ''}${itemText(l.item.children)}`));
  // Only the units the plan gives the measure itself count (the importer puts a part's lead unit on the
  // measures under it; the scorer credits nothing on its own).
  const unitsOf = located.map((l) => [...l.item.leadUnits, ...l.item.supportUnits]);
  const used = new Set<number>();
  const measures = Tally.empty();
  let units = Tally.empty();
  for (const want of truth.measures) {
    const key = norm(want.text);
    const at = texts.findIndex((text, i) => !used.has(i) && text.includes(key));
    if (at < 0) {
      measures.fn++;
      if (!want.cut) units = Tally.add(units, unitTally(want.units, [], norm));
      misses.push(`措施未找到：${want.text}`);
      continue;
    }
    used.add(at);
    measures.tp++;
    if (want.cut) continue;
    const t = unitTally(want.units, unitsOf[at]!, norm);
    units = Tally.add(units, t);
    if (t.fp || t.fn) misses.push(`单位不符：${want.text} 期望“${want.units.join('、') || '（无）'}” 实际“${unitsOf[at]!.join('、') || '（无）'}”`);
  }
  got.forEach((item, i) => {
    if (used.has(i)) return;
    measures.fp++;
    units = Tally.add(units, unitTally([], unitsOf[i]!, norm));
    misses.push(`多出的措施：${itemText(item.children).slice(0, 24)}`);
  });
  const targets = truth.targets ? scoreTargets(plan, truth.targets.map((t) => t.text), norm, misses) : Tally.empty();
  return { name, patterns: truth.patterns, measures, units, head, targets, ...(truth.targets ? { targetsScored: true } : {}), misses, ...(failed ? { failed } : {}) };
}

/** Targets are matched like measures: an imported target whose text contains the truth's start. */
function scoreTargets(plan: Plan | null, want: readonly string[], norm: Normalize, misses: string[]): Tally {
  const got = plan ? PlanOps.items(plan).map((l) => l.item).filter((i) => i.role === 'target').map((i) => norm(itemText(i.children))) : [];
  const used = new Set<number>();
  const t = Tally.empty();
  for (const w of want) {
    const at = got.findIndex((g, i) => !used.has(i) && g.includes(norm(w)));
    if (at < 0) {
      t.fn++;
      misses.push(`目标未找到：${w}`);
    } else {
      used.add(at);
      t.tp++;
    }
  }
  t.fp = got.length - used.size;
  got.forEach((g, i) => { if (!used.has(i)) misses.push(`多出的目标：${g.slice(0, 24)}`); });
  return t;
}

export interface CorpusSummary {
  documents: number;
  failed: number;
  measures: Tally;
  units: Tally;
  head: Tally;
  targets: Tally;
  /** Documents whose truth lists targets. */
  targetDocs: number;
  byPattern: Map<string, { documents: number; measures: Tally; units: Tally; head: Tally }>;
}

export function summarize(scores: readonly DocScore[]): CorpusSummary {
  const s: CorpusSummary = { documents: scores.length, failed: 0, measures: Tally.empty(), units: Tally.empty(), head: Tally.empty(), targets: Tally.empty(), targetDocs: 0, byPattern: new Map() };
  for (const d of scores) {
    if (d.failed) s.failed++;
    const t = d.targets;
    if (t.tp + t.fp + t.fn > 0 || d.targetsScored) s.targetDocs++;
    s.targets = Tally.add(s.targets, t);
    s.measures = Tally.add(s.measures, d.measures);
    s.units = Tally.add(s.units, d.units);
    s.head = Tally.add(s.head, d.head);
    for (const p of d.patterns) {
      const g = s.byPattern.get(p) ?? { documents: 0, measures: Tally.empty(), units: Tally.empty(), head: Tally.empty() };
      g.documents++;
      g.measures = Tally.add(g.measures, d.measures);
      g.units = Tally.add(g.units, d.units);
      g.head = Tally.add(g.head, d.head);
      s.byPattern.set(p, g);
    }
  }
  return s;
}

function line(label: string, t: Tally): string {
  const f = (x: number) => x.toFixed(3);
  return `${label.padEnd(10)} P ${f(Tally.precision(t))}  R ${f(Tally.recall(t))}  F1 ${f(Tally.f1(t))}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;
}

/** The evaluation as the CLI prints it. */
export function formatSummary(s: CorpusSummary, scores: readonly DocScore[], verbose: boolean): string {
  const out: string[] = [];
  if (verbose) {
    for (const d of scores) {
      out.push(`${d.name}${d.failed ? `  导入失败：${d.failed}` : ''}`);
      out.push(`  措施 F1 ${Tally.f1(d.measures).toFixed(2)}  单位 F1 ${Tally.f1(d.units).toFixed(2)}  文件信息 F1 ${Tally.f1(d.head).toFixed(2)}`);
      for (const m of d.misses) out.push(`    - ${m}`);
    }
    out.push('');
  }
  out.push(`语料 ${s.documents} 份，导入失败 ${s.failed} 份`);
  out.push(line('measures', s.measures));
  out.push(line('units', s.units));
  out.push(line('head', s.head));
  if (s.targetDocs) out.push(`${line('targets', s.targets)}  （${s.targetDocs} 份标注了目标）`);
  if (s.byPattern.size) {
    out.push('按写法（pattern）：');
    for (const [p, g] of [...s.byPattern].sort((a, b) => a[0].localeCompare(b[0]))) {
      const f = (t: Tally) => (t.tp + t.fp + t.fn === 0 ? '  -  ' : Tally.f1(t).toFixed(3));
      out.push(`  ${p.padEnd(22)} ${String(g.documents).padStart(2)} 份  措施 ${f(g.measures)}  单位 ${f(g.units)}  文件信息 ${f(g.head)}`);
    }
  }
  return out.join('\n');
}
