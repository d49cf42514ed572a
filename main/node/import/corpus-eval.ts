import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CorpusTruthSchema, type CorpusTruth } from '../../common/import/eval/corpus-truth';
import { scoreDocument, summarize, type CorpusSummary, type DocScore, type Normalize } from '../../common/import/eval/corpus-score';
import { fold } from '../../common/import/line';
import { importFilePath, toSimplified } from './import-file';

/**
 * Reader's comparison: traditional and simplified are the same text, and so are full- and half-width
 * forms, spaces, quotes, brackets and list punctuation (a web copy changes these freely).
 */
export const normalizeForEval: Normalize = (s) => toSimplified(fold(s)).replace(/[\s《》〈〉<>“”"'‘’()（）【】〔〕﹝﹞[\]、,，。.;；:：·|]/g, '');

/** The truth files of a corpus folder in name order, each parsed (`<name>.truth.json`); a malformed one is an error. */
export async function readTruths(dir: string): Promise<Array<{ name: string; truth: CorpusTruth }>> {
  const names = (await fs.readdir(dir)).filter((f) => f.endsWith('.truth.json')).sort();
  if (names.length === 0) throw new Error(`${dir} 中没有 .truth.json 文件`);
  const out: Array<{ name: string; truth: CorpusTruth }> = [];
  for (const truthName of names) {
    const parsed = CorpusTruthSchema.safeParse(JSON.parse(await fs.readFile(path.join(dir, truthName), 'utf8')));
    if (!parsed.success) throw new Error(`${truthName} 格式不对：${parsed.error.issues[0]?.message ?? ''}`);
    out.push({ name: truthName.slice(0, -'.truth.json'.length), truth: parsed.data });
  }
  return out;
}

/** Imports every document of a corpus folder (`<name>.truth.json` beside it) and scores it. */
export async function evaluateCorpus(dir: string): Promise<{ scores: DocScore[]; summary: CorpusSummary }> {
  const scores: DocScore[] = [];
  for (const { name, truth } of await readTruths(dir)) {
    const result = await importFilePath(path.join(dir, truth.file ?? `${name}.txt`));
    scores.push(result.ok
      ? scoreDocument(name, result.value.plan, truth, normalizeForEval)
      : scoreDocument(name, null, truth, normalizeForEval, result.error.message));
  }
  return { scores, summary: summarize(scores) };
}
