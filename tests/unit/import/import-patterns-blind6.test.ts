import { describe, expect, it } from 'vitest';
import { items, load, measures, text } from './pattern-fixtures';
import { Plan } from '../../../main/common/model/plan';
import { DocNumber } from '../../../main/common/model/doc-number';

// Patterns behind the misses of blind round 6 (docs/import.md), in made-up texts of the same style.
const units = (plan: Plan) => measures(plan).map((i) => [...i.leadUnits, ...i.supportUnits]);

describe('blind round 6 patterns', () => {
  it('"以下各项措施均需X落实，不再单独列出" after the units adds X to every later measure; "—、" is 一、', () => {
    const { plan } = load('blind6-standing-clause');
    expect(plan.sections.map((s) => s.title)).toEqual(['加大财政支持', '强化金融服务']);
    expect(units(plan)).toEqual([
      // "以下各项措施" is read to include the measure that states it.
      ['市工信局', '市财政局', '有关部门', '各区人民政府', '开发区管委会'],
      ['市统计局', '市财政局', '各区人民政府', '开发区管委会'],
      ['市金融局', '各区人民政府', '开发区管委会'],
    ]);
  });

  it('a 印发 notice title kept over the plan\'s own text: notice title and the plan title it names', () => {
    const { plan, report } = load('blind6-notice-title-over');
    expect(plan.notice?.title).toBe('某市关于印发优化政务服务提升行政效能行动方案的通知');
    expect(plan.meta.title).toBe('优化政务服务提升行政效能行动方案');
    expect(measures(plan).map((i) => text(i).slice(0, 6))).toEqual(['压减审批时限']);
    expect(report.guesses.some((g) => /下面直接是计划正文/.test(g.what) && g.confidence === 0.6)).toBe(true);
  });

  it('a traditional notice without 主送 handing over a plan not in the text: its 一、二、 are the notice\'s requirements', () => {
    const { plan } = load('blind6-notice-no-recipients');
    expect(plan.notice?.title).toBe('某市人民政府辦公廳關于印發2024年市《政府工作報告》目標任務責任分解方案的通知');
    expect(DocNumber.format(plan.meta.docNumber)).toBe('某政办〔2024〕3号');
    expect(measures(plan)).toHaveLength(0);
    expect(plan.meta.title).toBe('2024年市《政府工作報告》目標任務責任分解方案');
    expect(plan.notice?.body.some((b) => b.type === 'paragraph' && /^一、高度重視/.test(text(b)))).toBe(true);
  });

  it('a plan title over two lines ends a notice broken off mid-sentence; a part titled …原则 holds no measures', () => {
    const { plan } = load('blind6-split-title');
    expect(plan.notice?.title).toBe('某市人民政府办公厅印发关于加快发展现代服务业的实施意见的通知');
    expect(plan.meta.title).toBe('关于加快发展现代服务业的实施意见');
    expect(plan.meta.mainRecipients).toEqual(['各县、区人民政府', '市政府各部门', '各有关单位']);
    expect(measures(plan).map((i) => text(i).slice(0, 6))).toEqual(['壮大市场主体']);
  });

  it('a page heading closed by its date is the title once, not joined with the heading repeated below it', () => {
    const { plan } = load('blind6-head-chrome');
    expect(plan.meta.title).toBe('2023年区政府重点工作任务');
    expect(measures(plan)).toHaveLength(2);
  });

  it('a 文号 cut before its 号, an English column label before the 主送, a duration that is no target figure', () => {
    const { plan, report } = load('blind6-cut-doc-number');
    expect(DocNumber.format(plan.meta.docNumber)).toBe('某区政发〔2021〕4号');
    expect(report.guesses.some((g) => /缺少“号”字/.test(g.what))).toBe(true);
    expect(plan.meta.mainRecipients).toEqual(['各街道办事处', '区政府各部门']);
    expect(items(plan).filter((i) => i.role === 'target')).toHaveLength(0);
    expect(measures(plan).map((i) => i.leadUnits)).toEqual([['区商务局']]);
  });
});

describe('inline （1）（2） parts outside numbered items', () => {
  it('an unnumbered measure under a group and a plain paragraph ending in units keep their parts as items; other paragraphs are not split', () => {
    const { plan, report } = load('blind6-inline-parts-paragraphs');
    const m = measures(plan);
    expect(m.map((i) => [text(i).slice(0, 8), i.leadUnits, i.supportUnits])).toEqual([
      ['扎实推进农村户厕', ['县农业农村局'], ['县卫生健康局']],
      ['完善收运处置体系', ['县住建局'], []],
    ]);
    const parts = items(plan).filter((i) => i.role === 'point');
    expect(parts.map((i) => [i.level, text(i)])).toEqual([
      [4, '新建改造农村户厕1200座;'], [4, '建设公共厕所15座;'], [4, '健全管护机制。'],
      [4, '配齐村级保洁员;'], [4, '推行垃圾分类试点。'],
    ]);
    // A paragraph that is no measure (保障措施's principles) keeps its （1）（2） as written.
    const last = plan.sections[plan.sections.length - 1]!;
    expect(last.body.map((b) => b.type)).toEqual(['paragraph']);
    expect(report.guesses.filter((g) => /分项，拆为下一级条目/.test(g.what))).toHaveLength(2);
  });
});
