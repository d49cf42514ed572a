import { describe, expect, it } from 'vitest';
import { items, load, measures, text } from './pattern-fixtures';

const units = (m: { leadUnits: string[]; supportUnits: string[] }) => [...m.leadUnits, ...m.supportUnits];

// Patterns behind the misses of blind round 67 (docs/import.md, blind round 67), in made-up texts of the same
// style: crawled portal pages of county bureaus and towns saved on one line, and a street office's Markdown copy.
describe('blind round 67 patterns (townships, a street office and county bureaus)', () => {
  it('"附件： 某局 2019年…实施方案 为…" on a page run together: the plan title is cut from the label and its opening; a note after a sentence ends its paragraph; "（单位）" is no unit', () => {
    const { plan } = load('blind67-attached-plan-title');
    expect(plan.meta.title.replace(/\s/g, '')).toBe('某区自然资源局2019年信息公开工作实施方案');
    expect(plan.attachments).toEqual([]);
    expect(measures(plan).map((m) => [text(m).slice(0, 6), units(m)])).toEqual([
      ['做好不动产登', ['区不动产登记中心']],
      ['推进征地信息', ['耕地保护处']],
      ['加强组织领导', ['办公室']],
      ['加强监督检查', ['机关纪委', '办公室']],
    ]);
  });

  it('"某局办公室 2019年3月4日印发 2019年某…工作方案 根据…" is the 印发 line, then the plan title; "一、工作目标 …98%以上" a target', () => {
    const { plan } = load('blind67-imprint-line-title');
    expect(plan.meta.title.replace(/\s/g, '')).toBe('2019年某县兽药残留专项整治“净化行动”工作方案');
    expect(plan.meta.printer).toBe('某县农业农村局办公室');
    expect(plan.meta.printDate).toBe('2019-03-04');
    expect(items(plan).filter((i) => i.role === 'target').map((t) => text(t).slice(0, 10))).toEqual(['畜禽产品兽药残留抽检']);
  });

  it('"三、重点排查和分工严格按照…" is a part title glued to its sentence; "某镇人民政府2019年5月6日Power by YOZOSOFT" closes with 署名 and date', () => {
    const { plan } = load('blind67-glued-part-title');
    expect(measures(plan).map((m) => text(m).slice(0, 4))).toEqual(['地质灾害', '山塘水库', '道路交通']);
    expect(plan.meta.signature).toBe('某镇人民政府');
    expect(plan.meta.date).toBe('2019-05-06');
  });

  it('"…2月3日三、活动内容1、…" and "四、整治重点1、…": the next part and a first item glued on start lines; the page\'s "来源：" after the date is chrome', () => {
    const { plan } = load('blind67-glued-next-part');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['镇直机关、各', '各行政村开展', '开展集镇街道', '乱堆乱放专项', '乱搭乱建专项', '垃圾清运专项']);
    expect(plan.meta.signature).toBe('某镇人民政府');
    expect(plan.meta.date).toBe('2019-01-28');
  });

  it('a 署名 and date after an attachment list\'s last item, and the page\'s glued download names after them', () => {
    const { plan } = load('blind67-signature-after-list');
    expect(plan.meta.signature).toBe('某区文化和旅游局');
    expect(plan.meta.date).toBe('2019-06-03');
  });

  it('"…以下三项工作：1.…" glued: the first item is a task; "督查有关工作安排" over "1.督查时间：…" holds no tasks', () => {
    const { plan } = load('blind67-announced-items');
    const ms = measures(plan);
    expect(ms.map((m) => text(m).slice(0, 4))).toEqual(['市场秩序', '消费维权', '整治无证', '严把食品', '规范餐饮']);
    expect(units(ms[2]!)).toEqual(['登记注册科', '各市场监管所']);
  });

  it('"各办、中心、综合行政执法队、各居委：" with no comma: the 各 classes and the named team are recipients, "中心" stays with "各办"', () => {
    const { plan } = load('blind67-street-recipients');
    expect(plan.meta.mainRecipients).toEqual(['各办、中心', '综合行政执法队', '各居委']);
  });
});

describe('blind round 67 patterns: a scope listed by classes of things', () => {
  it('"1、低效工业用地：…的企业;…的企业;…的。" under "…应突出重点整治对象。" is the scope, no task; the 工作措施 are', () => {
    const { plan } = load('blind67-scope-objects');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['开展摸底调查', '落实整治计划']);
  });
});
