import { promises as fs } from 'node:fs';
import { writeFileAtomic } from '../../files/atomic-write';
import { decodeStatesFile, encodeStatesFile, MAX_STATES_FILE_BYTES, mergeStatesFiles, type DecodedStatesFile } from '../../../common/collab/states-file';
import { parseArgs, stringFlag, type Command } from '../command';
import { COMMAND_SPECS } from './command-specs';

async function readStatesFile(file: string): Promise<DecodedStatesFile> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat) throw new Error(`找不到文件：${file}`);
  if (stat.size > MAX_STATES_FILE_BYTES) throw new Error(`文件过大，不是计划文件：${file}`);
  let raw: unknown;
  try {
    raw = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch {
    throw new Error(`不是有效的计划文件：${file}`);
  }
  const decoded = decodeStatesFile(raw);
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
    let merged = await readStatesFile(p.positional[0]!);
    for (const file of p.positional.slice(1)) {
      const r = mergeStatesFiles(merged, await readStatesFile(file), new Date().toISOString());
      if (!r.ok) throw new Error(`${r.error.message}（${file}）`);
      merged = r.value;
    }
    await writeFileAtomic(out, JSON.stringify(encodeStatesFile(merged.planId, merged.docs, merged.savedAt)));
    console.log(`已合并 ${p.positional.length} 个文件（${merged.docs.size} 个文档）：${out}`);
    return 0;
  },
};
