import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../../main/node/import/mojibake';
import { items, load, measures, text } from './pattern-fixtures';

const targets = (plan: Parameters<typeof items>[0]) => items(plan).filter((i) => i.role === 'target');
const units = (plan: Parameters<typeof items>[0]) => measures(plan).map((m) => [m.leadUnits, m.supportUnits]);

// Patterns behind the misses of blind round 10 (docs/import.md), in made-up texts of the same style.
describe('blind round 10 patterns', () => {
  it('a hand-over sentence quoting other documents first names the plan in the 《》 its verb follows; the notice\'s 一、二、 are not measures', () => {
    const { plan } = load('blind10-hands-over-quotes');
    expect(plan.meta.title).toBe('某市推进制造业高质量发展分工落实方案');
    expect(plan.meta.signature).toBe('');
    expect(plan.meta.mainRecipients).toEqual(['各县区人民政府 (管委会)', '市政府各部门、各直属机构']);
    expect(measures(plan).map((m) => text(m))).toEqual(['制造业增加值占地区生产总值比重稳步提高。', '新培育专精特新中小企业50家以上。']);
  });

  it('"A牵头，B、C等参与，D负责落实。以下均需D落实，不再列出": B, C and D take part, and D in every later measure', () => {
    const { plan } = load('blind10-participate-rule');
    expect(units(plan)).toEqual([
      [['市生态环境局'], ['市发改委', '市经信局', '县(市、区)政府']],
      [['市经信局'], ['市应急管理局', '市市场监管局', '县(市、区)政府']],
    ]);
  });

  it('a bracketed 成文日期 above the 文号; bulleted indicator lines under a task are its targets', () => {
    const { plan } = load('blind10-gazette-date-bullet');
    expect(plan.meta.date).toBe('2009-03-02');
    expect(plan.meta.title).toBe('2009年政府工作目标任务分解');
    expect(targets(plan).map((t) => text(t))).toEqual(['▲增加值可比增长10%左右。', '▲地方财政收入增长8%。']);
    expect(measures(plan).map((m) => [text(m), m.leadUnits])).toEqual([
      ['加强经济运行监测,确保完成主要指标。', ['发改委', '统计局']],
      ['加快重大项目建设。', ['发改委']],
    ]);
  });

  it('a measure whose sentences each close with their own list of units gets every unit', () => {
    const { plan } = load('blind10-unit-groups');
    expect(measures(plan).map((m) => [...m.leadUnits, ...m.supportUnits])).toEqual([
      ['区市场局', '区政务服务中心', '区大数据中心'],
      ['区建设管理委', '区规划资源局'],
    ]);
  });

  it('a page that lost its line breaks and spaces: split after a sentence or a units note before a number, the title cut from its opening sentence', () => {
    const { plan, report } = load('blind10-run-together');
    expect(plan.meta.title).toBe('某县2019年政务公开工作要点实施方案');
    expect(measures(plan).map((m) => [text(m).slice(0, 8), m.leadUnits, m.supportUnits])).toEqual([
      ['坚持以公开为常态', ['县政府办公室'], []],
      ['推进重大行政决策', ['县司法局'], ['县直各部门']],
    ]);
    expect(report.recognised.some((r) => /连成了一行/.test(r))).toBe(true);
  });

  it('"(文号)notice title" gives the 文号; "(二)任务指标" under 工作目标 lists targets though it names 任务', () => {
    const { plan } = load('blind10-docnumber-before-title');
    expect(plan.notice?.title).toBe('区人民政府关于印发某区全民健身实施计划(2017—2020年)的通知');
    expect(plan.meta.docNumber).toMatchObject({ agency: '某政发', year: 2017, serial: 9 });
    expect(targets(plan).map((t) => text(t))).toEqual(['经常参加体育锻炼的人数比例达到35%以上', '每千人拥有社会体育指导员2名以上']);
    expect(measures(plan).map((m) => text(m))).toEqual(['建设健身设施。新建社区健身广场10个。']);
  });

  it('a （n） line cut where the copy ends, after a run-in measure of its part, is a measure, not an empty heading', () => {
    const { plan, report } = load('blind10-cut-heading');
    expect(measures(plan).map((m) => text(m))).toEqual([
      '深入推进重点领域信息公开。及时公开重大项目、重大平台、全面深化改革等信息,做好助企纾困政策信息公开。',
      '深入推进教育、科技、人才支撑信',
    ]);
    expect(plan.sections[0]!.sections).toEqual([]);
    expect(report.guesses.some((g) => /原文可能在此截断/.test(g.what))).toBe(true);
  });

  it('GBK read a byte off after an indent, in traditional characters, completed by the byte read as ASCII, comes back whole', () => {
    // " ?。ㄒ唬┩晟剖袌鰷嗜霗C制行動。" is "（一）完善市場準入機制行動。" read one byte off; 機 (99 43) ends in "C".
    const r = repairMojibake(' ?。ㄒ唬┩晟剖袌鰷嗜霗C制行動。依托企業登記在線系統');
    expect(r.text).toBe('（一）完善市場準入機制行動。依托企業登記在線系統');
    expect(r.shifted).toBe(1);
    // A clean traditional line is left alone.
    expect(repairMojibake('（一）完善市場準入機制行動。').text).toBe('（一）完善市場準入機制行動。');
  });
});
