import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { Item } from '../../../main/common/model/item';
import { Plan } from '../../../main/common/model/plan';
import { importPlan } from '../../../main/common/import/import-plan';
import { ListNumbering } from '../../../main/node/import/list-numbering';
import { paragraphStyles } from '../../../main/node/import/docx-styles';
import { importBytes } from '../../../main/node/import/import-file';
import { docxParagraphs } from '../../../main/node/import/read-docx';

/** A plan whose 一、（一）1. come from Word's automatic list numbering, not from the text. */
async function autoNumberedDocx(): Promise<Uint8Array> {
  const list = (level: number, text: string, bold?: string) => new Paragraph({
    numbering: { reference: 'plan', level },
    children: bold ? [new TextRun({ text: bold, bold: true }), new TextRun(text)] : [new TextRun(text)],
  });
  const doc = new Document({
    numbering: {
      config: [{
        reference: 'plan',
        levels: [
          { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
          { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
          { level: 2, format: LevelFormat.DECIMAL, text: '%3.', alignment: AlignmentType.LEFT },
        ],
      }],
    },
    sections: [{
      children: [
        new Paragraph('某某县2026年质量强县工作方案'),
        new Paragraph('为推进质量强县工作，结合实际，制定本方案。'),
        list(0, '工作目标'),
        list(2, '产品监督抽查合格率达到95%以上。', '产品质量。'),
        list(0, '主要任务'),
        list(1, '夯实质量基础'),
        list(2, '开展诚信计量示范活动。（县市场监督管理局牵头，县商务局参加）', '推进民生计量。'),
        list(2, '加强检验检测机构能力建设。（牵头单位：县市场监督管理局；责任单位：县财政局）', '提升检验检测能力。'),
      ],
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('.docx with automatic list numbering', () => {
  it('recreates the labels so headings, targets and measures are recognised', async () => {
    const r = importBytes(await autoNumberedDocx(), 'auto.docx');
    if (!r.ok) throw new Error(r.error.detail);
    const plan = r.value.plan;
    expect(plan.meta.title).toBe('某某县2026年质量强县工作方案');
    expect(plan.sections.map((s) => s.title)).toEqual(['工作目标', '主要任务']);
    expect(plan.sections[1]!.sections.map((s) => s.title)).toEqual(['夯实质量基础']);
    const items = Plan.items(plan).map((l) => l.item);
    expect(items.map((i) => [i.role, Item.leadText(i)])).toEqual([
      ['target', '产品质量。'], ['measure', '推进民生计量。'], ['measure', '提升检验检测能力。'],
    ]);
    expect([items[1]!.leadUnits, items[1]!.supportUnits]).toEqual([['县市场监督管理局'], ['县商务局']]);
    expect([items[2]!.leadUnits, items[2]!.supportUnits]).toEqual([['县市场监督管理局'], ['县财政局']]);
    for (const i of items) expect(Item.bodyText(i)).not.toMatch(/^\d|^（/);
  });
});

describe('.docx with heading styles and no labels in the text', () => {
  it('numbers heading-styled paragraphs by level; a first heading that is the title stays the title', async () => {
    const doc = new Document({
      sections: [{
        children: [
          new Paragraph({ text: '某某县质量强县实施方案', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('为推进质量强县工作，结合实际，制定本方案。'),
          new Paragraph({ text: '主要任务', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '夯实质量基础', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('1.推进民生计量。开展诚信计量示范活动。（县市场监督管理局按职责分工负责）'),
          new Paragraph({ text: '保障措施', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('各单位要加强组织领导。'),
        ],
      }],
    });
    const r = importBytes(new Uint8Array(await Packer.toBuffer(doc)), 'styled.docx');
    if (!r.ok) throw new Error(r.error.detail);
    const plan = r.value.plan;
    expect(plan.meta.title).toBe('某某县质量强县实施方案');
    expect(plan.sections.map((s) => [s.title, s.kind])).toEqual([['主要任务', 'measures'], ['保障措施', 'safeguards']]);
    expect(plan.sections[0]!.sections.map((s) => s.title)).toEqual(['夯实质量基础']);
    expect(Plan.measures(plan).map((l) => l.item.leadUnits)).toEqual([['县市场监督管理局']]);
  });
});

describe('.docx whose paragraph styles carry the list numbering', () => {
  // A multilevel list linked to styles: 标题 1 → 一、, a custom 措施 style (based on a 条目 style that holds
  // the w:numPr) → 1.; the paragraphs themselves have no w:numPr.
  const numberingXml = '<w:numbering>'
    + '<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
    + '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum>'
    + '<w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num></w:numbering>';
  const stylesXml = '<w:styles>'
    + '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>'
    + '<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="条目"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr></w:pPr></w:style>'
    + '<w:style w:type="paragraph" w:styleId="a6"><w:name w:val="措施"/><w:basedOn w:val="a5"/></w:style>'
    + '</w:styles>';
  const p = (style: string | null, text: string, own = '') =>
    `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${own}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
  const documentXml = '<w:document><w:body>'
    + p(null, '某某县2026年质量强县工作要点') + p('1', '主要任务')
    + p('a6', '推进民生计量。开展诚信计量示范活动。（县市场监督管理局牵头，县商务局参加）')
    + p('a6', '提升检验检测能力。（县市场监督管理局负责）')
    + p('a6', '本段不编号。', '<w:numPr><w:numId w:val="0"/></w:numPr>')
    + p('1', '保障措施') + p(null, '各单位要加强组织领导。')
    + '</w:body></w:document>';

  it('puts each style\'s label back, inherited through w:basedOn, and none where the paragraph turns it off', () => {
    const paragraphs = docxParagraphs(documentXml, ListNumbering.parse(numberingXml), paragraphStyles(stylesXml));
    expect(paragraphs.map((x) => x.text)).toEqual([
      '某某县2026年质量强县工作要点', '一、主要任务',
      '1.推进民生计量。开展诚信计量示范活动。（县市场监督管理局牵头，县商务局参加）', '2.提升检验检测能力。（县市场监督管理局负责）',
      '本段不编号。', '二、保障措施', '各单位要加强组织领导。',
    ]);
  });

  it('so the measures and their units are recognised', () => {
    const r = importPlan(docxParagraphs(documentXml, ListNumbering.parse(numberingXml), paragraphStyles(stylesXml)));
    if (!r.ok) throw new Error(r.error.detail);
    expect(r.value.plan.sections.map((s) => s.title)).toEqual(['主要任务', '保障措施']);
    expect(Plan.measures(r.value.plan).map((l) => [l.item.leadUnits, l.item.supportUnits])).toEqual([
      [['县市场监督管理局'], ['县商务局']], [['县市场监督管理局'], []],
    ]);
  });

  it('a cycle of w:basedOn in a damaged styles.xml ends', () => {
    const cyclic = '<w:styles><w:style w:styleId="x"><w:name w:val="x"/><w:basedOn w:val="y"/></w:style>'
      + '<w:style w:styleId="y"><w:name w:val="y"/><w:basedOn w:val="x"/></w:style></w:styles>';
    expect(paragraphStyles(cyclic).numbered.size).toBe(0);
  });
});

describe('list label formats as the reader sees them', () => {
  it('①–⑳ for enclosed circles and full-width digits for decimalFullWidth', () => {
    const numbering = ListNumbering.parse('<w:numbering><w:abstractNum w:abstractNumId="1">'
      + '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircleChinese"/><w:lvlText w:val="%1"/></w:lvl>'
      + '<w:lvl w:ilvl="1"><w:start w:val="11"/><w:numFmt w:val="decimalFullWidth"/><w:lvlText w:val="%2．"/></w:lvl>'
      + '</w:abstractNum><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>');
    expect([numbering.next('2', 0), numbering.next('2', 0), numbering.next('2', 1), numbering.next('2', 1)]).toEqual(['①', '②', '１１．', '１２．']);
  });

  it('nothing for a bullet, whose symbol is often a Wingdings code in the private use area', () => {
    const numbering = ListNumbering.parse('<w:numbering><w:abstractNum w:abstractNumId="1">'
      + '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf06c"/></w:lvl>'
      + '</w:abstractNum><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>');
    expect(numbering.next('2', 0)).toBe('');
  });
});

describe('list counters shared by the w:nums of one abstract list (ECMA-376 17.9)', () => {
  const numbering = () => ListNumbering.parse('<w:numbering><w:abstractNum w:abstractNumId="1">'
    + '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
    + '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum>'
    + '<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>'
    + '<w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>'
    + '<w:num w:numId="6"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    + '<w:num w:numId="7"><w:abstractNumId w:val="2"/></w:num></w:numbering>');

  it('a list split over two w:nums of one definition goes on counting, as Word shows it', () => {
    const n = numbering();
    expect([n.next('4', 1), n.next('4', 1), n.next('5', 1), n.next('5', 0), n.next('4', 1)]).toEqual(['1.', '2.', '3.', '一、', '1.']);
  });

  it('a w:num with a start override restarts its level where it is first used, and the list goes on from there', () => {
    const n = numbering();
    expect([n.next('4', 1), n.next('4', 1), n.next('6', 1), n.next('6', 1), n.next('4', 1)]).toEqual(['1.', '2.', '1.', '2.', '3.']);
  });

  it('another definition counts on its own', () => {
    const n = numbering();
    expect([n.next('4', 1), n.next('7', 0), n.next('4', 1), n.next('7', 0)]).toEqual(['1.', '1)', '2.', '2)']);
  });
});

describe('a list defined as a list style (列表样式, w:numStyleLink)', () => {
  it('takes its levels from the definition the style names, and counts with it', () => {
    // Word writes the style's definition (w:styleLink) and, for the list that uses it, an abstractNum with
    // only w:numStyleLink; the style's w:numPr names the w:num of the definition.
    const numbering = '<w:numbering>'
      + '<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="planList"/>'
      + '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
      + '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>'
      + '<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="planList"/></w:abstractNum>'
      + '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>';
    const styles = '<w:styles><w:style w:type="numbering" w:styleId="planList"><w:name w:val="计划条目列表"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>';
    const p = (ilvl: number, text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const xml = `<w:document><w:body>${p(0, '主要任务')}${p(1, '强化标准引领。')}${p(1, '夯实计量基础。')}${p(0, '保障措施')}</w:body></w:document>`;
    const styleSet = paragraphStyles(styles);
    expect(docxParagraphs(xml, ListNumbering.parse(numbering, styleSet.numbered), styleSet).map((x) => x.text))
      .toEqual(['一、主要任务', '（一）强化标准引领。', '（二）夯实计量基础。', '二、保障措施']);
  });

  it('a link that leads nowhere or round in a circle gives no label, and ends', () => {
    const numbering = '<w:numbering><w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="a"/></w:abstractNum>'
      + '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>';
    expect(ListNumbering.parse(numbering, new Map([['a', { numId: '2' }]])).next('2', 0)).toBe('');
    expect(ListNumbering.parse(numbering).next('2', 0)).toBe('');
  });
});

describe('a table of contents in a .docx', () => {
  it('is not read: its lines repeat the headings with page numbers', () => {
    const stylesXml = '<w:styles><w:style w:styleId="10"><w:name w:val="toc 1"/></w:style><w:style w:styleId="20"><w:name w:val="toc 2"/></w:style>'
      + '<w:style w:styleId="a9"><w:name w:val="TOC Heading"/></w:style></w:styles>';
    const p = (style: string | null, text: string) => `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const xml = '<w:document><w:body>' + p(null, '某县质量强县规划') + p('a9', '目录') + p('10', '一、总体要求 1') + p('20', '（一）指导思想 1')
      + p(null, '一、总体要求') + p(null, '（一）指导思想') + p(null, '坚持质量第一。') + '</w:body></w:document>';
    expect(docxParagraphs(xml, ListNumbering.parse(null), paragraphStyles(stylesXml)).map((x) => x.text))
      .toEqual(['某县质量强县规划', '一、总体要求', '（一）指导思想', '坚持质量第一。']);
  });
});
