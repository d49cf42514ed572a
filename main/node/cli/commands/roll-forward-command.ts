import { writeFile } from 'node:fs/promises';
import { rollForwardYearError } from '../../../common/api/roll-forward-contract';
import type { Plan } from '../../../common/model/plan';
import { RollForward } from '../../../common/reuse/roll-forward';
import { describeRollForward } from '../../../common/reuse/roll-forward-report';
import { importFilePath } from '../../import/import-file';
import { parseArgs, stringFlag, type Command } from '../command';
import { loadPlanOrReport, writePlanFile } from '../plan-file';
import { COMMAND_SPECS } from './command-specs';

/** A plan file, or last year's issued .docx/.txt imported on the way. */
async function loadSource(file: string): Promise<Plan | null> {
  if (!/\.(docx|txt)$/i.test(file)) return loadPlanOrReport(file);
  const imported = await importFilePath(file, {});
  if (imported.ok) return imported.value.plan;
  console.error(`导入失败：${imported.error.message}`);
  return null;
}

export const rollForwardCommand: Command = {
  ...COMMAND_SPECS['roll-forward'],
  async run(args) {
    const p = parseArgs(args, ['year', 'o', 'output', 'report']);
    const file = p.positional[0];
    const out = stringFlag(p, 'o', 'output');
    if (!file || !out) {
      console.error(`用法：npm run cli -- ${this.usage}`);
      return 2;
    }
    const source = await loadSource(file);
    if (!source) return 1;
    const year = Number(stringFlag(p, 'year') ?? source.meta.year + 1);
    const refusal = rollForwardYearError(source.meta.year, year);
    if (refusal) {
      console.error(refusal);
      return 2;
    }
    const { plan, report } = RollForward.plan(source, year);
    await writePlanFile(out, plan);
    console.log(describeRollForward(report).join('\n'));
    const reportFile = stringFlag(p, 'report');
    if (reportFile) await writeFile(reportFile, JSON.stringify(report, null, 2) + '\n');
    console.log(`\n已写入 ${year} 年计划草稿：${out}`);
    return 0;
  },
};
