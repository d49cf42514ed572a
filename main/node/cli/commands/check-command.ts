import { Checks } from '../../../common/checks/checks';
import type { Finding } from '../../../common/checks/finding';
import { isoDay } from '../../../common/checks/iso-day';
import { flaggedExcerpt, whereLabel } from '../../../common/checks/where-label';
import { Numbering } from '../../../common/model/numbering';
import type { Plan } from '../../../common/model/plan';
import { parseArgs, type Command } from '../command';
import { readPlanFile } from '../plan-file';
import { COMMAND_SPECS } from './command-specs';

const SEVERITY_LABEL = { error: '错误', warning: '警告', info: '提示' } as const;

/** Exactly the Finding fields (docs/checks.md "CLI"): whatever else a rule object carries is left out. */
export function findingJson(f: Finding): Finding {
  const out: Finding = { rule: f.rule, severity: f.severity, message: f.message, where: f.where, source: f.source };
  if (f.fix) out.fix = f.fix;
  return out;
}


function report(plan: Plan, findings: Finding[], ignoredCount: number): string {
  const c = Checks.count(findings);
  const lines = [`公文体检“${plan.meta.title || '（无标题）'}”：错误 ${c.error} 项，警告 ${c.warning} 项，提示 ${c.info} 项${ignoredCount ? `（另有 ${ignoredCount} 项已忽略）` : ''}。`];
  const labels = Numbering.plan(plan);
  for (const sev of ['error', 'warning', 'info'] as const) {
    for (const f of findings.filter((x) => x.severity === sev)) {
      const excerpt = flaggedExcerpt(plan, f.where);
      lines.push(`${SEVERITY_LABEL[sev]}  ${whereLabel(plan, f.where, labels)}${excerpt ? `  ${excerpt}` : ''}`);
      lines.push(`      ${f.message}（依据：${f.source}）${f.fix ? `  可一键修正：${f.fix.label}` : ''}`);
    }
  }
  if (findings.length === 0) lines.push('未发现问题。');
  return lines.join('\n');
}

export const checkCommand: Command = {
  ...COMMAND_SPECS.check,
  async run(args) {
    const p = parseArgs(args, []);
    const file = p.positional[0];
    const unknown = [...p.flags.keys()].filter((k) => k !== 'json');
    if (!file || unknown.length || p.positional.length > 1) {
      if (unknown.length) console.error(`未知选项：${unknown.map((k) => `--${k}`).join('、')}`);
      console.error(`用法：npm run cli -- ${this.usage}`);
      return 2;
    }
    const loaded = await readPlanFile(file);
    if (!loaded.ok) {
      console.error(`无法体检：${loaded.error.message}`);
      return 2;
    }
    const plan = loaded.value;
    const result = Checks.run(plan, { today: isoDay(new Date()) });
    if (p.flags.has('json')) console.log(JSON.stringify(result.findings.map(findingJson), null, 2));
    else console.log(report(plan, result.findings, result.ignored.length));
    return result.findings.some((f) => f.severity === 'error') ? 1 : 0;
  },
};
