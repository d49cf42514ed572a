import { describe, expect, it } from 'vitest';
import { items, load, measures, text } from './pattern-fixtures';

const targets = (plan: Parameters<typeof items>[0]) => items(plan).filter((i) => i.role === 'target');
const units = (m: { leadUnits: string[]; supportUnits: string[] }) => [...m.leadUnits, ...m.supportUnits];

// Patterns behind the misses of blind round 30 (docs/import.md, blind round 30), in made-up texts of the same style.
describe('blind round 30 patterns (units)', () => {
  it('"（牵头指导处室：A，B、C为实施单位，下同）": the offices are units, the implementers go to every later task', () => {
    const { plan } = load('blind30-office-notes');
    expect(measures(plan).map(units)).toEqual([
      ['市局产品质量安全监督管理处', '各区市场监管局', '执法总队'],
      ['市局标准创新处', '标准技术处', '各区市场监管局', '执法总队'],
      ['市局各相关处室', '各区市场监管局', '执法总队'],
    ]);
  });

  it('a 工作目标 paragraph citing a document by its number ("（某消〔2022〕15号）") has no figure: no target', () => {
    const { plan } = load('blind30-office-notes');
    expect(targets(plan)).toEqual([]);
  });
});

describe('blind round 30 patterns (head)', () => {
  it('a Markdown front matter with keys of its own and a "> " note over a notice title with no 主送: the notice is the opinions', () => {
    const { plan } = load('blind30-front-matter-notice');
    expect(plan.notice?.title).toBe('某市某区人民政府办公室印发《关于进一步加强某区安全生产工作的意见》的通知');
    expect(plan.meta.title).toBe('关于进一步加强某区安全生产工作的意见');
    expect(plan.meta.docNumber).toMatchObject({ year: 2026, serial: 8 });
  });
});

describe('blind round 30 patterns (parts of one paragraph)', () => {
  it('一、 task parts each over one paragraph, headings on lines of their own: each part a task titled by its heading', () => {
    const { plan } = load('blind30-titled-parts');
    expect(measures(plan).map((m) => text(m).slice(0, 8))).toEqual(['健全食品安全责任', '强化食品安全风险', '推进食品安全社会']);
  });

  it('the same layout in the Markdown copy of a notice that is the opinions themselves', () => {
    const { plan } = load('blind30-front-matter-notice');
    expect(measures(plan).map((m) => text(m).slice(0, 8))).toEqual(['完善安全生产责任', '完善隐患排查治理', '完善应急救援体系']);
  });

  it('a 通知 issued as it is, laid out the same way: its 一、二、三、 are requirements, not tasks', () => {
    const { plan } = load('blind30-notice-parts');
    expect(measures(plan)).toEqual([]);
  });
});

describe('blind round 30 patterns (a 通知 that is the year\'s work plan)', () => {
  it('"二、工作要求" after the year\'s "一、工作目标", no task part: its run-in items are the year\'s tasks', () => {
    const { plan } = load('blind30-year-requirements');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['开展绿色建筑', '推进示范项目', '加强宣传培训']);
    expect(targets(plan).map((t) => text(t).slice(0, 8))).toEqual(['本市新建民用建筑']);
  });

  it('the date above the page\'s 相关附件/收藏 links and a Markdown 附件（官方直链） list closes the 通知', () => {
    const { plan } = load('blind30-year-requirements');
    expect(plan.meta).toMatchObject({ title: '某市建设管理委员会关于发布2026年本市绿色建筑工作要求的通知', date: '2026-01-20' });
  });
});
