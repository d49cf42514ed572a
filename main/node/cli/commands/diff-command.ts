import { describeChange } from '../../../common/diff/describe-change';
import { PlanDiff } from '../../../common/diff/plan-diff';
import { parseArgs, type Command } from '../command';
import { loadPlanOrReport } from '../plan-file';
import { COMMAND_SPECS } from './command-specs';

/** `diff old new [--json]`: the plan-level changes, one Chinese line each, or as JSON ({ changes: [...] }). */
export const diffCommand: Command = {
  ...COMMAND_SPECS.diff,
  async run(args) {
    const p = parseArgs(args, []);
    const [oldFile, newFile] = p.positional;
    const unknown = [...p.flags.keys()].filter((k) => k !== 'json');
    if (!oldFile || !newFile || p.positional.length > 2 || unknown.length) {
      if (unknown.length) console.error(`未知选项：${unknown.map((k) => `--${k}`).join('、')}`);
      console.error(`用法：npm run cli -- ${this.usage}`);
      return 2;
    }
    const before = await loadPlanOrReport(oldFile);
    if (!before) return 1;
    const after = await loadPlanOrReport(newFile);
    if (!after) return 1;
    const changes = PlanDiff.compare(before, after);
    if (p.flags.has('json')) {
      console.log(JSON.stringify({ old: oldFile, new: newFile, changes }, null, 2));
      return 0;
    }
    if (changes.length === 0) {
      console.log('两个计划没有差别。');
      return 0;
    }
    // Titles of both plans: a removed section is named by its old title.
    const titles = new Map([...PlanDiff.sectionTitles(before), ...PlanDiff.sectionTitles(after)]);
    console.log(`共 ${changes.length} 处修改：`);
    changes.forEach((c, i) => console.log(`${i + 1}. ${describeChange(c, titles)}`));
    return 0;
  },
};
