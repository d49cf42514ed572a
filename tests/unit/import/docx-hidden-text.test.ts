import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../main/common/import/import-plan';
import { Item } from '../../../main/common/model/item';
import { Plan } from '../../../main/common/model/plan';
import { ListNumbering } from '../../../main/node/import/list-numbering';
import { paragraphStyles } from '../../../main/node/import/docx-styles';
import { docxParagraphs } from '../../../main/node/import/read-docx';

const run = (text: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (runs: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}</w:p>`;
const body = (...paras: string[]) => `<w:document><w:body>${paras.join('')}</w:body></w:document>`;
const read = (xml: string, styles: string | null = null, numbering: string | null = null) =>
  docxParagraphs(xml, ListNumbering.parse(numbering), paragraphStyles(styles)).map((p) => p.text);

describe('hidden text in a .docx (w:vanish): Word neither shows nor prints it', () => {
  it('a hidden run is no text, and neither are its tabs and breaks', () => {
    const xml = body(para(run('1.推进民生计量。') + `<w:r><w:rPr><w:vanish/></w:rPr><w:t>（起草说明：此处待定）</w:t><w:tab/><w:br/></w:r>` + run('（县市场监管局负责）')));
    expect(read(xml)).toEqual(['1.推进民生计量。（县市场监管局负责）']);
  });

  it('w:vanish w:val="0" shows a run whose character or paragraph style hides it', () => {
    const styles = '<w:styles><w:style w:type="character" w:styleId="note"><w:name w:val="批注说明"/><w:rPr><w:vanish/></w:rPr></w:style>'
      + '<w:style w:type="character" w:styleId="note2"><w:name w:val="说明2"/><w:basedOn w:val="note"/></w:style></w:styles>';
    const xml = body(para(run('（一）强化标准引领。') + run('内部备注', '<w:rStyle w:val="note2"/>') + run('可见', '<w:rStyle w:val="note"/><w:vanish w:val="0"/>')));
    expect(read(xml, styles)).toEqual(['（一）强化标准引领。可见']);
  });

  it('a paragraph hidden whole, text and mark, directly or by its paragraph style, leaves no line', () => {
    const styles = '<w:styles><w:style w:type="paragraph" w:styleId="hp"><w:name w:val="隐藏备注"/><w:rPr><w:vanish/></w:rPr></w:style></w:styles>';
    const xml = body(para(run('一、主要任务')), para(run('（此段仅供内部参考）', '<w:vanish/>'), '<w:rPr><w:vanish/></w:rPr>'),
      para(run('（修改说明）'), '<w:pStyle w:val="hp"/>'), para(run('（一）强化标准引领。')));
    expect(read(xml, styles)).toEqual(['一、主要任务', '（一）强化标准引领。']);
  });

  it('a style separator (the mark hidden by w:specVanish) runs a heading on into its paragraph, keeping the heading\'s list label', () => {
    const numbering = '<w:numbering><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>'
      + '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>';
    const heading = '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:rPr><w:specVanish/></w:rPr>';
    const xml = body(
      para(run('加强组织领导。'), heading), para(run('各部门要把质量工作摆上重要议事日程。（县政府办负责）')),
      para(run('强化考核督查。'), heading), para(run('将质量工作纳入年度考核。')),
    );
    expect(read(xml, null, numbering)).toEqual([
      '（一）加强组织领导。各部门要把质量工作摆上重要议事日程。（县政府办负责）',
      '（二）强化考核督查。将质量工作纳入年度考核。',
    ]);
  });

  it('so the hidden note adds no unit and the run-on heading is one measure with its units', () => {
    const xml = body(
      para(run('某县2026年质量强县工作要点')), para(run('一、主要任务')),
      para(run('（一）推进民生计量。') + run('（原稿：县商务局配合）', '<w:vanish/>') + run('（县市场监管局负责）')),
      para(run('（二）提升检验检测能力。'), '<w:rPr><w:specVanish/></w:rPr>'), para(run('建设区域检测中心。（县工信局牵头）')),
    );
    const r = importPlan(docxParagraphs(xml, ListNumbering.parse(null), paragraphStyles(null)));
    if (!r.ok) throw new Error(r.error.detail);
    expect(Plan.measures(r.value.plan).map((l) => [Item.leadText(l.item), Item.bodyText(l.item), l.item.leadUnits])).toEqual([
      ['推进民生计量。', '', ['县市场监管局']], ['提升检验检测能力。', '建设区域检测中心。', ['县工信局']],
    ]);
  });
});

describe('tracked formatting (w:pPrChange, w:rPrChange) holds the properties as they were', () => {
  it('a list numbering, bold or hidden text that was taken off is not read as the paragraph\'s', () => {
    const numbering = '<w:numbering><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
      + '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>';
    const formerNum = '<w:pPrChange w:id="1" w:author="a"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange>';
    const formerHidden = '<w:rPrChange w:id="2" w:author="a"><w:rPr><w:b/><w:vanish/></w:rPr></w:rPrChange>';
    const xml = body(para(run('各单位要加强组织领导。', formerHidden), formerNum));
    const [p] = docxParagraphs(xml, ListNumbering.parse(numbering), paragraphStyles(null));
    expect(p).toEqual({ text: '各单位要加强组织领导。' });
  });
});

describe('ruby text (拼音指南, w:ruby)', () => {
  it('reads the characters, not the pinyin set over them', () => {
    const ruby = (base: string, rt: string) => `<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/></w:rubyPr><w:rt><w:r><w:t>${rt}</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>${base}</w:t></w:r></w:rubyBase></w:ruby></w:r>`;
    const xml = body(para(run('（一）提升') + ruby('质', 'zhì') + ruby('量', 'liàng') + run('水平。（县市场监管局负责）')));
    expect(read(xml)).toEqual(['（一）提升质量水平。（县市场监管局负责）']);
  });
});
