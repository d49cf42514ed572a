/**
 * "(县自然资源局牵头)" / "（市发展改革委负责）": when a notice hands over several plans, each drafted by a
 * department, the department that leads the plan is named in brackets on the line under the plan's title.
 * It names who leads the whole plan, so it is no part of the title (not its period or standing, as
 * "(2023—2025年)" or "(试行)" are), and the title is over before it.
 */
const LEAD_UNIT_LINE = /^[(（]\s*([^()（）]{2,30}?)\s*(牵头负责|牵头起草|牵头|负责|起草)\s*[)）]$/;

/** True when the (folded) line is only a bracketed lead unit, "(县自然资源局牵头)". */
export function isLeadUnitLine(m: string): boolean {
  return LEAD_UNIT_LINE.test(m.trim());
}

/** The unit a bracketed lead line names: "(县自然资源局牵头)" → "县自然资源局"; null for any other line. */
export function leadUnitOf(text: string): string | null {
  return LEAD_UNIT_LINE.exec(text.trim())?.[1] ?? null;
}
