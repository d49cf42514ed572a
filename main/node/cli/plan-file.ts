import { promises as fs } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from '../files/atomic-write';
import type { Result } from '../../common/errors';
import { UserError } from '../../common/errors';
import { parsePlanText } from '../../common/model/parse-plan';
import type { Plan } from '../../common/model/plan';

// A CLI process validates one plan and exits: zod's JIT (a parser compiled per object schema with new Function
// on first use) costs more there than it saves (~7 ms of a 0.2 s export, CPU profile). Long-lived processes (the
// server, the app) keep it. Only the CLI's bundles import this module.
z.config({ jitless: true });

/** Largest plan file we read; a real plan is well under 5 MB. */
export const MAX_PLAN_FILE = 50 * 1024 * 1024;

export async function readPlanFile(file: string): Promise<Result<Plan>> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat) return UserError.fail('file.missing', `找不到文件：${file}`, `no such file ${file}`);
  if (stat.size > MAX_PLAN_FILE) return UserError.fail('file.too-large', `文件过大（${Math.round(stat.size / 1048576)} MB），不是计划文件。`, `file ${file} is ${stat.size} bytes`);
  return parsePlanText(await fs.readFile(file, 'utf8'));
}

/** For commands: the plan, or null after printing the Chinese reason (exit code 1 follows). */
export async function loadPlanOrReport(file: string): Promise<Plan | null> {
  const plan = await readPlanFile(file);
  if (plan.ok) return plan.value;
  console.error(plan.error.message);
  return null;
}

/** Write atomically: a crash never leaves half a plan file. */
export async function writePlanFile(file: string, plan: Plan): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(plan, null, 2)}\n`);
}
