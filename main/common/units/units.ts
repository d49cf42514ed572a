import type { Department } from '../model/department';
import { Traditional } from '../import/traditional';
import { COUNTY_DIRECTORY } from './county-directory';
import { NAME_HISTORY } from './name-history';

export interface UnitSuggestion {
  current: string;
  reason: string;
}

const LEVEL_PREFIXES = ['自治区', '省', '市', '州', '盟', '县', '旗', '区'] as const;

/** Provincial departments are 厅 / 委员会 where county ones are 局. */
const PROVINCIAL: Record<string, string> = {
  发展和改革局: '发展和改革委员会', 工业和信息化局: '工业和信息化厅', 生态环境局: '生态环境厅',
  卫生健康局: '卫生健康委员会', 农业农村局: '农业农村厅', 文化和旅游局: '文化和旅游厅',
  住房和城乡建设局: '住房和城乡建设厅', 应急管理局: '应急管理厅', 自然资源局: '自然资源厅',
  人力资源和社会保障局: '人力资源和社会保障厅', 科学技术局: '科学技术厅', 交通运输局: '交通运输厅',
  教育局: '教育厅', 民政局: '民政厅', 司法局: '司法厅', 财政局: '财政厅', 商务局: '商务厅', 水利局: '水利厅',
};

/**
 * Ways to read a name as level prefix + base, the unprefixed reading first: "市场监管局" has no prefix,
 * "市市场监管局" has 市, "旗市场监督管理局" has 旗.
 */
function readings(name: string): Array<{ prefix: string; base: string }> {
  const out = [{ prefix: '', base: name }];
  for (const p of LEVEL_PREFIXES) {
    if (name.startsWith(p) && name.length > p.length + 1) out.push({ prefix: p, base: name.slice(p.length) });
  }
  return out;
}

function suggestFor(prefix: string, base: string, folded: string, region: string): UnitSuggestion | null | undefined {
  for (const rule of NAME_HISTORY) {
    const old = rule.old.find((o) => base === o || (rule.suffix && base.endsWith(o)));
    if (!old) continue;
    if (rule.keepIn && (rule.keepIn.test(region) || prefix === '旗' || prefix === '盟')) return null;
    const place = base.slice(0, base.length - old.length);
    const current = `${prefix}${place}${levelForm(prefix, rule.current)}`;
    return current === folded ? null : { current, reason: rule.reason };
  }
  for (const entry of COUNTY_DIRECTORY) {
    if (entry.base === base) return null;
    if (!entry.abbreviations.includes(base)) continue;
    const full = levelForm(prefix, entry.base);
    return { current: `${prefix}${full}`, reason: `“${base}”是简称，正式名称为“${full}”` };
  }
  return undefined;
}

function levelForm(prefix: string, base: string): string {
  return (prefix === '省' || prefix === '自治区') ? PROVINCIAL[base] ?? base : base;
}

/** Department names: current names, abbreviations, the name history (质监局 → 市场监督管理局 …). */
export const Units = {
  /**
   * The current name to suggest for an outdated name or an abbreviation, keeping the level prefix
   * (市质监局 → 市市场监督管理局); null when the name is current or unknown. Never applied silently:
   * the importer and the plan check show it to the user.
   */
  suggest(name: string, opts: { region?: string } = {}): UnitSuggestion | null {
    const folded = Traditional.fold(name.trim());
    for (const { prefix, base } of readings(folded)) {
      const found = suggestFor(prefix, base, folded, opts.region ?? '');
      if (found !== undefined) return found;
    }
    return null;
  },
  /**
   * The level prefix a name is written with (县 旗 区 市 省 …), or '' — "市场监督管理局" has none.
   * Only prefixes of names the directory or the history knows count.
   */
  levelOf(name: string): string {
    const folded = Traditional.fold(name.trim());
    for (const { prefix, base } of readings(folded)) {
      if (prefix && (COUNTY_DIRECTORY.some((e) => e.base === base || e.abbreviations.includes(base)) || NAME_HISTORY.some((r) => r.old.includes(base)))) return prefix;
    }
    return '';
  },
  /**
   * A known name written without its level ("统计局" among "旗…" units): the name with the plan's usual
   * prefix, and its current form. Null when the name has a prefix or is not a department name.
   */
  suggestLevel(name: string, prefix: string, opts: { region?: string } = {}): UnitSuggestion | null {
    if (!prefix || Units.levelOf(name) || /^各/.test(name)) return null;
    const folded = Traditional.fold(name.trim());
    const known = COUNTY_DIRECTORY.some((e) => e.base === folded || e.abbreviations.includes(folded)) || NAME_HISTORY.some((r) => r.old.includes(folded));
    if (!known) return null;
    const withPrefix = `${prefix}${folded}`;
    const current = Units.suggest(withPrefix, opts)?.current ?? withPrefix;
    return { current, reason: `未写级别，本计划的其他单位多为“${prefix}”级${current !== withPrefix ? '，且名称已调整' : ''}` };
  },
  /** True when the name (without prefix) is a current directory name. */
  isCurrent(name: string): boolean {
    return readings(Traditional.fold(name.trim())).some(({ base }) => COUNTY_DIRECTORY.some((e) => e.base === base));
  },
  /** The default directory for a county whose unit word is 县 / 旗 / 区 / 市. */
  defaultDirectory(unit = '县'): Department[] {
    return COUNTY_DIRECTORY.map((e) => ({
      name: `${unit}${e.base}`,
      aliases: e.abbreviations.map((a) => `${unit}${a}`),
    }));
  },
};
