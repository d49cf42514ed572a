import type { Item } from '../model/item';
import type { ResponsibilityNotation } from '../model/meta';
import { excerpt } from './excerpt';
import type { StandingRules } from './standing-rules';

/**
 * A rule read now (`read`) replaces the one in force (`rules`, changed in place); the rule in force shapes
 * this item's units: "排在首位的为牵头单位，下同" makes the first unit lead, "以下…均需A落实" adds A to every
 * later measure. Leads written out (`lead-and-participate`) are not reshaped.
 */
export function applyStandingRules(
  rules: StandingRules, item: Item, read: StandingRules | null, notation: ResponsibilityNotation | null,
  guesses: Array<{ what: string; confidence: number }>,
): void {
  if (read) {
    if (read.firstLeads) rules.firstLeads = true;
    if (read.later.length) rules.later = read.later;
    guesses.push({ what: `“${excerpt(item.children.map((l) => l.text).join(''))}”的注释定下了以后各项的规则：${read.firstLeads ? '排在第一位的单位牵头' : ''}${read.later.length ? `各项均涉及${read.later.join('、')}` : ''}（下同）`, confidence: 0.8 });
  }
  if (item.role !== 'measure') return;
  if (rules.firstLeads && item.supportUnits.length === 0 && item.leadUnits.length > 1 && notation !== 'lead-and-participate') {
    item.supportUnits = item.leadUnits.slice(1);
    item.leadUnits = item.leadUnits.slice(0, 1);
  }
  for (const u of rules.later) if (!item.leadUnits.includes(u) && !item.supportUnits.includes(u)) item.supportUnits.push(u);
}
