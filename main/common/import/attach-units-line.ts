import type { Item } from '../model/item';
import type { ResponsibilityNotation } from '../model/meta';
import { sliceLine, type Line } from './line';
import { parseUnitsText } from './responsibility';
import type { StandingRules } from './standing-rules';
import { trailingRule } from './trailing-rule';

/**
 * "责任单位：A、B" on a line of its own, given to the item above it (`last`, changed in place: every group
 * kept, a point becomes a measure). Returns the notation and the rule written after the units, or null when
 * the line names no unit.
 */
export function attachUnitsLine(last: Item, line: Line): { notation: ResponsibilityNotation; explicit: boolean; rules: StandingRules | null } | null {
  // "责任单位：A、B(列第一位的为工作牵头单位，下同)": the rule is not a unit; it applies from here on.
  const ruled = trailingRule(line);
  const r = parseUnitsText(ruled.text, ruled.m);
  if (!r) return null;
  for (const u of r.lead) if (!last.leadUnits.includes(u)) last.leadUnits.push(u);
  for (const u of r.support) if (!last.supportUnits.includes(u) && !last.leadUnits.includes(u)) last.supportUnits.push(u);
  if (last.role === 'point') last.role = 'measure';
  // Leads written out (牵头单位：…, "A、B分别牵头") are not reshaped by a "first one leads" rule.
  const explicit = r.notation === 'lead-and-responsible' || /分别牵头/.test(line.m);
  return { notation: r.notation, explicit, rules: ruled.rules };
}

/** A line that is a bracketed note and nothing else ("（区政务服务局牵头，区发改局配合）"). */
export const NOTE_LINE = /^[(〔[【].{2,118}[)〕\]】]$/;

/**
 * A bracketed line that names units ("（区政务服务局牵头，区发改局配合）"). One that names none is something
 * else set under the line above it: a title's period "（2023-2025年）" or standing "（征求意见稿）", which a
 * document prints on a line of its own under its title; it never makes the line above a measure.
 */
export function isUnitsNoteLine(line: Line): boolean {
  if (!NOTE_LINE.test(line.m)) return false;
  const ruled = trailingRule(sliceLine(line, 1, line.m.length - 1));
  return parseUnitsText(ruled.text, ruled.m) !== null;
}

/**
 * A measure's closing note alone on its line: a PDF page (or a narrow column) broke it off the measure's last
 * sentence. It gives its units to the item above when that has none of its own (else it is something else:
 * a rule, a remark); null when it names no unit.
 */
export function attachNoteLine(last: Item, line: Line): ReturnType<typeof attachUnitsLine> {
  if (!NOTE_LINE.test(line.m) || last.leadUnits.length + last.supportUnits.length > 0) return null;
  return attachUnitsLine(last, sliceLine(line, 1, line.m.length - 1));
}
