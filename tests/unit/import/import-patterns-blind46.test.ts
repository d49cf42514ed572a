import { describe, expect, it } from 'vitest';
import { items, load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 46 (docs/import.md, blind round 46), in made-up texts of the same style.
describe('blind round 46 patterns (county 实施方案 and 行动方案 of 2019–2022)', () => {
  it('"(县住建局牵头)" under an attached plan\'s title is no part of the title', () => {
    const { plan } = load('blind46-lead-unit-under-title');
    expect(plan.meta.title).toBe('某县老旧小区改造专项行动方案');
    expect(plan.notice?.title).toBe('某县人民政府办公室关于印发某县县城建设三大专项行动方案的通知');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['完成改造小区', '完善小区配套']);
    // It is kept as the line printed under the title, and names the plan's 牵头部门.
    expect(plan.meta.preparedBy).toBe('(县住建局牵头)');
    expect(plan.meta.leadDepartment).toBe('县住建局');
  });

  it('"(县教育局牵头)" under the title of a plan copied without its notice is no part of the title', () => {
    const { plan } = load('blind46-lead-unit-no-notice');
    expect(plan.meta.title).toBe('某县校园食品安全守护行动方案');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['落实校长陪餐', '开展食堂专项']);
    expect(plan.meta.preparedBy).toBe('(县教育局牵头)');
    expect(plan.meta.leadDepartment).toBe('县教育局');
  });

  it('an advert line closed by a button\'s label ("… 免费下载") over the title is the page\'s, not the text\'s start', () => {
    const { plan } = load('blind46-advert-over-title');
    expect(plan.meta.title).toBe('县2021年城乡环境卫生整治工作方案');
    expect(measures(plan).map((m) => m.leadUnits)).toEqual([['各乡(镇)人民政府', '县城管局'], ['县水利局', '各乡(镇)人民政府']]);
  });

  it('a policy site\'s "政策文号:" field gives the 文号', () => {
    const { plan } = load('blind46-policy-card-number');
    expect(plan.meta.docNumber).toMatchObject({ year: 2021, serial: 9 });
    expect(plan.meta.title).toBe('某县创建省级食品安全示范县实施方案');
  });
});

describe('blind round 46 patterns: a policy site\'s run-together copy', () => {
  it('an opening sentence closing "制定本方案。" run into "一、" is split as a run-together copy, and glued part titles end', () => {
    const { plan } = load('blind46-run-together-glued-titles');
    const all = items(plan);
    expect(all.filter((i) => i.role === 'target').map((t) => text(t).slice(0, 8))).toEqual(['2021年底前,']);
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['健全标准体系', '建设示范基地']);
    expect(measures(plan).map((m) => m.leadUnits)).toEqual([['区农业农村局'], ['各镇人民政府', '区农业农村局']]);
  });
});
