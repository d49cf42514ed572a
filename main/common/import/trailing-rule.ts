import type { Line } from './line';
import { hasStandingRule, takeStandingRules, type StandingRules } from './standing-rules';

/** A bracketed rule at the end of a units line is cut off and read ("…(列第一位的为牵头单位,下同)"). */
export function trailingRule(line: Line): { text: string; m: string; rules: StandingRules | null } {
  const g = /\(([^()]*)\)[。.\s]*$/.exec(line.m);
  if (!g || !hasStandingRule(g[1]!)) return { ...takeStandingRules(line.text, line.m) };
  const inner = line.text.slice(g.index + 1, g.index + 1 + g[1]!.length);
  return { text: line.text.slice(0, g.index), m: line.m.slice(0, g.index), rules: takeStandingRules(inner, g[1]!).rules };
}
