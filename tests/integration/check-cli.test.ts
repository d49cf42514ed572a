// `plan-studio check` (main/node/cli/commands/check-command.ts) run from the built bundle, as a user runs it.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Checks } from '../../main/common/checks/checks';
import { FindingSchema } from '../../main/common/checks/finding';
import { isoDay } from '../../main/common/checks/iso-day';
import { parsePlanText } from '../../main/common/model/parse-plan';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const bundle = path.join(root, 'out/cli/plan-studio.cjs');
const seed = path.join(root, 'seeds/004_c4e12caab4fdde4e.plan.json');
const dir = mkdtempSync(path.join(tmpdir(), 'plan-studio-check-'));

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bundle, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

beforeAll(async () => {
  await run(process.execPath, [path.join(root, 'scripts/build-cli.mjs'), '--if-stale', '--quiet'], { cwd: root });
}, 120_000);

describe('plan-studio check', () => {
  it('--json prints exactly the findings Checks.run gives, each with exactly the Finding fields', async () => {
    const r = await cli('check', seed, '--json');
    const printed = z.array(FindingSchema).parse(JSON.parse(r.stdout));
    const plan = parsePlanText(readFileSync(seed, 'utf8'));
    if (!plan.ok) throw new Error('seed');
    const expected = Checks.run(plan.value, { today: isoDay(new Date()) }).findings;
    expect(printed).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(printed.length).toBeGreaterThan(0);
    expect(r.code).toBe(expected.some((f) => f.severity === 'error') ? 1 : 0);
  });

  it('prints a Chinese summary and one entry per finding: where, the flagged text, message, source, fix', async () => {
    const r = await cli('check', seed);
    expect(r.stdout).toMatch(/^公文体检“鄂托克前旗推进质量强旗实施方案”：错误 \d+ 项，警告 \d+ 项，提示 \d+ 项。/);
    expect(r.stdout).toContain('制定依据 › 第 1 段');
    expect(r.stdout).toContain('【,】');
    expect(r.stdout).toContain('（依据：GB/T 15834');
    expect(r.stdout).toContain('可一键修正：');
  });

  it('exits 1 when there is an error, 0 when none', async () => {
    const plan = JSON.parse(readFileSync(seed, 'utf8'));
    const untitled = path.join(dir, 'untitled.json');
    writeFileSync(untitled, JSON.stringify({ ...plan, meta: { ...plan.meta, title: '' } }));
    const bad = await cli('check', untitled);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/错误 [1-9]\d* 项/);
    expect(bad.stdout).toMatch(/^错误 {2}标题/m);
    const clean = path.join(dir, 'clean.json');
    writeFileSync(clean, JSON.stringify({ ...plan, notice: null, preamble: [], sections: [], closing: [], attachments: [] }));
    const good = await cli('check', clean);
    expect(good.stdout).toContain('未发现问题。');
    expect(good.code).toBe(0);
  });

  it('exits 2 with a Chinese message on a missing or broken file and on bad arguments', async () => {
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{ "format": ');
    for (const args of [['check', broken], ['check', path.join(dir, 'none.json')], ['check'], ['check', seed, '--jsn']]) {
      const r = await cli(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/[\u4e00-\u9fff]/);
      expect(r.stdout).toBe('');
    }
  });
});
