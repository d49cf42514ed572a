import { describe, expect, it } from 'vitest';
import { items, load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 38 (docs/import.md, blind round 38), in made-up texts of the same style.
describe('blind round 38 patterns (标准化, 计量 and 质量 plans of cities and districts)', () => {
  it('a first part titled as a task holding "(一)总体要求。" / "(二)发展目标。" (no figure): no measures', () => {
    const { plan } = load('blind38-frame-in-task-part');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['加强计量标准', '推进民生计量']);
  });

  it('a notice title, its 文号 and its 主送 side by side on one line are read as on lines of their own', () => {
    const { plan } = load('blind38-title-number-recipients-line');
    expect(plan.notice?.title).toBe('某市人民政府关于印发某市品牌建设三年行动方案的通知');
    expect(plan.meta.docNumber).toMatchObject({ year: 2024, serial: 12 });
    expect(plan.meta.mainRecipients).toEqual(['各区、县(市)人民政府', '市政府各部门、各直属单位']);
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['培育区域公用', '加强商标品牌']);
  });

  it('a 成文日期 that lost its 年月日 ("2024115") is read as the page\'s 生成日期 when that is one of its readings', () => {
    const { plan } = load('blind38-damaged-date-metadata');
    expect(plan.meta.date).toBe('2024-11-05');
    expect(plan.meta.signature).toBe('某县人民政府办公室');
  });

  it('an indicator table set one cell a line ("序号 / 指标名称 / 2025年 / 属性") under 总体要求 gives targets', () => {
    const { plan } = load('blind38-indicator-table-cells');
    const targets = items(plan).filter((i) => i.role === 'target');
    expect(targets.map((t) => text(t).slice(0, 8))).toEqual(['每万人高价值发明', '地理标志商标累计']);
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['加强品牌培育']);
  });

  it('a box caption "专栏1 …主要指标" under the aims is no target (its number is no figure); the box\'s indicator line is', () => {
    const { plan } = load('blind38-box-caption');
    expect(items(plan).filter((i) => i.role === 'target').map((t) => text(t))).toEqual(['主导制定国家标准数量达到3项。']);
    expect(measures(plan).map((m) => m.leadUnits)).toEqual([['县市场监管局']]);
  });
});
