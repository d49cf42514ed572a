// `plan-studio roll-forward` run as a user runs it: the built bundle, a child process of plain node.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePlanText } from '../../main/common/model/parse-plan';
import { RollForwardReportSchema } from '../../main/common/reuse/roll-forward-report';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const bundle = path.join(root, 'out/cli/plan-studio.cjs');
const fixture = path.join(root, 'tests/fixtures/reuse/last-year.plan.json');
const dir = mkdtempSync(path.join(tmpdir(), 'plan-studio-roll-'));

function cli(...args: string[]) {
  return run(process.execPath, [bundle, ...args], { cwd: dir, encoding: 'utf8' });
}

beforeAll(async () => {
  await run(process.execPath, [path.join(root, 'scripts/build-cli.mjs'), '--if-stale', '--quiet'], { cwd: root });
}, 120_000);

describe('plan-studio roll-forward', () => {
  it('writes the next year’s plan and the report, and prints what changed', async () => {
    const { stdout } = await cli('roll-forward', fixture, '--year', '2026', '-o', 'draft.plan.json', '--report', 'report.json');
    expect(stdout).toContain('以 2025 年计划为底稿生成 2026 年计划草稿。');
    expect(stdout).toContain('2025年 → 2026年');
    expect(stdout).toContain('（基数年份，请核对数据）');
    expect(stdout).toMatch(/待核对的目标数字 3 处/);
    const plan = parsePlanText(readFileSync(path.join(dir, 'draft.plan.json'), 'utf8'));
    expect(plan.ok && plan.value.meta.title).toBe('某县2026年推进质量强县工作行动计划');
    const report = RollForwardReportSchema.parse(JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')));
    expect(report.toYear).toBe(2026);
  });

  it('defaults to the next year; a year that does not follow is refused in Chinese and nothing is written', async () => {
    await cli('roll-forward', fixture, '-o', 'next.plan.json');
    const next = parsePlanText(readFileSync(path.join(dir, 'next.plan.json'), 'utf8'));
    expect(next.ok && next.value.meta.year).toBe(2026);
    const err = await cli('roll-forward', fixture, '--year', '2024', '-o', 'bad.plan.json').then(() => null, (e: { code: number; stderr: string }) => e);
    expect(err?.code).toBe(2);
    expect(err?.stderr).toContain('新计划的年度（2024年）须晚于底稿的年度（2025年）。');
    expect(existsSync(path.join(dir, 'bad.plan.json'))).toBe(false);
  });
});
