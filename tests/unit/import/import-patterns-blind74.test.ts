import { describe, expect, it } from 'vitest';
import { load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 74 (docs/import.md, blind round 74), in made-up texts of the same style.
describe('blind round 74 patterns (district plans from the Shanghai index)', () => {
  it('"附表1：" over a table opens the attachments as "附件1：" does: the tables after it are no tasks', () => {
    const { plan } = load('blind74-annex-tables-list');
    const ms = measures(plan);
    expect(ms.map((m) => text(m).slice(0, 4))).toEqual(['统筹布局', '分类建设']);
    // "城东学校（小学部）" is a table cell, not a task whose bracket names its unit.
    expect(ms.every((m) => m.leadUnits.length === 0)).toBe(true);
    expect(plan.attachments.map((a) => a.title)).toContain('公共充电设施点位明细表');
  });

  it('"各镇、街道、开发区、城投集团": a company named by its own name is a recipient of its own, the classes before it one', () => {
    const { plan } = load('blind74-recipients-company');
    expect(plan.meta.mainRecipients).toEqual(['各镇、街道、开发区', '城投集团']);
  });

  it('"（一）生态宜居。反映…" / "（三）交通便捷。是指…": a run-in title defined by its text is no task', () => {
    const { plan } = load('blind74-dimension-definitions');
    expect(measures(plan).map((m) => text(m).slice(0, 8))).toEqual(['开展县级城市体检', '开展社区体检试点']);
  });

  it('a heading over two plain paragraphs among headings over one is one task titled by its heading', () => {
    const { plan } = load('blind74-group-over-paragraphs');
    const ms = measures(plan);
    expect(ms.map((m) => text(m).slice(0, 6))).toEqual(['开展区级体检', '搭建体检信息', '编制体检报告', '推动成果应用']);
    expect(text(ms[2]!)).toContain('整治建议应提出对应的项目和时序');
  });
});
