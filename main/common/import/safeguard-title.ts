/**
 * "五、保障措施" / "加强组织领导" / "强化工作保障": a title naming the plan's safeguards — the keyword alone, after a
 * verb and a word or two ("工作", "组织").
 * "六、健全消防救援队伍职业保障机制" / "（五）落实基层消防安全综合治理基础保障措施": the keyword closes a long
 * object naming what is secured (a service's careers, a system's footing) — a task area of its own, not the
 * plan's safeguards. "四、实施质量兴市工作的保障措施": a long object joined by 的 names the plan's own work — its
 * safeguards still.
 */
const KEYWORD = /保障措施|组织领导|组织实施|工作要求|保障机制|组织保障|工作保障/;
const VERB = /^(进一步)?(切实)?(建立健全|加强|强化|完善|健全|落实|建立|做好|抓好|夯实|提供)?/;

// "五、全面优化全程分类体系运作组织保障": 组织保障 closing a title is the organising of the plan's own work,
// however long the words before it (a party organisation's, 党组织, excepted).
const ORGANISING = /(?<!党)组织保障$/;

export function isSafeguardTitle(title: string): boolean {
  if (ORGANISING.test(title)) return true;
  const m = KEYWORD.exec(title);
  if (!m) return false;
  const before = title.slice(0, m.index).replace(VERB, '');
  return before.length <= 4 || before.endsWith('的');
}

// "（四）完善服务保障机制" over "1.明确服务包收付费机制" / "2.建立健全激励机制": inside a task part, 保障机制 after a named
// object (服务, 人才, 要素) is a mechanism the plan builds for that object — a task area, as a long object is above. The
// plan's own supports keep their words: "（四）完善工作保障机制", "（五）健全组织保障机制", a bare "健全保障机制".
const OWN_WORK = /^(工作|组织|综合|统筹)?$/;

/** A level-2 title of a task part naming a 保障机制 for a named object: a task area, not the safeguards. */
export function securesNamedArea(title: string): boolean {
  const m = /保障机制$/.exec(title);
  if (!m) return false;
  return !OWN_WORK.test(title.slice(0, m.index).replace(VERB, ''));
}
