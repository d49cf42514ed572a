import { Units } from '../units/units';

/** County-level unit words: a clause from another county's plan names its departments at that level. */
const COUNTY_LEVEL = new Set(['县', '旗', '区']);

/**
 * A clause's units for this plan: a county department of another county-level unit ("县市场监督管理局"
 * in a 旗 plan) is written with this plan's unit word ("旗市场监督管理局"); other names stay as written.
 */
export function adaptUnits(units: readonly string[], unit: string): string[] {
  if (!COUNTY_LEVEL.has(unit)) return [...units];
  return units.map((name) => {
    const level = Units.levelOf(name);
    return COUNTY_LEVEL.has(level) && level !== unit && name.startsWith(level) ? unit + name.slice(level.length) : name;
  });
}
