import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clipboardHtmlParagraphs, decodeEntities } from '../../../main/common/paste/clipboard-html';
import { pasteBlocks, type PasteContext } from '../../../main/common/paste/paste-blocks';
import { flattenParagraph, plainTextParagraphs } from '../../../main/common/paste/pasted-paragraph';
import type { Block } from '../../../main/common/model/element-types';
import { Item } from '../../../main/common/model/item';
import { BodySchema } from '../../../main/common/model/element-types';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/paste/${name}`, import.meta.url)), 'utf8');

function ctx(sectionKind: PasteContext['sectionKind'] = 'measures'): PasteContext {
  let n = 0;
  return { sectionKind, newId: () => `p-${++n}` };
}

const items = (blocks: Block[]) => blocks.filter((b): b is Item => b.type === 'item');
const texts = (blocks: Block[]) => blocks.map((b) => (b.type === 'table' ? '' : b.children.map((l) => l.text).join('')));

describe('clipboard HTML → paragraphs', () => {
  it('Word: list labels kept as the visible numbering, <o:p> and styles dropped, bold runs flagged', () => {
    const paras = clipboardHtmlParagraphs(fixture('word-measures.html')).map(flattenParagraph);
    expect(paras.map((p) => p.text)).toEqual([
      '三、重点任务',
      '（一）提升产品质量水平',
      '1. 强化标准引领鼓励企业制定高于国家标准、行业标准的企业标准，开展企业标准“领跑者”活动。（县市场监督管理局牵头，县工业和信息化局、县农牧局配合）',
      '2. 加强质量品牌建设。培育一批区域公共品牌，2026年底前新增地理标志商标2件以上。（县市场监督管理局、县农牧局按职责分工负责）',
      '（1）开展农产品质量安全追溯试点。',
      '各有关部门要按照职责分工，抓好贯彻落实。',
    ]);
    const third = paras[2]!;
    expect(third.bold.slice(3, 9).every(Boolean)).toBe(true);
    expect(third.bold[9]).toBe(false);
  });

  it('WPS: font-weight in the style, <font face>, entities, nothing outside the fragment', () => {
    const paras = clipboardHtmlParagraphs(fixture('wps-measures.html')).map(flattenParagraph);
    expect(paras).toHaveLength(3);
    expect(paras[0]!.text.startsWith('（二）严格质量安全监管。')).toBe(true);
    expect(paras[0]!.bold[3]).toBe(true);
    expect(paras[0]!.bold[0]).toBe(false);
    expect(paras[2]!.text).toBe('4．推进检验检测机构整合 & 资源共享。');
    expect(paras.some((p) => /font-face|mso-/.test(p.text))).toBe(false);
  });

  it('a bullet from a Symbol-font list label is dropped, a font-weight:normal inside <b> is not bold', () => {
    const html = `<p style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]><b>甲<span style="font-weight:normal">乙</span></b></p>`;
    const [p] = clipboardHtmlParagraphs(html).map(flattenParagraph);
    expect(p).toEqual({ text: '甲乙', bold: [true, false] });
  });

  it('entities decode; unknown ones stay as written', () => {
    expect(decodeEntities('&lt;a&gt;&#20013;&#x6587;&foo;')).toBe('<a>中文&foo;');
  });
});

describe('pasted paragraphs → blocks through the recognizer', () => {
  it('Word: headings, items with levels, bold run-in titles and units; labels are not text', () => {
    const blocks = pasteBlocks(clipboardHtmlParagraphs(fixture('word-measures.html')), ctx());
    expect(BodySchema.safeParse(blocks).success).toBe(true);
    expect(blocks.map((b) => (b.type === 'item' ? b.level : 'p'))).toEqual([1, 2, 3, 3, 4, 'p']);
    const [h1, h2, m1, m2] = items(blocks);
    expect(Item.leadText(h1!)).toBe('重点任务');
    expect(h2!.role).toBe('point');
    // The bold run is the run-in title even without a 。 after it.
    expect(Item.leadText(m1!)).toBe('强化标准引领');
    expect(m1!.leadUnits).toEqual(['县市场监督管理局']);
    expect(m1!.supportUnits).toEqual(['县工业和信息化局', '县农牧局']);
    expect(Item.leadText(m2!)).toBe('加强质量品牌建设。');
    expect(m2!.leadUnits).toEqual(['县市场监督管理局', '县农牧局']);
    expect(texts(blocks).some((t) => /^(\d|（|一|三)/.test(t))).toBe(false);
    expect(texts(blocks).some((t) => t.includes('负责）') || t.includes('配合）'))).toBe(false);
  });

  it('WPS: an unbolded label before a bold title; 牵头单位/责任单位 notation; a dotless full-width label', () => {
    const blocks = pasteBlocks(clipboardHtmlParagraphs(fixture('wps-measures.html')), ctx());
    const [a, b, c] = items(blocks);
    expect([a!.level, b!.level, c!.level]).toEqual([2, 3, 3]);
    expect(Item.leadText(a!)).toBe('严格质量安全监管。');
    expect(Item.leadText(b!)).toBe('开展计量惠民行动');
    expect(b!.leadUnits).toEqual(['县市场监督管理局']);
    expect(b!.supportUnits).toEqual(['各苏木镇人民政府']);
    expect(Item.bodyText(c!)).toContain('推进检验检测机构整合');
  });

  it('ids come from the editor, and a targets section makes targets', () => {
    const blocks = pasteBlocks(plainTextParagraphs('1.产品质量合格率达到95%以上。\n2.新增地理标志商标2件。'), ctx('targets'));
    expect(items(blocks).map((i) => [i.id, i.role])).toEqual([['p-1', 'target'], ['p-2', 'target']]);
  });

  it('plain text: empty lines dropped; a plain paragraph stays a paragraph, typed bullets go', () => {
    const blocks = pasteBlocks(plainTextParagraphs('• 要点一\r\n\r\n为深入实施质量强国战略，制定本方案。\n'), ctx('ideology'));
    expect(blocks).toEqual([
      { type: 'paragraph', children: [{ text: '要点一' }] },
      { type: 'paragraph', children: [{ text: '为深入实施质量强国战略，制定本方案。' }] },
    ]);
  });

  it('numbers that are not labels stay text: 1.5倍, 2026年', () => {
    const blocks = pasteBlocks(plainTextParagraphs('1.5倍以上\n2026年底前完成'), ctx('ideology'));
    expect(texts(blocks)).toEqual(['1.5倍以上', '2026年底前完成']);
    expect(items(blocks)).toHaveLength(0);
  });

  it('an unnumbered paragraph with a responsibility notation is a measure with its units', () => {
    const blocks = pasteBlocks(plainTextParagraphs('开展质量月活动。（县市场监督管理局负责）'), ctx());
    expect(items(blocks)[0]!.leadUnits).toEqual(['县市场监督管理局']);
  });

  it('a 责任单位：line after a measure gives it its units (the importer’s rule, through recognizeBody)', () => {
    const blocks = pasteBlocks(plainTextParagraphs('1.开展质量提升行动。对重点产品开展比对。\n责任单位：县市场监督管理局、县工业和信息化局\n2.加强计量工作。推进计量惠民。'), ctx());
    expect(blocks).toHaveLength(2);
    expect(items(blocks)[0]!.leadUnits.concat(items(blocks)[0]!.supportUnits)).toEqual(['县市场监督管理局', '县工业和信息化局']);
    expect(texts(blocks).some((t) => t.includes('责任单位'))).toBe(false);
  });
});

describe('a table pasted from Word or WPS', () => {
  // Word's clipboard HTML for a table: each cell a <td> holding MsoNormal paragraphs; a merged cell is a
  // rowspan and is missing from the rows below it.
  const td = (t: string, attrs = '') => `<td width=189 valign=top ${attrs} style='width:142.0pt;border:solid windowtext 1.0pt'>`
    + `${t.split('/').map((p) => `<p class=MsoNormal><span style='font-family:仿宋_GB2312'>${p}<o:p></o:p></span></p>`).join('\n')}</td>`;
  const table = (...rows: string[][]) => `<html><body><!--StartFragment--><table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>\n`
    + rows.map((r) => `<tr style='height:20pt'>${r.join('\n')}</tr>`).join('\n') + '</table><!--EndFragment--></body></html>';
  const lines = (html: string) => clipboardHtmlParagraphs(html).map((p) => flattenParagraph(p).text);

  it('is read row by row, a merged cell (rowspan) put back in each row it spans', () => {
    const html = table(
      [td('序号'), td('工作任务'), td('牵头单位'), td('配合单位')],
      [td('1'), td('开展质量提升行动。'), td('县市场监管局', 'rowspan=2'), td('县工信局/各乡镇人民政府')],
      [td('2'), td('推进标准化试点建设。'), td('县商务局')],
      [td('3'), td('加强计量基础设施建设。'), td('县工信局'), td('')],
    );
    expect(lines(html)).toEqual([
      '序号 | 工作任务 | 牵头单位 | 配合单位 |',
      '1 | 开展质量提升行动。 | 县市场监管局 | 县工信局、各乡镇人民政府 |',
      '2 | 推进标准化试点建设。 | 县市场监管局 | 县商务局 |',
      '3 | 加强计量基础设施建设。 | 县工信局 | |',
    ]);
    expect(items(pasteBlocks(clipboardHtmlParagraphs(html), ctx())).map((i) => [Item.leadText(i), i.leadUnits, i.supportUnits])).toEqual([
      ['开展质量提升行动。', ['县市场监管局'], ['县工信局', '各乡镇人民政府']],
      ['推进标准化试点建设。', ['县市场监管局'], ['县商务局']],
      ['加强计量基础设施建设。', ['县工信局'], []],
    ]);
  });

  it('Word\'s own clipboard HTML (word-table.html): a merged 牵头单位 and 完成时限, a heading wrapped by hand, units a paragraph each, hidden text', () => {
    const html = fixture('word-table.html');
    expect(lines(html)).toEqual([
      '序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |',
      '1 | 开展质量提升行动。围绕主导产业开展质量比对。 | 县市场监管局 | 县工信局、各乡镇人民政府 | 2026年12月底前 |',
      '2 | 推进标准化试点建设。 | 县市场监管局 | 县商务局 | 2026年12月底前 |',
      '3 | 加强计量基础设施建设。 | 县工信局 | | 2026年10月底前 |',
    ]);
    const pasted = items(pasteBlocks(clipboardHtmlParagraphs(html), ctx()));
    expect(pasted.map((i) => [Item.leadText(i), Item.bodyText(i), i.leadUnits, i.supportUnits, i.deadline])).toEqual([
      ['开展质量提升行动。围绕主导产业开展质量比对。', '', ['县市场监管局'], ['县工信局', '各乡镇人民政府'], '2026年12月底前'],
      ['推进标准化试点建设。', '', ['县市场监管局'], ['县商务局'], '2026年12月底前'],
      ['加强计量基础设施建设。', '', ['县工信局'], [], '2026年10月底前'],
    ]);
  });

  it('a cell spanning columns and rows keeps the columns after it in place; a cell merged down at a row\'s end too', () => {
    const html = table(
      [td('类别', 'rowspan=3'), td('1'), td('甲任务。'), td('县发改局', 'rowspan=3')],
      [td('2'), td('乙任务。')],
      [td('说明：合并推进', 'colspan=2')],
    );
    expect(lines(html)).toEqual(['类别 | 1 | 甲任务。 | 县发改局 |', '类别 | 2 | 乙任务。 | 县发改局 |', '类别 | 说明：合并推进 | 县发改局 |']);
  });

  it('hidden text and tracked deletions are not pasted; a table inside a cell is text of that cell', () => {
    const html = '<!--StartFragment--><p class=MsoNormal>1.推进民生计量<span style=\'display:none;mso-hide:all\'>（内部备注）</span>。'
      + '<del cite="mailto:a" datetime="2026-01-01T00:00">（县商务局配合）</del>（县市场监管局负责）</p>'
      + `<table><tr>${td('工作任务')}<td><table><tr><td>县发改局</td></tr></table></td></tr></table><!--EndFragment-->`;
    expect(lines(html)).toEqual(['1.推进民生计量。（县市场监管局负责）', '工作任务 | 县发改局 |']);
  });
});

describe('clipboard layouts of Word and Excel, made up in their structure (tests/fixtures/paste/README.md)', () => {
  const lines = (html: string) => clipboardHtmlParagraphs(html).map((p) => flattenParagraph(p).text);

  it('Word bullets written as the letter of their font (Wingdings "l") are dropped, numbers kept (word-mso-list-bullets.html)', () => {
    expect(lines(fixture('word-mso-list-bullets.html'))).toEqual(['全面排查农村危房', '建立改造台账', '1. 实施危房改造', '2. 开展竣工验收', '加强质量监管', '1. 县住房和城乡建设局牵头抽查']);
  });

  it('a second-level Word bullet in Courier New ("o") and a Wingdings square ("n") are bullets; ① and 一、 are numbering', () => {
    const para = (font: string, glyph: string, text: string) => `<p class=MsoListParagraphCxSpMiddle style='mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:${font}'><span style='mso-list:Ignore'>${glyph}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>${text}<o:p></o:p></p>`;
    const html = para('"Courier New"', 'o', '完善工作机制') + para('Wingdings', 'n', '强化督导考核') + para('宋体', '①', '开展专项整治') + para('黑体', '一、', '总体要求');
    expect(lines(html)).toEqual(['完善工作机制', '强化督导考核', '① 开展专项整治', '一、 总体要求']);
  });

  it('a range copied in Excel (StartFragment after <table>) is read as rows, a merged 牵头单位 put back (excel-range.html)', () => {
    const html = fixture('excel-range.html');
    expect(lines(html)).toEqual([
      '序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |',
      '1 | 实施农村人居环境整治提升行动。 | 县农业农村局 | 县住房和城乡建设局、各乡镇人民政府 | 2026年12月底前 |',
      '2 | 推进高标准农田建设。 | 县农业农村局 | 县自然资源局、县水利局 | 2026年10月底前 |',
    ]);
    expect(items(pasteBlocks(clipboardHtmlParagraphs(html), ctx())).map((i) => [Item.leadText(i), i.leadUnits, i.supportUnits, i.deadline])).toEqual([
      ['实施农村人居环境整治提升行动。', ['县农业农村局'], ['县住房和城乡建设局', '各乡镇人民政府'], '2026年12月底前'],
      ['推进高标准农田建设。', ['县农业农村局'], ['县自然资源局', '县水利局'], '2026年10月底前'],
    ]);
  });

  it('Excel\'s clipboard layout: rows after <!--StartFragment--> inside <table> (excel-rows.html), and cells inside <tr> (excel-one-row.html)', () => {
    expect(lines(fixture('excel-rows.html'))).toEqual([
      '乡镇 | 整治任务 | 牵头单位 |',
      '城关镇 | 清理河道垃圾 | 县水利局 |',
      '东坝镇 | 改造农村户厕 | 县农业农村局 |',
      '西河乡 | 修缮村级道路 | 县交通运输局 |',
      '南山乡 | 补植护林绿地 | 县林业局 |',
      '北岭镇 | 排查燃气隐患 | 县应急管理局 |',
    ]);
    expect(lines(fixture('excel-one-row.html'))).toEqual(['县水利局 | 2026年6月底前 |']);
    const blocks = pasteBlocks(clipboardHtmlParagraphs(fixture('excel-rows.html')), ctx());
    expect(items(blocks).map((i) => [Item.leadText(i), i.leadUnits])).toEqual([
      ['清理河道垃圾。', ['县水利局']], ['改造农村户厕。', ['县农业农村局']], ['修缮村级道路。', ['县交通运输局']],
      ['补植护林绿地。', ['县林业局']], ['排查燃气隐患。', ['县应急管理局']],
    ]);
  });

  it('Word review comments (word-comments.html): anchors [BV1] and the comment list after the text are not pasted', () => {
    expect(lines(fixture('word-comments.html'))).toEqual(['完善农村供水工程，新建集中供水站3处。（县水利局牵头）']);
  });

  it('a commented measure keeps its title and units; the comment is not a paragraph', () => {
    const html = '<!--StartFragment--><p class=MsoNormal><b>1.</b><b>推进高标准农田建设。</b>新建高标准农田2万亩<span class=MsoCommentReference><span style=\'font-size:8.0pt\'><![if !supportAnnotations]><a class=msocomanchor id="_anchor_1" href="#_msocom_1" name="_msoanchor_1">[KS1]</a><![endif]><span style=\'mso-special-character:comment\'>&nbsp;</span></span></span>。（县农业农村局牵头）</p>'
      + '<div style=\'mso-element:comment-list\'><![if !supportAnnotations]><hr class=msocomoff align=left size=1 width="33%"><![endif]><div style=\'mso-element:comment\'><![if !supportAnnotations]><div id="_com_1" class=msocomtxt><![endif]><p class=MsoCommentText><span class=MsoCommentReference><span style=\'mso-special-character:comment\'>&nbsp;<![if !supportAnnotations]><a class=msocomoff href="#_msoanchor_1">[KS1]</a><![endif]></span></span>请核实面积</p><![if !supportAnnotations]></div><![endif]></div></div><!--EndFragment-->';
    expect(lines(html)).toEqual(['1.推进高标准农田建设。新建高标准农田2万亩。（县农业农村局牵头）']);
    const [m] = items(pasteBlocks(clipboardHtmlParagraphs(html), ctx()));
    expect([Item.leadText(m!), Item.bodyText(m!), m!.leadUnits]).toEqual(['推进高标准农田建设。', '新建高标准农田2万亩。', ['县农业农村局']]);
  });

  it('Word footnotes (word-footnotes.html) are kept: the mark in the text, the notes after it, in order', () => {
    // A footnote is text of the document, unlike a review comment; see docs/measurements/paste-notes.md.
    expect(lines(fixture('word-footnotes.html'))).toEqual(['到2027年，全区生活垃圾回收利用率达到35%[1]。', '区城市管理局牵头推进分类投放点建设[2]', '[1] 按回收利用量占生活垃圾清运量的比例计算。', '[2] 含小区、机关和学校的投放点。']);
  });

  it('a break where Word wrapped its source is the space it replaced in Western text, nothing in Chinese (word-numbered-headings.html)', () => {
    expect(lines(fixture('word-numbered-headings.html'))).toEqual([
      '数字乡村 Smart County 建设任务',
      '1. 建设县级 Data Center 数据中心（县大数据中心牵头）',
      'a. 接入乡镇 IoT Sensor 监测点',
      'b. 开通政务 App 统一入口',
      '2. 推广 Wi-Fi Hotspot 覆盖行政村（县工业和信息化局牵头）',
      '完成 120 个村点位建设',
      '建立 Open Data 目录',
      '发布 API 接口规范',
      '3. 开展 Digital Skills 培训（县人力资源和社会保障局牵头）',
    ]);
    const zh = '<p class=MsoNormal><span style="mso-spacerun:\'yes\';font-family:宋体">本人授权给集团委托的第三方向本表中\n列出的单位进行调查，2026\n年底前完成；推进5G\n基站建设</span></p>';
    expect(lines(zh)).toEqual(['本人授权给集团委托的第三方向本表中列出的单位进行调查，2026年底前完成；推进5G基站建设']);
  });

  it('rows handed over without their table (a browser giving the fragment alone) are still rows', () => {
    expect(lines('<tr><td>foo</td><td>bar</td></tr><tr><td>baz</td><td>qux</td></tr>')).toEqual(['foo | bar |', 'baz | qux |']);
  });
});
