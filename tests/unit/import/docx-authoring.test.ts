import { describe, expect, it } from 'vitest';
import { emptyReport } from '../../../main/common/import/import-report';
import { toLines } from '../../../main/common/import/to-lines';
import { Item } from '../../../main/common/model/item';
import { Plan } from '../../../main/common/model/plan';
import { ListNumbering } from '../../../main/node/import/list-numbering';
import { joinWrappedBreaks } from '../../../main/node/import/docx-soft-breaks';
import { importBytes } from '../../../main/node/import/import-file';
import { readDocx } from '../../../main/node/import/read-docx';
import { numberingXml, packageDocx, para, run } from '../../fixtures/docx-styles/docx-xml';

// The ways of writing a .docx that the authoring-style evaluation found read differently from the same
// text typed (docs/import.md "Word authoring styles").

const BR = '<w:r><w:br/></w:r>';
const lines = (...parts: string[]) => para(parts.map((p) => run(p)).join(BR));

function imported(body: string, numbering?: string) {
  const r = importBytes(packageDocx(body, numbering), 'authored.docx');
  if (!r.ok) throw new Error(r.error.detail);
  return r.value.plan;
}

describe('soft line breaks (Shift+Enter)', () => {
  it('joins the page wraps of a sentence, keeps a break after a line of its own', () => {
    expect(joinWrappedBreaks('为加快推进农业农村现代化进程，根据省委省政府部署要\n求，制定本方案。')).toBe('为加快推进农业农村现代化进程，根据省委省政府部署要求，制定本方案。');
    // A 署名 over its date, a title over the 主送, a units key, a label: each starts or ends a line.
    expect(joinWrappedBreaks('某某县人民政府办公室\n2024年5月6日')).toBe('某某县人民政府办公室\n2024年5月6日');
    expect(joinWrappedBreaks('关于印发某某县农业农村现代化实施方案的通知\n各乡镇人民政府：')).toBe('关于印发某某县农业农村现代化实施方案的通知\n各乡镇人民政府：');
    expect(joinWrappedBreaks('加强耕地保护，严格落实耕地占补平衡制度和永久基本农田\n（二）推进高标准农田建设')).toBe('加强耕地保护，严格落实耕地占补平衡制度和永久基本农田\n（二）推进高标准农田建设');
    expect(joinWrappedBreaks('全面落实耕地保护党政同责制度并开展年度考核工作推进\n责任单位：县自然资源局')).toBe('全面落实耕地保护党政同责制度并开展年度考核工作推进\n责任单位：县自然资源局');
  });

  it('a line opened by a mark (▲ before a lead unit, ● before an item) is never the rest of a wrapped sentence', () => {
    const cells = '外贸出口保持增长，自营出口额增长百分之八以上\n▲商务局，各乡镇(街道)';
    expect(joinWrappedBreaks(cells)).toBe(cells);
    expect(joinWrappedBreaks('做好农村供水工程的日常维护和管理工作，保障群众\n●加快推进城乡供水一体化')).toContain('\n●');
  });

  it('joins a sentence ending at a wrap when the paragraph\'s lines share the page width', () => {
    const wraps = ['严格落实耕地保护党政同责制度，全面落实耕地占补平衡。', '坚决遏制耕地“非农化”、防止“非粮化”，稳定粮食播种面', '积。（责任单位：县自然资源局）'];
    expect(joinWrappedBreaks(wraps.join('\n'))).toBe(wraps.join(''));
  });

  it('keeps apart two lines that close a bracket and are as wide as each other only as a pair (an attachment over its title)', () => {
    const lines = ['2. 某某县关于推进农村供水保障的工作方案（征求意见稿）', '某某县关于推进农村供水保障的工作方案（征求意见稿）', '为保障农村饮水安全，制定本方案。'];
    expect(joinWrappedBreaks(lines.join('\n'))).toBe(lines.join('\n'));
    // With a third full line the width is the page's: a bracket at its edge is a wrap.
    const wraps = ['严格落实农村供水工程运行管护制度，完善县级统管机制（县水利局', '牵头），健全水质检测体系，推进规模化供水工程（含城乡一体化）', '建设。'];
    expect(joinWrappedBreaks(wraps.join('\n'))).toBe(wraps.join(''));
  });

  it('joins a full line that ends on an organ\'s name after a sentence\'s end: the sentence runs on', () => {
    const wraps = ['严格落实农机安全生产责任制，认真开展隐患排查整治，切实加', '强农机质量调查工作。按照省农业农村厅和县农业机械化管理局', '对拖拉机、联合收割机逐步实施安全检验的部署，加强检验。', '（县农业农村局负责）'];
    expect(joinWrappedBreaks(wraps.join('\n'))).toBe(wraps.join(''));
    // A 署名 of its own over its date still ends its line, full or not.
    expect(joinWrappedBreaks('某某县农业农村局某某县财政局某某县市场监督管理局\n2024年5月6日')).toBe('某某县农业农村局某某县财政局某某县市场监督管理局\n2024年5月6日');
  });

  it('keeps a table set one cell a line as its cells: a bare 序号, an organ wrapped one short of its cell\'s end', () => {
    const cell = ['市质监局、市发展改革局、市财政局、市人力资源社会保障局、', '市经济和信息化局、市科技局、市工商局、市卫生计生局、市文', '广新局'];
    expect(joinWrappedBreaks([...cell, '2', '计量标准建设'].join('\n')).split('\n')).toEqual([cell.join(''), '2', '计量标准建设']);
    expect(joinWrappedBreaks('一、2025年经济社会发展的主要预期目标\n3\n固定资产投资增长7.5%左右。')).toBe('一、2025年经济社会发展的主要预期目标\n3\n固定资产投资增长7.5%左右。');
    expect(joinWrappedBreaks('区发展改革局、区工业和信息化局、沈阳近海经济区管委会\n2')).toBe('区发展改革局、区工业和信息化局、沈阳近海经济区管委会\n2');
  });

  it('runs a bracketed note on after its wrapped sentence, even with its bracket left open at a wrap', () => {
    const note = ['3．强化认证活动监管。要开展对辖区内电动自行车获证组织强', '制性产品认证活动监管，加强对认证实施机构和获证组织检查。', '（牵头指导处室：市局认证监督管理处）'];
    expect(joinWrappedBreaks(note.join('\n'))).toBe(note.join(''));
    const open = ['格按照《上海市市场监督管理严重违法失信名单管理实施方案（', '试行）》程序规定，将违法经营者列入严重违法失信名单。（牵', '头指导处室：市局反不正当竞争处）'];
    expect(joinWrappedBreaks(open.join('\n'))).toBe(open.join(''));
  });

  it('joins a link wrapped before a colon, keeps a rule and a page\'s spaced date and source lines of their own', () => {
    const link = ['官方链接: https://www.shanghai.gov.cn/zhengce/detail/001', '9::2c9bf2f67dc7dcee017deb8e5fdf31dd'];
    expect(joinWrappedBreaks([...link, '---'].join('\n')).split('\n')).toEqual([link.join(''), '---']);
    const page = '2024-04-12           来源: 永州市生态环境局冷水滩分局 【字体:   打印\n2024年主要目标任务及措施';
    expect(joinWrappedBreaks(page)).toBe(page);
  });

  it('finds the page width past a closing mark hung at the edge, and joins a page\'s key line the page wrapped', () => {
    const hung = ['《2020年市〈政府工作报告〉确定的主要目标任务责任分解方案》', '已经市人民政府同意,现印发给你们,并就有关事项通知如下,请', '一并贯彻执行。'];
    expect(joinWrappedBreaks(['各区人民政府,市人民政府各部门,各有关单位:', ...hung].join('\n'))).toBe(`各区人民政府,市人民政府各部门,各有关单位:\n${hung.join('')}`);
    const key = ['标题: 上海市宝山区人民政府办公室关于转发区消防支队制订的', '《宝山区关于进一步加强城市公共消防安全的工作意见》 的通', '知'];
    expect(joinWrappedBreaks([...key, '文号: 宝府办〔2019〕40号'].join('\n')).split('\n')).toEqual([key.join(''), '文号: 宝府办〔2019〕40号']);
  });

  it('reads a head whose lines end with Shift+Enter as the lines it shows', () => {
    const plan = imported([
      lines('关于印发某某县2024年农业农村工作方案的通知', '各乡镇人民政府，县直各单位：', '现将《某某县2024年农业农村工作方案》印发给你们，请认真贯彻执行。'),
      lines('某某县人民政府办公室', '2024年5月6日', '某某县2024年农业农村工作方案'),
      lines('一、主要任务', '（一）加强耕地保护。严格落实耕地保护党政同责制度，全面落实耕地占补平衡。（责任单位：县自然资源局）'),
    ].join(''));
    expect(plan.meta.mainRecipients).toEqual(['各乡镇人民政府', '县直各单位']);
    expect(plan.meta.signature).toBe('某某县人民政府办公室');
    expect(plan.meta.date).toBe('2024-05-06');
    expect(plan.meta.title).toBe('某某县2024年农业农村工作方案');
    const items = Plan.items(plan).map((l) => l.item).filter((i) => i.role === 'measure');
    expect(items.map((i) => Item.leadText(i))).toEqual(['加强耕地保护。']);
  });

  it('reads a measure wrapped with Shift+Enter at its line ends as one measure with its units', () => {
    const plan = imported([
      plain('某某县2024年农业农村工作方案'),
      plain('一、主要任务'),
      para(['（一）加强耕地保护。严格落实耕地保护党政同责制', '度，全面落实耕地占补平衡，坚决遏制耕地“非农化”', '。（责任单位：县自然资源局）'].map((p) => run(p)).join(BR)),
      plain('（二）推进高标准农田建设。新建高标准农田2万亩。（责任单位：县农业农村局）'),
    ].join(''));
    const items = Plan.items(plan).map((l) => l.item).filter((i) => i.role === 'measure');
    expect(items.map((i) => [Item.leadText(i), i.leadUnits])).toEqual([['加强耕地保护。', ['县自然资源局']], ['推进高标准农田建设。', ['县农业农村局']]]);
  });

  it('gives a paragraph\'s bold run-in title to its first line only', () => {
    const r = readDocx(packageDocx(para(run('（一）加强领导。', { bold: true }) + run('成立工作专班。') + BR + run('（二）强化保障。落实经费。'))));
    if (!r.ok) throw new Error(r.error.detail);
    expect(r.value[0]!.bold).toBe('（一）加强领导。');
    const got = toLines(r.value, emptyReport(null)).map((l) => [l.text, l.bold]);
    expect(got).toEqual([['（一）加强领导。成立工作专班。', '（一）加强领导。'], ['（二）强化保障。落实经费。', undefined]]);
  });
});

function plain(text: string): string {
  return para(run(text));
}

describe('toneless pinyin glosses in a .docx', () => {
  it('are counted over the document, not one paragraph at a time', () => {
    const plan = imported([
      plain('關(guan)于印發某某縣工作方案的通知'),
      plain('各鄉鎮人民政(zheng)府:'),
      plain('某某縣人民政府'),
      plain('2024年5月6日'),
      plain('某某縣高標準農田建設提升(sheng)行動方案'),
      plain('一、主要任務'),
      plain('(一)加強耕地保護。嚴格落實耕地保護制度。(責任單位:縣自然資源局)'),
    ].join(''));
    expect(plan.meta.title).toBe('某某縣高標準農田建設提升行動方案');
  });
});

describe('list numbering restarted or set to a value (w:lvlOverride/w:startOverride)', () => {
  it('starts the list instance at its override', () => {
    const xml = numberingXml([{ ilvl: 0, format: 'chineseCounting', text: '%1、' }, { ilvl: 1, format: 'chineseCounting', text: '（%2）' }],
      [{ numId: 1, starts: new Map() }, { numId: 2, starts: new Map([[0, 3]]) }]);
    const n = ListNumbering.parse(xml);
    expect([n.next('1', 0), n.next('1', 0), n.next('2', 0), n.next('2', 1), n.next('2', 0)]).toEqual(['一、', '二、', '三、', '（一）', '四、']);
  });
});

describe('a paragraph mark deleted with tracked changes', () => {
  it('joins the paragraph to the next one, as the text stands', () => {
    const del = '<w:del w:id="1" w:author="审稿人" w:date="2024-05-01T09:00:00Z"/>';
    const r = readDocx(packageDocx([
      para(run('（一）加强领导。', { bold: true }) + run('成立工作'), { markRunProps: del }),
      plain('专班。（责任单位：县委办）'),
      para(run('（二）强化保障。'), { markRunProps: del }),
    ].join('')));
    if (!r.ok) throw new Error(r.error.detail);
    expect(r.value).toEqual([{ text: '（一）加强领导。成立工作专班。（责任单位：县委办）', bold: '（一）加强领导。' }, { text: '（二）强化保障。' }]);
  });
});
