import { describe, expect, it } from 'vitest';
import { parseChineseDate, parseChineseNumber } from '../../../main/common/import/chinese-number';
import { parseDocNumber, repairCitedDocNumbers } from '../../../main/common/import/doc-number';
import { fold } from '../../../main/common/import/line';
import { extractResponsibility, innerUnitGroups, parseUnitsCell } from '../../../main/common/import/responsibility';
import { splitRunInTitle } from '../../../main/common/import/run-in-title';
import { Traditional } from '../../../main/common/import/traditional';
import { stripPinyinGlosses } from '../../../main/common/import/pinyin-glosses';

describe('pinyin glosses', () => {
  it('tone-marked glosses always go; toneless ones only when a text has three or more valid syllables', () => {
    expect(stripPinyinGlosses('印發(fā)通知').text).toBe('印發通知');
    expect(stripPinyinGlosses('人民政(zheng)府(fu)區(qu)(qu)').text).toBe('人民政府區');
    // Two toneless glosses are not enough evidence; "(GMP)" and "(xyz)" are not syllables.
    expect(stripPinyinGlosses('政(zheng)府(fu)').text).toBe('政(zheng)府(fu)');
    expect(stripPinyinGlosses('規範(GMP)政(zheng)府(fu)區(qu)體(xyz)').text).toBe('規範(GMP)政府區體(xyz)');
  });
});

const responsibility: Array<{ input: string; expected: { text: string; lead: string[]; support: string[]; notation: string } | null }> = [
  { input: '加强监管。(市质监局、市工商局按职责分工负责)', expected: { text: '加强监管。', lead: ['市质监局', '市工商局'], support: [], notation: 'division' } },
  { input: '加强监管。(市质监局、市工商局按职责分工负责)。', expected: { text: '加强监管。', lead: ['市质监局', '市工商局'], support: [], notation: 'division' } },
  { input: '加强监管。（市质监局、市工商局按职责分工负责）', expected: { text: '加强监管。', lead: ['市质监局', '市工商局'], support: [], notation: 'division' } },
  { input: '完善制度。(牵头部门:旗发改委;责任部门:旗工信和科技局、统计局)', expected: { text: '完善制度。', lead: ['旗发改委'], support: ['旗工信和科技局', '统计局'], notation: 'lead-and-responsible' } },
  { input: '完善制度。（牵头单位：县市场监督管理局；责任单位：县财政局、县公安局等部门）', expected: { text: '完善制度。', lead: ['县市场监督管理局'], support: ['县财政局', '县公安局', '有关部门'], notation: 'lead-and-responsible' } },
  // 等有关部门: the list stays open — 有关部门 is kept as a unit, not dropped (it would narrow who is responsible).
  { input: '强化监管。（县市场监管局、县公安局等有关部门按职责分工负责）', expected: { text: '强化监管。', lead: ['县市场监管局', '县公安局', '有关部门'], support: [], notation: 'division' } },
  { input: '加强宣传。(县委宣传部牵头,县教育局等相关单位参与)', expected: { text: '加强宣传。', lead: ['县委宣传部'], support: ['县教育局', '相关单位'], notation: 'lead-and-participate' } },
  { input: '推进共治。(省質監局牽頭,省政府有關部門參加)', expected: { text: '推进共治。', lead: ['省質監局'], support: ['省政府有關部門'], notation: 'lead-and-participate' } },
  { input: '推进文化。(责任单位:市委宣传部、市质监局、各县区政府按职责分工负责)', expected: { text: '推进文化。', lead: ['市委宣传部', '市质监局', '各县区政府'], support: [], notation: 'division' } },
  { input: '加快升级。(省質監局、省發展改革委、省統計局)', expected: { text: '加快升级。', lead: ['省質監局', '省發展改革委', '省統計局'], support: [], notation: 'division' } },
  { input: '提供依据。市统计局、市质监局按职责分工负责)', expected: { text: '提供依据。', lead: ['市统计局', '市质监局'], support: [], notation: 'division' } },
  { input: '完善预案。市食品药品监管局、市公安局按职责分工负责', expected: { text: '完善预案。', lead: ['市食品药品监管局', '市公安局'], support: [], notation: 'division' } },
  { input: '严厉打击。(市商务局、市工商局市质监局按职责分工负责)', expected: { text: '严厉打击。', lead: ['市商务局', '市工商局', '市质监局'], support: [], notation: 'division' } },
  // Two clauses, each a list with its own verb: every group is kept.
  { input: '开展试点。（县科技局、县科协按职责分工负责，各乡镇人民政府落实）', expected: { text: '开展试点。', lead: ['县科技局', '县科协', '各乡镇人民政府'], support: [], notation: 'division' } },
  { input: '推进建设。（各乡镇人民政府落实）', expected: { text: '推进建设。', lead: ['各乡镇人民政府'], support: [], notation: 'division' } },
  { input: '完成任务。（按要求落实）', expected: null },
  { input: '开展检查(GMP)。', expected: null },
  { input: '合格率达到85%(达到或优于Ⅲ类)。', expected: null },
  { input: '没有任何注释的措施。', expected: null },
];

describe('responsibility annotations become data', () => {
  for (const { input, expected } of responsibility) {
    it(input, () => {
      const r = extractResponsibility(input, fold(input));
      if (expected === null) {
        expect(r).toBeNull();
        return;
      }
      expect(r && { text: r.text, lead: r.leadUnits, support: r.supportUnits, notation: r.notation }).toEqual(expected);
    });
  }

  it('names kept apart by spaces in a copy that lost its 、 separate only when every piece is a unit', () => {
    const spaced = '建立制度。（牵头单位：县发改局  县财政局；配合单位：县教育局 各乡镇人民政府）';
    expect(extractResponsibility(spaced, fold(spaced))).toMatchObject({ leadUnits: ['县发改局', '县财政局'], supportUnits: ['县教育局', '各乡镇人民政府'] });
    const notUnits = '建立制度。（牵头单位：县发改局 负责统筹）';
    expect(extractResponsibility(notUnits, fold(notUnits))?.leadUnits).not.toEqual(['县发改局', '负责统筹']);
  });

  it('a copy cut inside a name\'s bracket ("各镇乡(" for 各镇乡(街道)) keeps the name before the open bracket', () => {
    // A task table's units cell at the end of a cut copy.
    const cell = '▲招商中心,各部门,各镇乡(';
    expect(parseUnitsCell(cell, fold(cell))?.lead).toEqual(['招商中心', '各部门', '各镇乡']);
    // …and inside a pinyin gloss ("區質監(jiān)局" cut after "(ji").
    const gloss = '區財政局,區質監(ji';
    expect(parseUnitsCell(gloss, fold(gloss))?.lead).toEqual(['區財政局', '區質監']);
    const whole = '开展招商选资竞赛活动。（招商中心、各镇乡(街道)按职责分工负责）';
    expect(extractResponsibility(whole, fold(whole))?.leadUnits).toEqual(['招商中心', '各镇乡(街道)']);
  });

  it('reads a deadline field', () => {
    const input = '建立制度。(牵头单位:县市场监督管理局;责任单位:县财政局;完成时限:2019年12月底前)';
    expect(extractResponsibility(input, fold(input))?.deadline).toBe('2019年12月底前');
  });
});

describe('发文字号', () => {
  const cases: Array<{ input: string; expected: { docNumber: string | null; damaged: boolean; trailing: string | null } | null }> = [
    { input: '鄂前政发〔2019〕20号', expected: { docNumber: '鄂前政发〔2019〕20号', damaged: false, trailing: null } },
    { input: '天质组发[2017]1号', expected: { docNumber: '天质组发〔2017〕1号', damaged: false, trailing: null } },
    { input: '天政发〔201388号', expected: { docNumber: '天政发〔2013〕88号', damaged: true, trailing: null } },
    { input: '鄂前政发〔201920    816', expected: { docNumber: '鄂前政发〔2019〕20号', damaged: true, trailing: '816' } },
    { input: '各镇人民政府:', expected: null },
  ];
  for (const { input, expected } of cases) {
    it(input, () => {
      const r = parseDocNumber(input);
      expect(r && { docNumber: r.docNumber, damaged: r.damaged, trailing: r.trailing }).toEqual(expected);
    });
  }

  it('repairs damaged 文号 cited in running text, and reports each repair', () => {
    const r = repairCitedDocNumbers('《意见》(天政发〔201388号)、《方案》(天政发〔201718精神,(国发〔2012〕9号)');
    expect(r.text).toBe('《意见》(天政发〔2013〕88号)、《方案》(天政发〔2017〕18号精神,(国发〔2012〕9号)');
    expect(r.repairs).toHaveLength(2);
  });
});

describe('dates, numerals, traditional characters', () => {
  const dates = [
    { input: '2014年7月1日', expected: '2014-07-01' },
    { input: '二〇一九年八月十六日', expected: '2019-08-16' },
    { input: '2019年13月1日', expected: null },
    { input: '2014年7月', expected: null },
  ];
  for (const { input, expected } of dates) it(`date ${input}`, () => expect(parseChineseDate(input)).toBe(expected));

  const numerals = [{ input: '十五', expected: 15 }, { input: '二十四', expected: 24 }, { input: '一百零一', expected: 101 }, { input: '三', expected: 3 }];
  for (const { input, expected } of numerals) it(`numeral ${input}`, () => expect(parseChineseNumber(input)).toBe(expected));

  it('folds traditional characters one for one and counts them', () => {
    expect(Traditional.fold('按職責分工負責')).toBe('按职责分工负责');
    expect(Traditional.scan('省質監局牽頭').count).toBe(4);
    expect(Traditional.scan('甘肃省著名商标、市质监局').count).toBe(0);
  });
});

describe('run-in titles', () => {
  const cases = [
    { input: '扎实推进示范城市创建工作。按照创建方案要求……', expected: { lead: '扎实推进示范城市创建工作。', guessed: false } },
    { input: '健全质量发展工作机制建立健全质量安全、质量发展配套工作机制,有序实施规划。', expected: { lead: '健全质量发展工作机制', guessed: true } },
    { input: '推动企业质量技术创新加大企业质量技术改造支持力度。完善技术改造贴息等激励政策。', expected: { lead: '推动企业质量技术创新', guessed: true } },
    { input: '推动消费品工业增品种、提品质、创品牌。深入开展“三品”专项行动。', expected: { lead: '推动消费品工业增品种、提品质、创品牌。', guessed: false } },
    { input: '组织、推动、指导、监督旗长质量奖评定活动的开展,决定重大事项。', expected: { lead: null, guessed: false } },
  ];
  for (const { input, expected } of cases) {
    it(input.slice(0, 12), () => {
      const r = splitRunInTitle(input, fold(input));
      expect({ lead: r.lead, guessed: r.guessed }).toEqual(expected);
      expect((r.lead ?? '') + r.body).toBe(input);
    });
  }
});

describe('notes inside a measure', () => {
  const groups = (t: string) => innerUnitGroups(t, fold(t));

  it('a bracketed group of people after a noun is its other name, not a unit ("家庭医生（团队）")', () => {
    expect(groups('预留30%的号源给基层医疗卫生机构的家庭医生（团队）。成立双向转诊管理中心（市卫生健康委牵头）。')).toEqual([{ lead: ['市卫生健康委'], support: [] }]);
    // A named team keeps being read as a unit.
    expect(groups('开展联合检查（区综合执法大队）。完善机制（区应急局负责）。')).toEqual([{ lead: ['区综合执法大队'], support: [] }, { lead: ['区应急局'], support: [] }]);
  });
});

describe('a bureau\'s divisions as units', () => {
  const units = (t: string) => {
    const r = extractResponsibility(t, fold(t));
    return r ? [r.leadUnits, r.supportUnits] : null;
  };

  it('reads "X科牵头，各所按职责分工负责" as a 处 is read', () => {
    expect(units('对辖区燃气具生产企业开展全覆盖检查。（区局特种设备安全监察科牵头，各市场监管所按职责分工负责）')).toEqual([['区局特种设备安全监察科'], ['各市场监管所']]);
    expect(units('对辖区燃气具生产企业开展全覆盖检查。（区局特种设备安全监察处牵头，各市场监管所按职责分工负责）')).toEqual([['区局特种设备安全监察处'], ['各市场监管所']]);
  });

  it('leaves a field of study alone: "重点学科" in brackets names no unit', () => {
    expect(innerUnitGroups('支持医院建设（重点学科）。完善机制（区卫健委负责）。', fold('支持医院建设（重点学科）。完善机制（区卫健委负责）。'))).toEqual([{ lead: ['区卫健委'], support: [] }]);
  });
});
