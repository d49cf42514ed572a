import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../main/common/import/import-plan';
import { items, load, measures, text } from './pattern-fixtures';
import { importBytes } from '../../../main/node/import/import-file';

// Patterns behind the misses of blind round 3 (docs/import.md), in made-up texts of the same style.

describe('blind round 3 patterns', () => {
  it('office labels (责任科室, 牵头科室/配合科室), a deadline last inside the note, "X、Y等有关部门"', () => {
    const m = measures(load('office-labels').plan);
    expect(m.map((i) => [i.leadUnits, i.supportUnits])).toEqual([
      [['办公室', '人事股'], []],
      [['纪检组'], ['办公室', '基础教育股']],
      [['县教育局'], ['县发展改革局', '县自然资源局']],
      [['县教育局', '县公安局', '有关部门'], []],
    ]);
    expect(m[2]!.deadline).toBe('10月底前完成');
  });

  it('numbered headings over （1） items are not measures; 主要目标指标 gives targets; a 发展基础 part holds no measures', () => {
    const { plan, report } = load('numbered-headings');
    expect(measures(plan).map((i) => text(i).slice(0, 8))).toEqual(['开展健康县城建设', '推进慢性病综合防']);
    expect(items(plan).filter((i) => i.role === 'target').map((i) => text(i).slice(0, 6))).toEqual(['居民健康素养']);
    expect(items(plan).filter((i) => i.role === 'point').map((i) => text(i))).toEqual(['主要目标指标。', '重点工作举措。']);
    expect(plan.sections[0]!.kind).toBe('significance');
    expect(report.guesses.filter((g) => /小标题/.test(g.what))).toHaveLength(2);
  });

  it('（1）（2）（3） written inside one measure become its parts; the units at its end stay with the measure', () => {
    const { plan, report } = load('inline-parts');
    const m = measures(plan);
    expect(m).toHaveLength(2);
    expect(m[0]!.leadUnits).toEqual(['县农业农村局']);
    expect(m[0]!.supportUnits).toEqual(['县卫生健康局', '各乡镇人民政府']);
    const parts = items(plan).filter((i) => i.role === 'point');
    expect(parts.map((i) => [i.level, text(i)])).toEqual([[4, '新建改造农村户厕1200座；'], [4, '建设公共厕所15座；'], [4, '健全管护机制。']]);
    expect(report.guesses.some((g) => /分项/.test(g.what))).toBe(true);
  });

  it('a law site\'s 【】 attribute lines, two organ lines of a joint title, a status after the title, "各部门、单位"', () => {
    const { plan } = load('head-quirks');
    expect(plan.notice?.title).toBe('中共某县委办公室某县人民政府办公室关于印发《某县推进县域商业体系建设实施方案》的通知');
    expect(plan.meta).toMatchObject({
      title: '某县推进县域商业体系建设实施方案', issuer: '某县人民政府办公室', date: '2024-03-05',
      mainRecipients: ['各乡镇人民政府', '县人民政府各部门、单位'], signature: '中共某县委办公室、某县人民政府办公室',
    });
    expect(plan.meta.docNumber).toMatchObject({ agency: '某政办发', year: 2024 });
  });

  it('a 责任分解方案: short （一） lines each followed by a 责任单位 line are items (targets under 主要预期目标)', () => {
    const src = ['某区2025年政府工作报告责任分解方案', '一、主要预期目标', '（一）地区生产总值增长6%以上', '责任单位：区发展和改革局',
      '（二）城镇新增就业5000人', '责任单位：区人力资源和社会保障局', '二、重点工作', '（一）实施城乡供水一体化工程', '责任单位：区水利局、区住房和城乡建设局',
      '（二）推进老旧小区改造', '责任单位：区住房和城乡建设局'].join('\n');
    const r = importPlan(src);
    if (!r.ok) throw new Error(r.error.detail);
    const all = items(r.value.plan);
    expect(all.map((i) => [i.role, text(i), i.leadUnits])).toEqual([
      ['target', '地区生产总值增长6%以上', ['区发展和改革局']],
      ['target', '城镇新增就业5000人', ['区人力资源和社会保障局']],
      ['measure', '实施城乡供水一体化工程', ['区水利局', '区住房和城乡建设局']],
      ['measure', '推进老旧小区改造', ['区住房和城乡建设局']],
    ]);
    expect(r.value.plan.sections.map((s) => s.sections.length)).toEqual([0, 0]);
  });

  it('a notice title followed by its plan title (no notice text) gives both', () => {
    const { plan, report } = load('notice-title-then-plan');
    expect(plan.notice?.title).toBe('关于印发某县全面推进紧密型县域医疗卫生共同体建设实施方案的通知');
    expect(plan.meta.title).toBe('某县全面推进紧密型县域医疗卫生共同体建设实施方案');
    expect(report.guesses.some((g) => /通知正文未录入/.test(g.what))).toBe(true);
  });

  it('a notice-only copy: its requirements are notice text and its closing 署名 and date are read', () => {
    const { plan } = load('notice-only-closing');
    expect(measures(plan)).toEqual([]);
    expect(plan.meta).toMatchObject({ signature: '某县人民政府办公室', date: '2025-01-20' });
    expect(JSON.stringify(plan.notice?.body)).toMatch(/高度重视/);
  });

  it('a copy that lost its punctuation still imports: 主送 without "：", damaged date, title with its years line (its lost "(" given back)', () => {
    const src = ['中共某县委办公室 某县人民政府办公室关于印发某县城镇化建设三年行动计划(2024―2026年)的通知', '各乡党委政府县委各部门县级国家机关各人民团体',
      '某县城镇化建设三年行动计划2024―2026)》已经县委县政府同意现印发给你们请认真贯彻执行', '中共某县委办公室', '某县人民政府办公室', '2024416',
      '某县城镇化建设三年行动计划', '2024―2026年)', '为加快城镇化进程结合实际制定本行动计划', '总体要求', '以人的城镇化为核心'].join('\n');
    const r = importPlan(src);
    if (!r.ok) throw new Error(r.error.detail);
    expect(r.value.plan.meta).toMatchObject({ title: '某县城镇化建设三年行动计划(2024―2026年)', date: '2024-04-16', signature: '中共某县委办公室、某县人民政府办公室' });
  });
});

describe('blind round 4 patterns', () => {
  it('[牵头单位：…；责任单位：…] in square brackets; "各新区、区政府各部门、…" split; a part "X牵头工作(8项)" gets X', () => {
    const src = ['区人民政府办公室关于印发2025年区政府重点工作责任分解的通知', '各新区、区政府各部门、各市级垂管单位：',
      '《2025年区政府重点工作责任分解》已经区政府同意，现印发给你们。', '2025年3月1日', '2025年区政府重点工作责任分解',
      '一、区发改局牵头工作（2项）', '1.编制重大项目清单。', '2.推进项目前期工作。',
      '二、其他重点工作', '3、开展环境卫生综合整治。[牵头单位：区卫健局；责任单位：各街办(新区)]'].join('\n');
    const r = importPlan(src);
    if (!r.ok) throw new Error(r.error.detail);
    const { plan } = r.value;
    expect(plan.meta.mainRecipients).toEqual(['各新区', '区政府各部门', '各市级垂管单位']);
    expect(plan.sections[0]).toMatchObject({ title: '区发改局牵头工作（2项）', assignee: '区发改局' });
    const m = measures(plan);
    // The part's lead unit is put on its measures that name none (their 任务分解表 rows are not empty).
    expect(m.map((i) => [i.leadUnits, i.supportUnits])).toEqual([[['区发改局'], []], [['区发改局'], []], [['区卫健局'], ['各街办(新区)']]]);
    expect(text(m[2]!)).toBe('开展环境卫生综合整治。');
    expect(r.value.report.guesses.some((g) => /2 条措施没有写责任单位/.test(g.what) && g.confidence === 0.7)).toBe(true);
  });
});

describe('blind round 5 patterns', () => {
  it('a breadcrumb with single ">" on its own line and a "下载阅读版本" link are page lines, not the title', () => {
    const src = ['您现在的位置：首页', ' > 资源库栏目 > 政务专题 > 政策机制', '下载阅读版本', '某区人民政府关于印发某区若干政策(2025年版)的通知',
      '各街道办事处：', '《某区若干政策(2025年版)》已经区政府同意，现印发给你们。', '某区人民政府', '2025年3月4日', '某区若干政策(2025年版)',
      '一、强化科技创新（由区科技局牵头）', '（一）加强创新载体建设。支持孵化器发展。'].join('\n');
    const r = importPlan(src);
    if (!r.ok) throw new Error(r.error.detail);
    expect(r.value.plan.notice?.title).toBe('某区人民政府关于印发某区若干政策(2025年版)的通知');
    expect(r.value.report.droppedLines).toEqual(expect.arrayContaining(['> 资源库栏目 > 政务专题 > 政策机制', '下载阅读版本']));
  });
});

describe('mojibake (UTF-8 text once opened as GBK and saved)', () => {
  const plan = ['某县2025年工作要点', '各乡镇人民政府，县直各单位：', '一、重点任务', '1.加强组织领导。建立工作专班。（县发改局牵头，县财政局配合）。'].join('\n');
  const garbled = (s: string) => new TextDecoder('gbk').decode(new TextEncoder().encode(s));

  it('is repaired line by line, the lost characters marked, and said in Chinese', () => {
    const r = importBytes(new TextEncoder().encode(garbled(plan)), 'garbled.txt');
    if (!r.ok) throw new Error(r.error.detail);
    const { plan: p, report } = r.value;
    // The last character of a line can lose a byte in the garbling: it is marked, not guessed.
    expect(p.meta.title).toBe('某县2025年工作要□');
    const m = measures(p);
    expect(m[0]!.leadUnits).toEqual(['县发改局']);
    expect(m[0]!.supportUnits).toEqual(['县财政局']);
    expect(report.warnings.some((w) => /4 行乱码.*已还原.*丢失/.test(w))).toBe(true);
  });

  it('leaves clean text alone', () => {
    const r = importBytes(new TextEncoder().encode(plan), 'clean.txt');
    if (!r.ok) throw new Error(r.error.detail);
    expect(r.value.report.warnings.some((w) => /乱码/.test(w))).toBe(false);
  });
});
