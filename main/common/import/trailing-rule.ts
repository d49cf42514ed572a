import type { Line } from './line';
import { hasStandingRule, takeStandingRules, type StandingRules } from './standing-rules';

/**
 * A bracketed rule in a units line is cut off and read: at its end ("…(列第一位的为牵头单位,下同)") or
 * right after the unit it speaks of ("县发改局(首位单位为牵头单位,下同)、县财政局").
 */
export function trailingRule(line: Line): { text: string; m: string; rules: StandingRules | null } {
  const g = [...line.m.matchAll(/\(([^()]*)\)/g)].find((x) => hasStandingRule(x[1]!));
  if (!g) return { ...takeStandingRules(line.text, line.m) };
  const end = g.index + g[0].length;
  const tail = /^[。.\s]*$/.test(line.m.slice(end)) ? line.m.length : end;
  const inner = line.text.slice(g.index + 1, g.index + 1 + g[1]!.length);
  return {
    text: line.text.slice(0, g.index) + line.text.slice(tail), m: line.m.slice(0, g.index) + line.m.slice(tail),
    rules: takeStandingRules(inner, g[1]!).rules,
  };
}
