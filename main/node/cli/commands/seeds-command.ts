import { promises as fs } from 'node:fs';
import path from 'node:path';
import { importFilePath } from '../../import/import-file';
import { parseArgs, stringFlag, type Command } from '../command';
import { writePlanFile } from '../plan-file';
import { packageRoot } from '../../package-root';
import { COMMAND_SPECS } from './command-specs';

/** Regenerates seeds/<name>.plan.json from seeds/<name>.txt (`npm run seeds`). */
export const seedsCommand: Command = {
  ...COMMAND_SPECS.seeds,
  async run(args) {
    const dir = stringFlag(parseArgs(args, ['dir']), 'dir') ?? path.join(packageRoot(), 'seeds');
    const files = (await fs.readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
    if (files.length === 0) {
      console.error(`${dir} 中没有 .txt 范例文本。`);
      return 1;
    }
    let failed = 0;
    for (const file of files) {
      const result = await importFilePath(path.join(dir, file));
      if (!result.ok) {
        console.error(`${file}：导入失败：${result.error.message}`);
        failed++;
        continue;
      }
      const out = path.join(dir, file.replace(/\.txt$/, '.plan.json'));
      await writePlanFile(out, result.value.plan);
      const c = result.value.report.counts;
      console.log(`${file} → ${path.basename(out)}：措施 ${c.measures}，目标 ${c.targets}，章节 ${c.sections}，单位 ${c.units}，附件 ${c.attachments}`);
    }
    return failed ? 1 : 0;
  },
};
