import { promises as fs } from 'node:fs';
import { decodePlanFile, encodePlanFile, MAX_PLAN_FILE_BYTES, mergePlanFiles, type DecodedPlanFile } from '../../../common/collab/plan-file';
import { parseArgs, stringFlag, type Command } from '../command';
import { COMMAND_SPECS } from './command-specs';

async function readPlanFile(file: string): Promise<DecodedPlanFile> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat) throw new Error(`找不到文件：${file}`);
  if (stat.size > MAX_PLAN_FILE_BYTES) throw new Error(`文件过大，不是计划文件：${file}`);
  let raw: unknown;
  try {
    raw = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch {
    throw new Error(`不是有效的计划文件：${file}`);
  }
  const decoded = decodePlanFile(raw);
  if (!decoded.ok) throw new Error(`${decoded.error.message}（${file}）`);
  return decoded.value;
}

/** Offline CRDT merge of copies of one plan (e-mailed around); nobody's text is lost. */
export const mergeCommand: Command = {
  ...COMMAND_SPECS.merge,
  async run(args) {
    const p = parseArgs(args, ['o', 'output']);
    const out = stringFlag(p, 'o', 'output');
    if (p.positional.length < 2 || !out) {
      console.error(`用法：npm run cli -- ${this.usage}`);
      return 2;
    }
    let merged = await readPlanFile(p.positional[0]!);
    for (const file of p.positional.slice(1)) {
      const r = mergePlanFiles(merged, await readPlanFile(file), new Date().toISOString());
      if (!r.ok) throw new Error(`${r.error.message}（${file}）`);
      merged = r.value;
    }
    const tmp = `${out}.${process.pid}.tmp`;
    await fs.writeFile(tmp, JSON.stringify(encodePlanFile(merged.planId, merged.docs, merged.savedAt)), 'utf8');
    await fs.rename(tmp, out);
    console.log(`已合并 ${p.positional.length} 个文件（${merged.docs.size} 个文档）：${out}`);
    return 0;
  },
};
