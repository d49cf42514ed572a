import { buildTaskTableXlsx } from '../../../common/docx/task-table/task-table-xlsx';
import { taskTableRows } from '../../../common/docx/task-table/task-table-rows';
import { exportTaskTableDocxBytes } from '../../docx/pack-docx';
import { parseArgs, stringFlag, type Command } from '../command';
import { loadPlanOrReport } from '../plan-file';
import { writeBytes } from './export-command';
import { COMMAND_SPECS } from './command-specs';

export const taskTableCommand: Command = {
  ...COMMAND_SPECS['task-table'],
  async run(args) {
    const p = parseArgs(args, ['o', 'output']);
    const file = p.positional[0];
    const out = stringFlag(p, 'o', 'output');
    const kind = out?.toLowerCase().endsWith('.xlsx') ? 'xlsx' : out?.toLowerCase().endsWith('.docx') ? 'docx' : null;
    if (!file || !out || !kind) {
      if (out && !kind) console.error('输出文件的扩展名应为 .docx 或 .xlsx。');
      console.error(`用法：npm run cli -- ${this.usage}`);
      return 2;
    }
    const loaded = await loadPlanOrReport(file);
    if (!loaded) return 1;
    const rows = taskTableRows(loaded).length;
    if (rows === 0) {
      console.error('该计划没有工作措施（role 为 measure 的条目），无法生成任务分解表。');
      return 1;
    }
    const bytes = kind === 'xlsx' ? buildTaskTableXlsx(loaded) : await exportTaskTableDocxBytes(loaded);
    await writeBytes(out, bytes);
    console.log(`已导出任务分解表（${rows} 项任务）：${out}`);
    return 0;
  },
};
