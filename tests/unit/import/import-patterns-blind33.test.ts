import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../main/node/import/import-file';
import { readXlsx } from '../../../main/node/import/xlsx/read-xlsx';
import { inlineRow, makeXlsx } from './helpers/make-xlsx';
import { measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 33 (docs/import.md, blind round 33): real workbooks kept by
// offices, rebuilt here as small made-up sheets of the same layout.

const sheet = (...rows: string[][]) => ({ name: 'Sheet1', xml: `<sheetData>${rows.map((r, i) => inlineRow(i + 1, r)).join('')}</sheetData>` });
const workbook = (...rows: string[][]) => makeXlsx({ sheets: [sheet(...rows)] });

function imported(bytes: Uint8Array) {
  const r = importBytes(bytes, '表.xlsx');
  if (!r.ok) throw new Error(r.error.detail);
  return r.value.plan;
}

/** A workbook of tables with no task table: imported as it is, no measures, and the report says why. */
function tablesOnly(bytes: Uint8Array) {
  const r = importBytes(bytes, '表.xlsx');
  if (!r.ok) throw new Error(r.error.detail);
  expect(measures(r.value.plan)).toEqual([]);
  expect(r.value.report.warnings.join('\n')).toContain('表格中没有找到任务表');
  return r.value.plan;
}

describe('blind round 33 patterns (workbooks kept by offices)', () => {
  it('a repair ledger whose 施工单位 names the contractor: no task table; its title row is not joined to the office under it', () => {
    const plan = tablesOnly(workbook(
      ['2025年某公司工程维修台账'],
      ['经营计划室'],
      ['序号', '送审日期', '维修项目', '施工单位', '报价（元）'],
      ['1', '2025年1月2日', '锅炉房管道更换', '某市某机电安装公司', '45000'],
      ['2', '2025年1月17日', '污水排放口改建', '某市某环保工程公司', '29000'],
    ));
    expect(plan.meta.title).toBe('2025年某公司工程维修台账');
  });

  it('承办单位 stays the unit of a task list', () => {
    const plan = imported(workbook(
      ['某县2025年民生实事任务清单'],
      ['序号', '工作任务', '承办单位', '完成时限'],
      ['1', '新建城区公厕10座', '县城管局', '2025年10月底'],
      ['2', '改造老旧小区3个', '县住建局', '2025年12月底'],
    ));
    expect(measures(plan).map((m) => m.leadUnits)).toEqual([['县城管局'], ['县住建局']]);
  });

  it('a publishing calendar (日期 | 星期 | … | 部门): its days are no tasks', () => {
    tablesOnly(workbook(
      ['月份', '日期', '星期', '主次', '栏目', '部门', '撰稿人'],
      ['一月', '1月1日', '二', '主文章', '教育观点', '课程部', ''],
      ['一月', '1月2日', '三', '主文章', '好书推荐', '', ''],
      ['一月', '1月3日', '四', '副文章', '项目解读', '文化部', ''],
    ));
  });

  it('a department\'s target form (公司目标 | 部门目标 | 实施措施): the targets column is no units column', () => {
    tablesOnly(workbook(
      ['目 标 管 理 表'],
      ['公司目标', '部门目标', '实施措施', '预计完成日期', '达成度'],
      ['1、产品不良率0.5%↓', '重大安全事故为0', '每月开展一次安全检查，及时消除隐患；', '2025年12月', ''],
      ['2、顾客满意度85%↑', '重大消防事故为0', '定期开展消防培训，随时检查消防设施；', '2025年12月', ''],
    ));
  });

  it('a form\'s caption row over its header ("部门：办公室 | 部门责任人： | 某某"): not the header', () => {
    tablesOnly(workbook(
      ['部门目标统计'],
      ['部门：办公室', '', '部门责任人：', '某某'],
      ['部门目标', '日期', '内 容', '达成度'],
      ['重大安全事故为0', '2025年1月1日', '对新员工进行安全教育，每日巡检。', '100%'],
      ['重大安全事故为0', '2025年2月1日', '对新员工进行安全教育，每日巡检。', '100%'],
    ));
    const plan = imported(workbook(
      ['某县发展改革局2025年重点工作任务清单'],
      ['填报单位：某县发展改革局', '', '填报日期：2025年3月1日'],
      ['序号', '工作任务', '责任单位', '完成时限'],
      ['1', '推进重点项目前期工作', '投资科', '2025年6月底'],
      ['2', '开展价格监测', '价格科', '2025年12月底'],
    ));
    expect(measures(plan).map((m) => [text(m).slice(0, 6), m.leadUnits])).toEqual([['推进重点项目', ['投资科']], ['开展价格监测', ['价格科']]]);
  });

  it('a sign-off row under a form ("部门主管：   管理者代表：   董事长：") is not the 主送', () => {
    const r = importBytes(workbook(
      ['目 标 管 理 表'],
      ['公司目标', '部门目标', '实施措施'],
      ['1、产品不良率0.6%↓', '重大消防事故为0', '不定期进行消防安全教育；'],
      ['2、顾客满意度80%↑', '重大安全事故为0', '定期对全厂员工进行安全教育；'],
      ['3.交货及时率98%↑'],
      ['部门主管：            管理者代表：            董事长：'],
      ['QR-14-01'],
    ), '表.xlsx');
    expect(r.ok && r.value.plan.meta.mainRecipients).toEqual([]);
  });

  it('rows of one filled cell framed like the table\'s are its last rows; an unframed line under it is a paragraph', () => {
    const styles = '<borders count="2"><border/><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/></border></borders>'
      + '<cellXfs count="2"><xf numFmtId="0" borderId="0"/><xf numFmtId="0" borderId="1"/></cellXfs>';
    const framed = (r: number, cells: string[]) => `<row r="${r}">${cells.map((t, i) => {
      const ref = `${String.fromCharCode(65 + i)}${r}`;
      return t ? `<c r="${ref}" s="1" t="inlineStr"><is><t>${t}</t></is></c>` : `<c r="${ref}" s="1"/>`;
    }).join('')}</row>`;
    const xml = `<sheetData>${inlineRow(1, ['目标管理表'])}${framed(2, ['公司目标', '部门目标', '实施措施'])}`
      + `${framed(3, ['1、产品不良率0.5%↓', '重大安全事故为0', '每月开展安全检查'])}${framed(4, ['2、顾客满意度85%↑', '', ''])}`
      + `${framed(5, ['3、交货及时率98%↑', '', ''])}${inlineRow(6, ['部门主管：        管理者代表：'])}</sheetData>`;
    const r = readXlsx(makeXlsx({ sheets: [{ name: 'S', xml }], styles }));
    if (!r.ok) throw new Error(r.error.detail);
    expect(r.value.paragraphs.map((p) => p.text)).toEqual([
      '目标管理表', '公司目标 | 部门目标 | 实施措施 |', '1、产品不良率0.5%↓ | 重大安全事故为0 | 每月开展安全检查 |',
      '2、顾客满意度85%↑ |', '3、交货及时率98%↑ |', '部门主管：        管理者代表：',
    ]);
  });
});
