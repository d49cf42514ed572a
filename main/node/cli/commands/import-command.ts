import { formatImportReport } from '../../../common/import/import-report';
import { importFilePath } from '../../import/import-file';
import { parseArgs, stringFlag, type Command } from '../command';
import { writePlanFile } from '../plan-file';
import { COMMAND_SPECS } from './command-specs';

export const importCommand: Command = {
  ...COMMAND_SPECS.import,
  async run(args) {
    const p = parseArgs(args, ['o', 'output']);
    const file = p.positional[0];
    if (!file) {
      console.error(`用法：npm run cli -- ${this.usage}`);
      return 2;
    }
    const result = await importFilePath(file, { simplify: p.flags.has('simplify') });
    if (!result.ok) {
      console.error(`导入失败：${result.error.message}`);
      return 1;
    }
    console.log(formatImportReport(result.value.report));
    const out = stringFlag(p, 'o', 'output');
    if (out) {
      await writePlanFile(out, result.value.plan);
      console.log(`\n已写入计划文件：${out}`);
    } else console.log('\n（未指定 -o，未写入计划文件）');
    return 0;
  },
};
