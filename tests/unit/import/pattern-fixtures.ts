import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importPlan, type ImportResult } from '../../../main/common/import/import-plan';
import { Plan } from '../../../main/common/model/plan';

/** The made-up texts in the style of real plans that the import pattern tests read. */
export const DIR = path.join(__dirname, '../../fixtures/import-patterns');

/** A pattern fixture imported as a .txt file; a failed import fails the test. */
export function load(name: string): ImportResult {
  const r = importPlan(readFileSync(path.join(DIR, `${name}.txt`), 'utf8'), { fileName: `${name}.txt` });
  if (!r.ok) throw new Error(r.error.detail);
  return r.value;
}

export const items = (plan: Plan) => Plan.items(plan).map((l) => l.item);
export const measures = (plan: Plan) => items(plan).filter((i) => i.role === 'measure');
export const text = (i: { children: Array<{ text: string }> }) => i.children.map((c) => c.text).join('');
