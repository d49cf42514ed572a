import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../main/common/import/import-plan';
import { Item } from '../../../main/common/model/item';
import { Plan } from '../../../main/common/model/plan';
import { ListNumbering } from '../../../main/node/import/list-numbering';
import { paragraphStyles } from '../../../main/node/import/docx-styles';
import { docxParagraphs } from '../../../main/node/import/read-docx';

const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const cell = (text: string | string[], tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${(Array.isArray(text) ? text : [text]).map(p).join('')}</w:tc>`;
const row = (cells: string[], trPr = '') => `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells.join('')}</w:tr>`;
const doc = (...blocks: string[]) => `<w:document><w:body>${p('某县2026年质量强县工作任务分解表')}${blocks.join('')}</w:body></w:document>`;
const table = (...rows: string[]) => `<w:tbl>${rows.join('')}</w:tbl>`;
const lines = (xml: string) => docxParagraphs(xml, ListNumbering.parse(null), paragraphStyles(null)).map((x) => x.text);
const START = '<w:vMerge w:val="restart"/>';
const ON = '<w:vMerge/>';

describe('Word tables: merged cells read as the reader sees them', () => {
  it('a 责任单位 cell merged down over several tasks gives each task its units', () => {
    const xml = doc(table(
      row([cell('序号'), cell('工作任务'), cell('责任单位'), cell('完成时限')]),
      row([cell('1'), cell('开展质量提升行动。'), cell('县市场监管局', START), cell('2026年12月')]),
      row([cell('2'), cell('推进标准化试点建设。'), cell('', ON), cell('2026年10月')]),
      row([cell('3'), cell('加强计量基础设施建设。'), cell('县工信局'), cell('2026年12月')]),
    ));
    const r = importPlan(docxParagraphs(xml, ListNumbering.parse(null), paragraphStyles(null)));
    if (!r.ok) throw new Error(r.error.detail);
    expect(Plan.measures(r.value.plan).map((l) => [Item.leadText(l.item), l.item.leadUnits])).toEqual([
      ['开展质量提升行动。', ['县市场监管局']], ['推进标准化试点建设。', ['县市场监管局']], ['加强计量基础设施建设。', ['县工信局']],
    ]);
  });

  it('columns are counted on the grid: a spanning cell or a row\'s left-out columns keep a merged cell in its column', () => {
    const xml = doc(table(
      row([cell('类别'), cell('序号'), cell('任务'), cell('牵头单位')]),
      row([cell('质量基础', START), cell('1'), cell('培育品牌。'), cell('县市场监管局', START)]),
      row([cell('', ON), cell('说明：以下两项合并推进', '<w:gridSpan w:val="2"/>'), cell('', ON)]),
      row([cell('2'), cell('推进标准化。'), cell('县工信局')], '<w:gridBefore w:val="1"/>'),
    ));
    expect(lines(xml).slice(1)).toEqual([
      '类别 | 序号 | 任务 | 牵头单位 |',
      '质量基础 | 1 | 培育品牌。 | 县市场监管局 |',
      '质量基础 | 说明：以下两项合并推进 | 县市场监管局 |',
      '2 | 推进标准化。 | 县工信局 |',
    ]);
  });

  it('a merge ends at a cell that is not merged, and a new table starts with no merge above', () => {
    const xml = doc(
      table(row([cell('1'), cell('甲任务。'), cell('县发改局', START)]), row([cell('2'), cell('乙任务。'), cell('县财政局')]), row([cell('3'), cell('丙任务。'), cell('', ON)])),
      table(row([cell('1'), cell('丁任务。'), cell('', ON)])),
    );
    expect(lines(xml).slice(1)).toEqual(['1 | 甲任务。 | 县发改局 |', '2 | 乙任务。 | 县财政局 |', '3 | 丙任务。 |  |', '1 | 丁任务。 |  |']);
  });
});

describe('Word tables: a cell of several paragraphs', () => {
  it('units typed one per paragraph stay names of their own; other text runs on', () => {
    const xml = doc(table(
      row([cell('序号'), cell('工作任务'), cell('责任单位')]),
      row([cell('1'), cell(['推进民生计量，', '开展诚信计量示范。']), cell(['县市场监管局', '各乡镇人民政府'])]),
    ));
    expect(lines(xml)[2]).toBe('1 | 推进民生计量，开展诚信计量示范。 | 县市场监管局、各乡镇人民政府 |');
    const r = importPlan(docxParagraphs(xml, ListNumbering.parse(null), paragraphStyles(null)));
    if (!r.ok) throw new Error(r.error.detail);
    expect(Plan.measures(r.value.plan).map((l) => l.item.leadUnits)).toEqual([['县市场监管局', '各乡镇人民政府']]);
  });
});

describe('Word tables: a heading wrapped by hand in a narrow column', () => {
  it('runs on ("责任" / "单位" is 责任单位), while short names one a paragraph are a list', () => {
    const xml = doc(table(
      row([cell('序号'), cell(['工作', '任务']), cell(['牵头', '单位']), cell(['配合单位', '（部门）'])]),
      row([cell('1'), cell('建设产业园区。'), cell(['县政府园区发展服务中心']), cell(['新材料产业园', '食品产业园'])]),
    ));
    expect(lines(xml).slice(1)).toEqual(['序号 | 工作任务 | 牵头单位 | 配合单位（部门） |', '1 | 建设产业园区。 | 县政府园区发展服务中心 | 新材料产业园、食品产业园 |']);
    const r = importPlan(docxParagraphs(xml, ListNumbering.parse(null), paragraphStyles(null)));
    if (!r.ok) throw new Error(r.error.detail);
    expect(Plan.measures(r.value.plan).map((l) => [l.item.leadUnits, l.item.supportUnits])).toEqual([[['县政府园区发展服务中心'], ['新材料产业园', '食品产业园']]]);
  });

  it('names of three characters, and a name holding 牵头, are names too', () => {
    const xml = doc(table(
      row([cell('序号'), cell('工作任务'), cell('牵头单位'), cell('配合单位')]),
      row([cell('1'), cell('加强组织领导。'), cell('市委组织部'), cell(['各项目牵头单位', '各区', '县级市'])]),
      row([cell('2'), cell('培养农村实用人才。'), cell('市农业局'), cell(['市科协', '各有关区'])]),
    ));
    const r = importPlan(docxParagraphs(xml, ListNumbering.parse(null), paragraphStyles(null)));
    if (!r.ok) throw new Error(r.error.detail);
    expect(Plan.measures(r.value.plan).map((l) => l.item.supportUnits)).toEqual([['各项目牵头单位', '各区', '县级市'], ['市科协', '各有关区']]);
  });
});

describe('Word tables used for layout (one cell a row)', () => {
  it('a body set in a frame of one column reads as its paragraphs, labels, bold titles and all', () => {
    const bold = (label: string, title: string, rest: string) => `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>${label}${title}</w:t></w:r><w:r><w:t>${rest}</w:t></w:r></w:p>`;
    const body = [p('某县2026年质量强县工作要点'), p('一、主要任务'), bold('（一）', '强化标准引领。', '推进标准化试点。（县市场监管局负责）'), bold('（二）', '夯实计量基础。', '开展计量惠民。（县工信局负责）')];
    const framed = doc(table(row([`<w:tc>${body.join('')}</w:tc>`])));
    const plain = `<w:document><w:body>${body.join('')}</w:body></w:document>`;
    const read = (xml: string) => docxParagraphs(xml, ListNumbering.parse(null), paragraphStyles(null));
    expect(read(framed).slice(1)).toEqual(read(plain));
    expect(read(framed)[4]).toEqual({ text: '（二）夯实计量基础。开展计量惠民。（县工信局负责）', bold: '（二）夯实计量基础。' });
  });

  it('a 版记 of one column gives its lines; a task table inside a layout frame keeps its rows', () => {
    const inner = table(row([cell('序号'), cell('工作任务'), cell('责任单位')]), row([cell('1'), cell('培育品牌。'), cell('县市场监管局')]));
    const xml = doc(table(row([`<w:tc>${p('附件')}${inner}</w:tc>`])), table(row([cell('抄送：县委办，县人大办。')]), row([cell('县人民政府办公室 2026年3月1日印发')])));
    expect(lines(xml).slice(1)).toEqual(['附件', '序号 | 工作任务 | 责任单位 |', '1 | 培育品牌。 | 县市场监管局 |', '抄送：县委办，县人大办。', '县人民政府办公室 2026年3月1日印发']);
  });

  it('a task table inside a cell of a table of two columns (a form-like frame) keeps its rows and its units', () => {
    const inner = table(row([cell('序号'), cell('工作任务'), cell('牵头单位')]), row([cell('1'), cell('培育品牌。'), cell('县市场监管局')]), row([cell('2'), cell('推进标准化。'), cell('县工信局')]));
    const xml = doc(table(row([cell('重点任务'), `<w:tc>${inner}${p('')}</w:tc>`])));
    expect(lines(xml).slice(1)).toEqual(['重点任务', '序号 | 工作任务 | 牵头单位 |', '1 | 培育品牌。 | 县市场监管局 |', '2 | 推进标准化。 | 县工信局 |', '']);
    const r = importPlan(docxParagraphs(xml, ListNumbering.parse(null), paragraphStyles(null)));
    if (!r.ok) throw new Error(r.error.detail);
    expect(Plan.measures(r.value.plan).map((l) => [Item.leadText(l.item), l.item.leadUnits])).toEqual([['培育品牌。', ['县市场监管局']], ['推进标准化。', ['县工信局']]]);
  });

  it('a table of one column inside a cell of a table of two columns is still that cell\'s text', () => {
    const inner = table(row([cell('县发改局')]), row([cell('县财政局')]));
    const xml = doc(table(row([cell('1'), cell('推进项目建设。'), `<w:tc>${inner}${p('')}</w:tc>`])));
    expect(lines(xml).slice(1)).toEqual(['1 | 推进项目建设。 | 县发改局、县财政局 |']);
  });
});
