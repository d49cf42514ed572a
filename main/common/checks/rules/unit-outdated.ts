import type { Finding } from '../finding';
import { bodyRule, findingOf } from './make-rule';
import { renameOf, renamed } from './unit-renames';

const RULE = { id: 'unit-outdated', source: '深化党和国家机构改革方案（2018）' } as const;

/**
 * Responsible units (and the plan's 牵头部门) named by a pre-reform name in a plan of a year after the
 * reform: 市质监局 in a 2026 plan → 市市场监管局, with a fix. A 2017 plan naming 质监局 is right for its
 * time and is not named. A warning: a unit may keep an old name locally.
 */
export const unitOutdated = bodyRule({
  id: 'unit-outdated',
  title: '机构改革前的旧单位名称',
  source: RULE.source,
  checkMeta(plan) {
    const name = plan.meta.leadDepartment.trim();
    const r = name ? renameOf(name, plan.meta.year) : null;
    if (!r) return [];
    const now = renamed(name, r);
    return [findingOf(RULE, 'warning', `牵头部门“${name}”是旧名称（${r.why}）${now ? `：应为“${now}”` : '：请改为现在的单位名称'}。`, { field: 'leadDepartment' },
      now ? { kind: 'set-field', label: `改为“${now}”`, field: 'leadDepartment', value: now } : undefined)];
  },
  checkUnit(plan, ref) {
    const out: Finding[] = [];
    const year = plan.meta.year;
    for (const block of ref.body) {
      if (block.type !== 'item') continue;
      const hits = [...block.leadUnits, ...block.supportUnits].filter((u) => renameOf(u, year));
      if (!hits.length) continue;
      const fix = (u: string) => {
        const r = renameOf(u, year);
        return (r && renamed(u, r)) ?? u;
      };
      const names = hits.map((u) => {
        const now = fix(u);
        return now === u ? `“${u}”（${renameOf(u, year)!.why}）` : `“${u}”应为“${now}”`;
      });
      const fixable = hits.some((u) => fix(u) !== u);
      out.push(findingOf(RULE, 'warning', `责任单位用了机构改革前的旧名称：${names.join('；')}。`, { sectionId: ref.id, itemId: block.id },
        fixable ? { kind: 'set-units', label: '改为现名称', itemId: block.id, leadUnits: block.leadUnits.map(fix), supportUnits: block.supportUnits.map(fix) } : undefined));
    }
    return out;
  },
});
