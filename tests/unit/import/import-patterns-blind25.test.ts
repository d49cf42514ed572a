import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Item } from '../../../main/common/model/item';
import { joinWrappedBreaks } from '../../../main/node/import/docx-soft-breaks';
import { DIR, items, load, measures, text } from './pattern-fixtures';

const units = (i: { leadUnits: string[]; supportUnits: string[] }) => [...i.leadUnits, ...i.supportUnits];
const targets = (plan: Parameters<typeof items>[0]) => items(plan).filter((i) => i.role === 'target');

// Patterns behind the misses of blind round 25 (docs/import.md), in made-up texts of the same style.
describe('blind round 25 patterns (Markdown copies)', () => {
  it('"# 某区…关于印发…的通知" in a Markdown copy: the heading marks are not part of the notice title or the 署名', () => {
    const { plan } = load('blind25-markdown-heading');
    expect(plan.notice?.title).toBe('某区人民政府办公室关于印发《某区老旧小区综合改造实施方案》的通知');
    expect(plan.meta.title).toBe('某区老旧小区综合改造实施方案');
    expect(plan.meta.signature).toBe('某区人民政府办公室');
    expect(measures(plan).map(units)).toEqual([['区住房保障局'], ['区住房保障局', '各街道办事处']]);
  });
});

describe('blind round 25 patterns (units)', () => {
  it('"（牵头单位：A，支撑单位：B）": the 支撑单位 are the partners', () => {
    const { plan } = load('blind25-support-units');
    const ms = measures(plan);
    expect(ms.map((m) => m.leadUnits)).toEqual([['区房管局', '相关街镇'], ['区绿化市容局']]);
    expect(ms.map((m) => m.supportUnits)).toEqual([['区规划资源局', '区建设管理委'], ['经开区']]);
  });
});

describe('blind round 25 patterns (parts and groups)', () => {
  it('"二、工作保障" and "三、组织保障": safeguards, not measures', () => {
    const { plan } = load('blind25-safeguards-titles');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['推进5个“美', '实施12公里']);
  });

  it('"（一）X" over one paragraph (and its units line): the group is the task, titled X', () => {
    const { plan } = load('blind25-titled-groups');
    const ms = measures(plan);
    expect(ms.map((m) => Item.leadText(m).replace(/。$/, ''))).toEqual([
      '全面实施“光伏+”专项工程', '积极发展绿色金融', '强化规划管控', '编制系统方案', '推进海绵型建筑小区建设',
    ]);
    expect(ms.map(units)).toEqual([['区发展改革委', '区建管委', '各街道管理办'], ['区投促办'], [], [], []]);
  });

  it('"1.落实…清单，持续推进…，筑牢…“强基石”" over "（1）…": a heading, not a measure', () => {
    const { plan } = load('blind25-phrase-headings');
    expect(measures(plan).map((m) => Item.leadText(m).replace(/。$/, ''))).toEqual([
      '全面实施新修订法律法规', '加快资源摸底认定', '弘扬红色文化基因', '深化博物馆联盟建设',
    ]);
  });

  it('"三、管控流程" and "四、职责分工": a procedure and a division of duties, not measures', () => {
    const { plan } = load('blind25-duties-procedure');
    expect(measures(plan).map((m) => Item.leadText(m).replace(/。$/, ''))).toEqual(['强化规划管控', '编制系统方案']);
  });
});

describe('blind round 25 patterns (targets)', () => {
  it('"（二）空间目标" over "1.滨江南段" and a paragraph without a figure: no target; one with a figure is', () => {
    const { plan } = load('blind25-heading-targets');
    expect(targets(plan).map((t) => text(t))).toEqual(['新增开放文物建筑10处以上。']);
  });
});

describe('blind round 25 patterns (.docx soft breaks)', () => {
  it('a page-wrapped line whose closing ” hangs past the edge, after a line narrowed by a "+": one sentence, joined', () => {
    const lines = readFileSync(path.join(DIR, 'blind25-hanging-quote.txt'), 'utf8').trim();
    expect(joinWrappedBreaks(lines)).toBe(lines.replace(/\n/g, ''));
  });

  it('a Markdown copy written with soft breaks: a "# " heading or a "> " quote after a full line starts its own line', () => {
    // A quoted note wrapped at the page's width (28 characters a line), its last line full too, then the
    // notice title as a Markdown heading and another quote: each mark begins a line the author ended.
    const full1 = '> 依据某某法律第五条第一项的规定具有立法行政司法性质的规范';
    const full2 = '不适用该法律的有关规定本文仅供检索查阅请以官方版本为准。';
    const title = ['# 某区人民政府办公室关于印发某区老旧小区综合改造实施方', '案的通知'];
    const quote = '> 本文由脚本提取。';
    expect(joinWrappedBreaks([full1, full2, ...title, quote].join('\n')).split('\n')).toEqual([full1 + full2, ...title, quote]);
  });
});
