import type { Finding } from '../finding';
import type { Plan } from '../../model/plan';
import type { CheckContext } from '../rule-registry';
import { bodyRule, findingOf } from './make-rule';
import { unitKey } from './unit-name';

const RULE = { id: 'unit-directory', source: '实务：责任单位使用部门名录中的规范名称' } as const;

/** Names the plan knows (folded to simplified): its departments, their aliases, the county directory. Cached per plan + ctx. */
const cache = new WeakMap<object, { ctx: CheckContext; known: Set<string> }>();
function knownNames(plan: Plan, ctx: CheckContext): Set<string> {
  const hit = cache.get(plan.departments);
  if (hit && hit.ctx === ctx) return hit.known;
  const known = new Set<string>();
  for (const d of plan.departments) {
    known.add(unitKey(d.name));
    for (const a of d.aliases) known.add(unitKey(a));
  }
  for (const n of ctx.directory ?? []) known.add(unitKey(n));
  cache.set(plan.departments, { ctx, known });
  return known;
}

/**
 * A responsible unit not in the plan's 部门名录 (departments, aliases, the county directory): a typo or
 * an unofficial name. Collective names (各镇人民政府, 各有关部门) are not directory entries and pass.
 * Plans without any directory are not checked. Names are compared with traditional characters folded
 * (縣市場監督管理局 is 县市场监督管理局; traditional-chars names the characters). A warning.
 */
export const unitDirectory = bodyRule({
  id: 'unit-directory',
  title: '责任单位不在部门名录中',
  source: RULE.source,
  checkUnit(plan, ref, ctx) {
    const known = knownNames(plan, ctx);
    if (known.size === 0) return [];
    const out: Finding[] = [];
    for (const block of ref.body) {
      if (block.type !== 'item') continue;
      const unknown = [...block.leadUnits, ...block.supportUnits].filter((u) => !known.has(unitKey(u)) && !u.startsWith('各'));
      if (!unknown.length) continue;
      out.push(findingOf(RULE, 'warning', `责任单位${unknown.map((u) => `“${u}”`).join('、')}不在部门名录中：请选用名录中的名称，或先把它加入部门名录。`, { sectionId: ref.id, itemId: block.id }));
    }
    return out;
  },
});
