import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { CorpusTruth } from '../../common/import/eval/corpus-truth';
import { scoreDocument, summarize, type DocScore } from '../../common/import/eval/corpus-score';
import { PERTURBATIONS, seedOf, seededRng, type Perturbation } from '../../common/import/eval/perturb';
import type { PerturbRun } from '../../common/import/eval/perturb-score';
import { normalizeForEval, readTruths } from './corpus-eval';
import { decodeText } from './decode-text';
import { importBytes } from './import-file';

interface Source { name: string; file: string; text: string; truth: CorpusTruth }

/**
 * The corpus's .txt documents as decoded text. A truth file that names a .docx is left out: the copy
 * transformations act on a text copy, and the .docx files were made from the same page text as a .txt
 * beside them, so they add no copy of their own.
 */
async function loadSources(dir: string): Promise<{ sources: Source[]; skipped: string[] }> {
  const sources: Source[] = [];
  const skipped: string[] = [];
  for (const { name, truth } of await readTruths(dir)) {
    const file = truth.file ?? `${name}.txt`;
    if (!file.endsWith('.txt')) {
      skipped.push(name);
      continue;
    }
    const decoded = decodeText(new Uint8Array(await fs.readFile(path.join(dir, file))));
    if (!decoded.ok) throw new Error(`${file}：${decoded.error.message}`);
    sources.push({ name, file, text: decoded.value.text, truth });
  }
  return { sources, skipped };
}

/** The truth without the head fields the transformation cannot keep for this document (see Perturbation.unscorable). */
function scorableTruth(p: Perturbation, truth: CorpusTruth): { truth: CorpusTruth; excluded: number } {
  const drop = p.unscorable?.(truth.head) ?? [];
  if (!drop.length) return { truth, excluded: 0 };
  const head = { ...truth.head };
  for (const f of drop) delete head[f];
  return { truth: { ...truth, head }, excluded: drop.length };
}

function scoreOne(p: Perturbation, src: Source, seed: number): { score: DocScore; excluded: number } {
  const text = p.apply(src.text, seededRng(seedOf(seed, p.name, src.name)));
  const { truth, excluded } = scorableTruth(p, src.truth);
  // Through importBytes as a UTF-8 file: a BOM or CRLF reaches the decoder as a user's file would.
  const result = importBytes(new TextEncoder().encode(text), src.file);
  const score = result.ok
    ? scoreDocument(src.name, result.value.plan, truth, normalizeForEval)
    : scoreDocument(src.name, null, truth, normalizeForEval, result.error.message);
  return { score, excluded };
}

/** Scores every .txt document of a corpus folder under each named transformation (all when none is named). */
export async function evaluatePerturbed(dir: string, names: readonly string[] = [], seed = 1): Promise<{ runs: PerturbRun[]; skipped: string[] }> {
  const chosen = names.length ? PERTURBATIONS.filter((p) => names.includes(p.name)) : PERTURBATIONS;
  const { sources, skipped } = await loadSources(dir);
  const runs: PerturbRun[] = [];
  for (const p of chosen) {
    const scores: DocScore[] = [];
    let excluded = 0;
    for (const src of sources) {
      const one = scoreOne(p, src, seed);
      scores.push(one.score);
      excluded += one.excluded;
    }
    runs.push({ name: p.name, models: p.models, scores, summary: summarize(scores), excludedHeadFields: excluded });
  }
  return { runs, skipped };
}
