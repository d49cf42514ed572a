import { looksLikeUnit } from './unit-names';

/**
 * The verb a list of units closes with, when it names their share: "负责", "组织落实", "按职责分工负责落实",
 * "按职责组织配合", "牵头负责". Shanghai's bureaus write "（A牵头负责，B、各区政府组织落实）"; a unit that helps
 * another's work "负责配合落实" (平潭: "各片区负责配合落实"): it carries out its share by helping.
 */
/**
 * How a unit is to carry out its share, written before the verb: "各区有关部门结合实际落实" (city plans hand the
 * districts each task to fit to their own conditions), "各镇因地制宜组织实施". It says how, never who, so it is no
 * part of the name before it.
 */
export const DUTY_MANNER = '(?:结合(?:本地区?|本区|本地|各自|自身)?实际|因地制宜)';

export const DUTY_VERB = new RegExp(
  `${DUTY_MANNER}?(?:(?:按照?职责(?:分工)?)?(?:牵头)?(?:负责)?(?:组织)?(?:配合)?(?:落实|配合|负责|实施)$|按照?职责(?:分工)?组织$|组织$)`,
);

/**
 * "市国资委负责" / "各区政府组织" / "市房屋管理局按职责牵头负责": a unit name the list's verb stayed glued to (a
 * list of several clauses joined by 、, or a verb the note's grammar split off). The name without the verb,
 * when what is left reads as a unit; otherwise the piece as it was ("社会组织" is a name).
 */
export function withoutDutyVerb(unit: string): string {
  const hit = DUTY_VERB.exec(unit);
  if (!hit || hit.index === 0) return unit;
  const name = unit.slice(0, hit.index);
  return looksLikeUnit(name) ? name : unit;
}
