import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Checks, type CheckContext } from '../../../main/common/checks/checks';
import type { FindingWhere } from '../../../main/common/checks/finding';
import { textAt } from '../../../main/common/checks/finding-text';
import { parsePlan } from '../../../main/common/model/parse-plan';
import type { Plan } from '../../../main/common/model/plan';
import { SEED_NAMES, seedPlanJson } from '../import/helpers/seeds';

/**
 * The 公文体检 of the five seed plans, every finding reviewed by hand against the seed texts
 * (docs/checks.md "Seed goldens"): a wrong finding is fixed in its rule, never kept here. Each line is
 * rule, severity, where, message and the text the where points at. The clock is fixed. `<seed>.file.json`
 * is the check before a 红头 export inside its 印发通知: the same findings and what such a 文件 lacks.
 * To see a rule change's effect: PLAN_STUDIO_UPDATE_CHECK_GOLDENS=1 rewrites the files; review the diff.
 */
type GoldenFinding = [rule: string, severity: string, where: FindingWhere, message: string, flagged: string | null];

/** The editor, CLI and API check (no kind chosen), and the check before a 红头 export inside its 印发通知. */
const CONTEXTS = [
  { suffix: '', ctx: { today: '2026-06-01' } },
  { suffix: '.file', ctx: { today: '2026-06-01', kind: { redHead: true, notice: true } } },
] as const;
const dir = fileURLToPath(new URL('../../fixtures/check-goldens/', import.meta.url));

function plan(name: string): Plan {
  const r = parsePlan(seedPlanJson(name));
  if (!r.ok) throw new Error(r.error.detail);
  return r.value;
}

function flagged(p: Plan, where: FindingWhere): string | null {
  if (where.start === undefined || where.end === undefined) return null;
  return textAt(p, where)?.slice(where.start, where.end) ?? null;
}

function actual(name: string, ctx: CheckContext): GoldenFinding[] {
  const p = plan(name);
  return Checks.all(p, ctx).map((f) => [f.rule, f.severity, f.where, f.message, flagged(p, f.where)]);
}

/** One finding per line, so a review reads (and a diff shows) finding by finding. */
function serialize(list: GoldenFinding[]): string {
  return `[\n${list.map((x) => `  ${JSON.stringify(x)}`).join(',\n')}\n]\n`;
}

describe('公文体检 of the seed plans equals the reviewed golden lists', () => {
  for (const name of SEED_NAMES) for (const { suffix, ctx } of CONTEXTS) {
    it(`${name}${suffix ? ' as a 红头文件 with its 印发通知' : ''}`, () => {
      const file = `${dir}${name}${suffix}.json`;
      const got = actual(name, ctx);
      if (process.env['PLAN_STUDIO_UPDATE_CHECK_GOLDENS'] === '1') writeFileSync(file, serialize(got));
      const golden = JSON.parse(readFileSync(file, 'utf8')) as GoldenFinding[];
      expect(got).toEqual(golden);
      // Every finding with a range points at text that is there.
      for (const [, , where, , text] of golden) if (where.start !== undefined) expect(text, JSON.stringify(where)).toBeTruthy();
    });
  }
});
