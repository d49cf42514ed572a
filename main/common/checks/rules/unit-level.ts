import type { Finding } from '../finding';
import { bodyRule, findingOf } from './make-rule';
import { unitKey } from './unit-name';

const RULE = { id: 'unit-level', source: '实务：责任单位与发文机关同级' } as const;

const LEVELS = '省市县区旗州盟';
/** Words that begin with a level character without being one (市场监管局 is not a 市 unit). */
const NOT_A_LEVEL = /^(市场|市政工程|市政公用|市容|市民|区域|县域|州府)/;
/** Units of another level that a county plan rightly names (a higher level's 分局 in the county, a bank branch). */
const OTHER_LEVEL_OK = /分局|支队|大队|分公司|支行|驻/;

/** The level character of the plan's region: 湛江市 → 市, 鄂托克前旗 → 旗, 内蒙古自治区 → 区. */
export function regionLevel(region: string): string | null {
  const r = unitKey(region.trim());
  if (!r) return null;
  const last = r[r.length - 1]!;
  return LEVELS.includes(last) ? last : null;
}

/**
 * A unit whose name starts with a level (县发改局) other than the plan's region level (a 旗 plan): a
 * name copied from another place's plan. Named with a fix that puts the region's level in front. Names
 * of higher-level bodies that work in the county (…分局, 支队, 支行) are left alone. A warning.
 */
export const unitLevel = bodyRule({
  id: 'unit-level',
  title: '单位名称层级与本地不符',
  source: RULE.source,
  checkUnit(plan, ref) {
    const level = regionLevel(plan.meta.region);
    if (!level || ref.scheme === 'regulation') return [];
    // Read with traditional characters folded (縣財政局 is a 县 unit); the fix writes the name simplified.
    const wrong = (u: string) => {
      const k = unitKey(u);
      const c = k[0]!;
      return c !== level && LEVELS.includes(c) && !NOT_A_LEVEL.test(k) && !OTHER_LEVEL_OK.test(k) && !(level === '区' && c === '市');
    };
    const out: Finding[] = [];
    for (const block of ref.body) {
      if (block.type !== 'item') continue;
      const hits = [...block.leadUnits, ...block.supportUnits].filter(wrong);
      if (!hits.length) continue;
      const fix = (u: string) => (wrong(u) ? level + unitKey(u).slice(1) : u);
      out.push(findingOf(RULE, 'warning', `责任单位${hits.map((u) => `“${u}”`).join('、')}的层级与本计划（${plan.meta.region}）不符：应为${hits.map((u) => `“${fix(u)}”`).join('、')}。`,
        { sectionId: ref.id, itemId: block.id },
        { kind: 'set-units', label: `改为“${level}”级单位`, itemId: block.id, leadUnits: block.leadUnits.map(fix), supportUnits: block.supportUnits.map(fix) }));
    }
    return out;
  },
});
