import { Tally, type CorpusSummary, type DocScore } from './corpus-score';

/** One transformation applied to every document of the corpus, and how the importer scored. */
export interface PerturbRun {
  name: string;
  models: string;
  scores: DocScore[];
  summary: CorpusSummary;
  /** Head fields left out because the transformation breaks their text (Perturbation.unscorable). */
  excludedHeadFields: number;
}

/** Decisions a document lost (false and missed), failed imports counted as one more. */
export function docErrors(d: DocScore): number {
  const e = (t: Tally) => t.fp + t.fn;
  return e(d.measures) + e(d.units) + e(d.head) + e(d.targets) + (d.failed ? 1 : 0);
}

function f1(t: Tally): string {
  return t.tp + t.fp + t.fn === 0 ? '  –  ' : Tally.f1(t).toFixed(3);
}

function cell(t: Tally): string {
  return `${f1(t)} (${Tally.precision(t).toFixed(2)}/${Tally.recall(t).toFixed(2)})`;
}

/** The table: one row per transformation, F1 (P/R) per axis. */
function table(runs: readonly PerturbRun[]): string[] {
  const out = [`${'transformation'.padEnd(18)} docs fail  ${'measures F1 (P/R)'.padEnd(19)}${'units F1 (P/R)'.padEnd(19)}${'head F1 (P/R)'.padEnd(19)}targets F1 (P/R)`];
  for (const r of runs) {
    const s = r.summary;
    out.push(`${r.name.padEnd(18)} ${String(s.documents).padStart(4)} ${String(s.failed).padStart(4)}  ${cell(s.measures).padEnd(19)}${cell(s.units).padEnd(19)}${cell(s.head).padEnd(19)}${cell(s.targets)}`);
  }
  return out;
}

/** The documents that lost most over all transformations, each with the transformations that cost it. */
function worst(runs: readonly PerturbRun[], count: number): string[] {
  const by = new Map<string, { errors: number; where: string[] }>();
  for (const r of runs) {
    for (const d of r.scores) {
      const e = docErrors(d);
      if (!e) continue;
      const w = by.get(d.name) ?? { errors: 0, where: [] };
      w.errors += e;
      w.where.push(`${r.name} ${e}${d.failed ? '（导入失败）' : ''}`);
      by.set(d.name, w);
    }
  }
  const list = [...by].sort((a, b) => b[1].errors - a[1].errors || a[0].localeCompare(b[0])).slice(0, count);
  return list.map(([name, w]) => `  ${name.padEnd(36)} ${String(w.errors).padStart(3)}  ${w.where.join('，')}`);
}

/** The perturbation evaluation as the CLI prints it; `verbose` adds every miss per transformation and document. */
export function formatPerturbed(runs: readonly PerturbRun[], skipped: readonly string[], seed: number, verbose: boolean): string {
  const out: string[] = [];
  const docs = runs[0]?.summary.documents ?? 0;
  out.push(`扰动评估：${docs} 份 .txt 文件，种子 ${seed}${skipped.length ? `（${skipped.length} 份 .docx 不参与：扰动作用于文本副本）` : ''}`);
  for (const r of runs) out.push(`  ${r.name.padEnd(18)} ${r.models}${r.excludedHeadFields ? `（${r.excludedHeadFields} 个文件信息字段因扰动无法评分，未计入）` : ''}`);
  out.push('', ...table(runs), '');
  const w = worst(runs, 15);
  out.push(w.length ? '失分最多的文件（各扰动下失分之和：误报 + 漏报 + 导入失败）：' : '所有文件在所有扰动下都满分。', ...w);
  if (verbose) {
    for (const r of runs) {
      const bad = r.scores.filter((d) => docErrors(d) > 0);
      if (!bad.length) continue;
      out.push('', `== ${r.name} ==`);
      for (const d of bad) {
        out.push(`${d.name}${d.failed ? `  导入失败：${d.failed}` : ''}`);
        for (const m of d.misses) out.push(`    - ${m}`);
      }
    }
  }
  return out.join('\n');
}
