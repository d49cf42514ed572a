import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildTaskTableXlsx } from '../../../main/common/docx/task-table/task-table-xlsx';
import { importPlan } from '../../../main/common/import/import-plan';
import { Plan } from '../../../main/common/model/plan';
import { importBytes } from '../../../main/node/import/import-file';
import { readXlsx } from '../../../main/node/import/xlsx/read-xlsx';
import { docxOf, documentXml, paragraphXml } from './helpers/hostile-docx';
import { SEED_NAMES, seedText } from './helpers/seeds';

const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/excel/${name}`, import.meta.url))));
const texts = (bytes: Uint8Array) => {
  const r = readXlsx(bytes);
  if (!r.ok) throw new Error(r.error.detail);
  return r.value.paragraphs.map((p) => p.text);
};

describe('a 任务分解表 kept in Excel (saved by LibreOffice Calc)', () => {
  const bytes = fixture('qinghe-task-table.xlsx');

  it('reads as a document: the title and the 注 as paragraphs, the rows as table lines, merged cells beside each row', () => {
    expect(texts(bytes)).toEqual([
      '青禾县2025年质量强县工作任务分解表',
      '序号 | 重点任务 | 具体措施 | 牵头单位 | 配合单位 | 完成时限 |',
      '一、夯实质量基础 |',
      '1 | 完善计量标准体系 | 新建社会公用计量标准3项，开展计量器具强制检定 | 县市场监管局 | 县财政局、县科技局 | 2025年6月底前 |',
      '2 | 完善计量标准体系 | 推动企业主导或参与制定团体标准5项以上 | 县市场监管局 | 县工业和信息化局 | 2025年12月底前 |',
      '二、提升产品质量 |',
      '3 | 开展质量提升行动 | 组织规上企业开展首席质量官培训，覆盖率达到90% | 县工业和信息化局 | 各乡镇人民政府 | 2025-06-30 |',
      // Two names on two lines of one cell (Alt+Enter) stay two names.
      '4 | 强化农产品质量安全 | 农产品质量安全例行监测合格率稳定在98%以上 | 县农业农村局 | 县市场监管局、各乡镇人民政府 | 2025年11月底前 |',
      '注：牵头单位为第一责任单位，配合单位按职责分工负责。',
    ]);
  });

  it('imports as a plan: each row a measure with its lead and partner units and deadline, the report says it was a workbook', () => {
    const r = importBytes(bytes, '青禾县任务分解表.xlsx');
    if (!r.ok) throw new Error(r.error.detail);
    expect(r.value.plan.meta.title).toBe('青禾县2025年质量强县工作任务分解表');
    const measures = Plan.measures(r.value.plan).map(({ item }) => ({ lead: item.leadUnits, support: item.supportUnits, deadline: item.deadline }));
    expect(measures).toEqual([
      { lead: ['县市场监管局'], support: ['县财政局', '县科技局'], deadline: '2025年6月底前' },
      { lead: ['县市场监管局'], support: ['县工业和信息化局'], deadline: '2025年12月底前' },
      { lead: ['县工业和信息化局'], support: ['各乡镇人民政府'], deadline: '2025-06-30' },
      { lead: ['县农业农村局'], support: ['县市场监管局', '各乡镇人民政府'], deadline: '2025年11月底前' },
    ]);
    expect(r.value.report.recognised.join('\n')).toContain('原文是 Excel 表格（.xlsx），已按行读取工作表：Sheet1');
  });

  it('its group rows "一、…" "二、…" become the plan\'s parts, each holding the tasks under it', () => {
    const r = importBytes(bytes, '青禾县任务分解表.xlsx');
    if (!r.ok) throw new Error(r.error.detail);
    const plan = r.value.plan;
    expect(plan.sections.map((s) => [s.title, s.kind, s.body.filter((b) => b.type === 'item').length])).toEqual([['夯实质量基础', 'measures', 2], ['提升产品质量', 'measures', 2]]);
    expect(plan.preamble).toEqual([]);
    expect(r.value.report.guesses.map((g) => g.what).join('\n')).toContain('分组行“一、”“二、”……按 2 个部分导入');
  });

  it('is read as a workbook whatever its name says; a .docx named .xlsx is read as a document', () => {
    const asDocx = importBytes(bytes, '任务分解表.docx');
    expect(asDocx.ok && Plan.measures(asDocx.value.plan).length).toBe(4);
    const doc = importBytes(docxOf(documentXml(paragraphXml('某县2025年质量工作要点') + paragraphXml('1.加强计量监管。（责任单位：县市场监管局）'))), '要点.xlsx');
    expect(doc.ok && Plan.measures(doc.value.plan).map(({ item }) => item.leadUnits)).toEqual([['县市场监管局']]);
  });
});

describe("the app's own 任务分解表 (.xlsx) imports back", () => {
  for (const name of SEED_NAMES) {
    it(`${name}: the same measures, texts and units in the same order`, () => {
      const first = importPlan(seedText(name));
      if (!first.ok) throw new Error(first.error.detail);
      const again = importBytes(buildTaskTableXlsx(first.value.plan), '任务分解表.xlsx');
      if (!again.ok) throw new Error(again.error.detail);
      // A task paragraph that is all its group holds is named by the group's heading (Plan.groupTitle), as its row is.
      const shape = (p: Plan) => Plan.measures(p).map((l) => ({ text: (Plan.groupTitle(l) ?? '') + l.item.children.map((c) => c.text).join(''), lead: l.item.leadUnits, support: l.item.supportUnits }));
      const before = shape(first.value.plan);
      expect(before.length).toBeGreaterThan(0);
      expect(shape(again.value.plan).map((m) => ({ lead: m.lead, support: m.support }))).toEqual(before.map((m) => ({ lead: m.lead, support: m.support })));
      // The table prints each measure's text; the run-in title's full stop is the only thing allowed to move.
      const norm = (t: string) => t.replace(/[。；;\s]/g, '');
      expect(shape(again.value.plan).map((m) => norm(m.text))).toEqual(before.map((m) => norm(m.text)));
    });
  }
});
