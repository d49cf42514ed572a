import { unitKey } from './unit-name';

/**
 * Institution names retired by the 2018 党和国家机构改革 (深化党和国家机构改革方案, 2018-03; local
 * reforms done by 2019-03) and later reforms, as they appear at the end of a local unit's name
 * (市质监局 → 市市场监督管理局). `from` the year a plan may no longer use the old name.
 * Only renames that were uniform across regions are listed: names that went different ways in
 * different places (林业局, 规划局, 档案局, 物价局 split between 发改 and 市场监管) are left out or
 * named without a fix.
 */
export interface UnitRename {
  old: string;
  /** The new ending; null: no single successor, named without a fix. */
  now: string | null;
  from: number;
  why: string;
  /** Names that end with `old` and are not it (文化旅游局 is already the merged bureau). */
  unless?: RegExp;
}

const SAMR = '2018年机构改革组建市场监督管理局';

export const UNIT_RENAMES: readonly UnitRename[] = [
  { old: '质量技术监督局', now: '市场监督管理局', from: 2019, why: SAMR },
  { old: '质监局', now: '市场监管局', from: 2019, why: SAMR },
  { old: '工商行政管理局', now: '市场监督管理局', from: 2019, why: SAMR },
  { old: '工商局', now: '市场监管局', from: 2019, why: SAMR },
  { old: '食品药品监督管理局', now: '市场监督管理局', from: 2019, why: SAMR },
  { old: '食药监局', now: '市场监管局', from: 2019, why: SAMR },
  { old: '食药局', now: '市场监管局', from: 2019, why: SAMR },
  { old: '物价局', now: null, from: 2019, why: '2018年机构改革撤销物价局，价格管理并入发展改革部门，价格监督检查并入市场监督管理局' },
  { old: '环境保护局', now: '生态环境局', from: 2019, why: '2018年机构改革组建生态环境局' },
  { old: '环保局', now: '生态环境局', from: 2019, why: '2018年机构改革组建生态环境局' },
  { old: '国土资源局', now: '自然资源局', from: 2019, why: '2018年机构改革组建自然资源局' },
  { old: '国土局', now: '自然资源局', from: 2019, why: '2018年机构改革组建自然资源局' },
  { old: '农业委员会', now: '农业农村局', from: 2019, why: '2018年机构改革组建农业农村局' },
  { old: '农委', now: '农业农村局', from: 2019, why: '2018年机构改革组建农业农村局' },
  { old: '农业局', now: '农业农村局', from: 2019, why: '2018年机构改革组建农业农村局' },
  { old: '旅游局', now: '文化和旅游局', from: 2019, why: '2018年机构改革组建文化和旅游局', unless: /文化|文旅|文体/ },
  { old: '文广新局', now: '文化和旅游局', from: 2019, why: '2018年机构改革组建文化和旅游局' },
  { old: '卫生和计划生育委员会', now: '卫生健康委员会', from: 2019, why: '2018年机构改革组建卫生健康委员会' },
  { old: '卫计委', now: '卫健委', from: 2019, why: '2018年机构改革组建卫生健康委员会' },
  { old: '卫生和计划生育局', now: '卫生健康局', from: 2019, why: '2018年机构改革组建卫生健康局' },
  { old: '卫计局', now: '卫健局', from: 2019, why: '2018年机构改革组建卫生健康局' },
  { old: '安全生产监督管理局', now: '应急管理局', from: 2019, why: '2018年机构改革组建应急管理局' },
  { old: '安监局', now: '应急管理局', from: 2019, why: '2018年机构改革组建应急管理局' },
  { old: '地方税务局', now: '税务局', from: 2019, why: '2018年国税地税征管体制改革，合并为税务局' },
  { old: '地税局', now: '税务局', from: 2019, why: '2018年国税地税征管体制改革，合并为税务局' },
  { old: '国家税务局', now: '税务局', from: 2019, why: '2018年国税地税征管体制改革，合并为税务局' },
  { old: '国税局', now: '税务局', from: 2019, why: '2018年国税地税征管体制改革，合并为税务局' },
  { old: '出入境检验检疫局', now: '海关', from: 2019, why: '2018年机构改革，出入境检验检疫划入海关' },
  { old: '检验检疫局', now: '海关', from: 2019, why: '2018年机构改革，出入境检验检疫划入海关' },
  { old: '公安消防支队', now: '消防救援支队', from: 2019, why: '2018年公安消防部队转制为消防救援队伍' },
  { old: '公安消防大队', now: '消防救援大队', from: 2019, why: '2018年公安消防部队转制为消防救援队伍' },
  { old: '粮食局', now: '粮食和物资储备局', from: 2019, why: '2018年机构改革组建粮食和物资储备局' },
  { old: '扶贫开发办公室', now: '乡村振兴局', from: 2022, why: '2021年扶贫机构重组为乡村振兴局' },
  { old: '扶贫办', now: '乡村振兴局', from: 2022, why: '2021年扶贫机构重组为乡村振兴局' },
];

/**
 * The rename a name falls under in a plan of `year`, or null (longest old ending first). Read with
 * traditional characters folded: 縣質監局 is 县质监局.
 */
export function renameOf(name: string, year: number): UnitRename | null {
  const key = unitKey(name);
  for (const r of UNIT_RENAMES) {
    if (year < r.from || !key.endsWith(r.old)) continue;
    if ((r.now && key.endsWith(r.now)) || r.unless?.test(key)) continue;
    return r;
  }
  return null;
}

/**
 * The name with its old ending replaced (null when the rename has no single successor), in simplified
 * characters: the current name is written as the directory writes it.
 */
export function renamed(name: string, r: UnitRename): string | null {
  const key = unitKey(name);
  return r.now === null ? null : key.slice(0, key.length - r.old.length) + r.now;
}
