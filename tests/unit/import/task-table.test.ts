import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../main/common/import/import-plan';
import { Item } from '../../../main/common/model/item';
import { Plan } from '../../../main/common/model/plan';
import { importBytes } from '../../../main/node/import/import-file';
import { docxOf, documentXml, paragraphXml } from './helpers/hostile-docx';

const BODY_TABLE = [
  ['序号', '工作任务', '具体措施', '牵头单位', '配合单位', '完成时限'],
  ['', '一、农村厕所革命', '', '', '', ''],
  ['1', '农村厕所改造', '新改建户厕1000座', '县农业农村局', '各乡镇人民政府', '2024年10月底'],
  ['2', '生活垃圾治理', '建立收运处置体系。', '县住建局', '县财政局、县生态环境分局', '2024年12月底'],
  ['', '合计', '2项', '', '', ''],
];

function expectBodyTableMeasures(plan: Plan): void {
  const s = plan.sections[0]!;
  expect(s.body.map((b) => b.type)).toEqual(['paragraph', 'item', 'item', 'paragraph']);
  const m = Plan.measures(plan).map((l) => l.item);
  expect(m.map((i) => [Item.leadText(i), Item.bodyText(i), i.leadUnits, i.supportUnits, i.deadline])).toEqual([
    ['农村厕所改造。', '新改建户厕1000座。', ['县农业农村局'], ['各乡镇人民政府'], '2024年10月底'],
    ['生活垃圾治理。', '建立收运处置体系。', ['县住建局'], ['县财政局', '县生态环境分局'], '2024年12月底'],
  ]);
}

const PLAN = [
  '某某县质量提升行动方案',
  '一、主要任务',
  '1.提升产品质量。开展质量提升行动。',
  '2.提升工程质量。落实工程质量责任。',
  '3.提升服务质量。推进服务标准化。（县商务局牵头，县文化和旅游局参加）',
];

describe('task tables', () => {
  it('rows as lines with 序号/牵头/责任/时限 columns (as read from .docx) fill units and deadlines', () => {
    const text = [...PLAN,
      '附件：某某县质量提升行动任务分解表',
      '序号 | 工作任务 | 主要内容 | 牵头单位 | 责任单位 | 完成时限 |',
      '1 | 提升产品质量 | 开展质量提升行动 | 县市场监督管理局 | 县工业和信息化局、县发展和改革局 | 2026年12月底前 |',
      '2 | 稳步提升工程质量 | 落实工程质量责任 | 县住房和城乡建设局 | 县交通运输局 | 2026年10月底前 |',
      '3 | 提升服务质量 | 推进服务标准化 | 县市场监督管理局 | | |',
    ].join('\n');
    const r = importPlan(text);
    if (!r.ok) throw new Error(r.error.detail);
    const measures = Plan.measures(r.value.plan).map((l) => l.item);
    expect(measures.map((m) => [Item.leadText(m), m.leadUnits, m.supportUnits, m.deadline])).toEqual([
      ['提升产品质量。', ['县市场监督管理局'], ['县工业和信息化局', '县发展和改革局'], '2026年12月底前'],
      ['提升工程质量。', ['县住房和城乡建设局'], ['县交通运输局'], '2026年10月底前'],
      // The measure's own annotation wins over the table; the difference is reported.
      ['提升服务质量。', ['县商务局'], ['县文化和旅游局'], null],
    ]);
    expect(r.value.plan.attachments).toEqual([{ id: expect.any(String), title: '某某县质量提升行动任务分解表', kind: 'task-table' }]);
    expect(r.value.report.warnings.some((w) => w.includes('提升服务质量') && w.includes('不同'))).toBe(true);
  });

  it('a table that does not match the measures stays a table attachment, and gives no units', () => {
    const text = [...PLAN, '附件：联系人名单', '单位 |', '联系人 |', '电话 |', '县市场监督管理局 |', '张三 |', '12345 |'].join('\n');
    const r = importPlan(text);
    if (!r.ok) throw new Error(r.error.detail);
    const a = r.value.plan.attachments[0]!;
    expect(a.kind).toBe('table');
    expect(a.kind === 'table' && a.body[0]?.type).toBe('table');
    expect(Plan.measures(r.value.plan)[0]!.item.leadUnits).toEqual([]);
  });

  it('every column is data: 主要内容 sentences the measure lacks are added to its text, other columns as "列名：值"', () => {
    const text = [...PLAN,
      '附件：某某县质量提升行动任务分解表',
      '工作任务\t主要内容\t推广范围\t责任单位',
      '提升产品质量\t开展质量提升行动。到2026年，规上企业产品抽检合格率不低于95%。\t全县\t县市场监督管理局',
      '提升工程质量\t落实工程质量责任。\t\t县住房和城乡建设局',
      '提升服务质量\t推进服务标准化；网上可办率不低于80%。\t城区\t县商务局',
    ].join('\n');
    const r = importPlan(text);
    if (!r.ok) throw new Error(r.error.detail);
    const measures = Plan.measures(r.value.plan).map((l) => l.item);
    expect(measures.map((m) => Item.bodyText(m))).toEqual([
      '开展质量提升行动。到2026年，规上企业产品抽检合格率不低于95%。推广范围：全县。',
      '落实工程质量责任。',
      '推进服务标准化。网上可办率不低于80%。推广范围：城区。',
    ]);
    expect(measures.map((m) => m.leadUnits)).toEqual([['县市场监督管理局'], ['县住房和城乡建设局'], ['县商务局']]);
    expect(r.value.report.recognised.concat(r.value.report.warnings).some((w) => /接在 2 条措施正文之后/.test(w))).toBe(true);
  });

  it('a task table in the body (.txt TAB rows): each row is a measure; group and 合计 rows stay text', () => {
    const text = ['某县2024年农村人居环境整治工作方案', '一、重点任务', ...BODY_TABLE.map((r) => r.join('\t')), '二、保障措施', '加强组织领导。'].join('\n');
    const r = importPlan(text);
    if (!r.ok) throw new Error(r.error.detail);
    expectBodyTableMeasures(r.value.plan);
    expect(r.value.report.guesses.some((g) => /按任务表读取：2 行/.test(g.what))).toBe(true);
  });

  it('the same table as a Word table in a .docx reads the same', () => {
    const cell = (t: string) => `<w:tc>${paragraphXml(t)}</w:tc>`;
    const table = `<w:tbl>${BODY_TABLE.map((r) => `<w:tr>${r.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
    const xml = documentXml([paragraphXml('某县2024年农村人居环境整治工作方案'), paragraphXml('一、重点任务'), table, paragraphXml('二、保障措施'), paragraphXml('加强组织领导。')].join(''));
    const r = importBytes(docxOf(xml), 'plan.docx');
    if (!r.ok) throw new Error(r.error.detail);
    expectBodyTableMeasures(r.value.plan);
  });

  it('a table in the body without a units column stays a table', () => {
    const text = ['某县2024年工作方案', '一、重点任务', '指标\t2023年\t2024年', '粮食产量\t10万吨\t11万吨', '二、保障措施', '加强组织领导。'].join('\n');
    const r = importPlan(text);
    if (!r.ok) throw new Error(r.error.detail);
    expect(r.value.plan.sections[0]!.body.map((b) => b.type)).toEqual(['table']);
    expect(Plan.measures(r.value.plan)).toEqual([]);
  });

  it('a notice whose plan is its task table (no measure in the text): the rows become the measures', () => {
    const text = readFileSync(path.join(__dirname, '../../fixtures/import-patterns/table-is-plan.txt'), 'utf8');
    const r = importPlan(text);
    if (!r.ok) throw new Error(r.error.detail);
    const m = Plan.measures(r.value.plan).map((l) => l.item);
    expect(m.map((i) => [Item.leadText(i), i.leadUnits, i.supportUnits, i.deadline])).toEqual([
      ['地区生产总值增长6%左右。', ['县发改局'], ['各乡镇人民政府'], '2024年12月底'],
      ['新建高标准农田3万亩。', ['县农业农村局'], ['县财政局', '各乡镇人民政府'], '2024年10月底'],
    ]);
    expect(r.value.plan.meta.title).toBe('2024年县政府重点工作任务分解表');
    expect(r.value.report.guesses.some((g) => /按任务表读取：2 行/.test(g.what))).toBe(true);
  });

  it('the same table after a "附件：" line of its own: rows become measures, the attachment is the generated task table', () => {
    const text = ['某县2024年重点工作方案', '一、总体要求', '全面完成年度目标任务。', '附件：2024年重点工作任务分解表',
      '序号\t重点工作\t牵头单位\t完成时限', '1\t新建高标准农田3万亩\t县农业农村局\t2024年10月底', '2\t新增市场主体2000户\t县市场监管局\t2024年12月底'].join('\n');
    const r = importPlan(text);
    if (!r.ok) throw new Error(r.error.detail);
    expect(Plan.measures(r.value.plan).map((l) => [Item.leadText(l.item), l.item.leadUnits])).toEqual([
      ['新建高标准农田3万亩。', ['县农业农村局']], ['新增市场主体2000户。', ['县市场监管局']],
    ]);
    expect(r.value.plan.sections.map((s) => s.title)).toEqual(['总体要求', '2024年重点工作任务']);
    expect(r.value.plan.attachments).toEqual([{ id: expect.any(String), title: '2024年重点工作任务分解表', kind: 'task-table' }]);
    expect(r.value.report.warnings.some((w) => /2 行作为措施导入正文/.test(w))).toBe(true);
  });
});

describe('a units column names units even when they do not end like an office', () => {
  it('reads every name of the cell; a cell of prose names none', () => {
    const lines = [
      '某某县2024年环境整治任务分解表',
      '序号 | 工作任务 | 责任单位 |',
      '1 | 建立危险废物全过程监管体系 | 区环保局、各镇、街道、工业园区 |',
      '2 | 推进园区整合提升 | 新材料产业园、县(市、区)政府 |',
      '3 | 落实属地管理责任 | 各地按要求落实到位 |',
    ];
    const r = importPlan(lines.map((text) => ({ text })));
    if (!r.ok) throw new Error(r.error.detail);
    expect(Plan.measures(r.value.plan).map((l) => l.item.leadUnits)).toEqual([
      ['区环保局', '各镇', '街道', '工业园区'], ['新材料产业园', '县(市、区)政府'], [],
    ]);
  });
});
