import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../main/node/import/import-file';
import { docxParagraphs } from '../../../main/node/import/read-docx';
import { summarize } from './helpers/plan-summary';
import { seedDocx } from './helpers/seed-docx';
import { SEED_NAMES, golden, seedText } from './helpers/seeds';

describe('.docx versions of the seeds import like the .txt', () => {
  for (const name of SEED_NAMES) {
    it(`${name}.docx matches the golden summary of ${name}.txt`, async () => {
      const titles = golden(name).measures.map((m) => m.title);
      const r = importBytes(await seedDocx(seedText(name), titles), `${name}.docx`);
      if (!r.ok) throw new Error(r.error.detail);
      expect(summarize(r.value.plan)).toEqual(golden(name));
    });
  }
});

describe('docx reader', () => {
  it('reads the leading bold run, entities, tabs and table cells', () => {
    const xml = '<w:document><w:body>'
      + '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>1.加强领导。</w:t></w:r><w:r><w:t xml:space="preserve">A &amp; B&#x3002;</w:t></w:r></w:p>'
      + '<w:p><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>不加粗</w:t></w:r><w:r><w:tab/><w:t>x</w:t></w:r></w:p>'
      + '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>工作任务</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>责任</w:t></w:r></w:p><w:p><w:r><w:t>部门</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
      + '</w:body></w:document>';
    expect(docxParagraphs(xml)).toEqual([
      { text: '1.加强领导。A & B。', bold: '1.加强领导。' },
      { text: '不加粗\tx' },
      { text: '工作任务 | 责任部门 |' },
    ]);
  });

  it('reads a tab stop of the paragraph properties as no text, and a positional tab in a run as a tab', () => {
    // Word and WPS write w:pPr/w:tabs on many body paragraphs; each stop is a w:tab element too.
    const stops = '<w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/><w:tab w:val="left" w:pos="840"/></w:tabs></w:pPr>';
    const xml = `<w:document><w:body><w:p>${stops}<w:r><w:t>（一）加强组织领导。</w:t></w:r></w:p>`
      + `<w:p>${stops}<w:r><w:t>县政府办公室</w:t></w:r><w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/><w:t>2024年4月19日印发</w:t></w:r></w:p>`
      + '</w:body></w:document>';
    expect(docxParagraphs(xml)).toEqual([{ text: '（一）加强组织领导。' }, { text: '县政府办公室\t2024年4月19日印发' }]);
  });
});

describe('docx reader: tracked changes', () => {
  it('reads the text as it now stands: inserted and moved-here text in, deleted and moved-away text out', () => {
    const run = (t: string) => `<w:r><w:t>${t}</w:t></w:r>`;
    const xml = '<w:document><w:body>'
      + `<w:p><w:moveTo w:id="1">${run('（一）加强组织领导。')}</w:moveTo></w:p>`
      + `<w:p>${run('（二）')}<w:ins w:id="2">${run('强化')}</w:ins><w:del w:id="3"><w:r><w:delText>加强</w:delText></w:r></w:del>${run('督查。')}</w:p>`
      + `<w:p><w:pPr><w:rPr><w:moveFrom w:id="4"/></w:rPr></w:pPr><w:moveFrom w:id="5">${run('（一）加强组织领导。')}</w:moveFrom></w:p>`
      + '</w:body></w:document>';
    expect(docxParagraphs(xml)).toEqual([{ text: '（一）加强组织领导。' }, { text: '（二）强化督查。' }]);
  });
});

describe('docx reader: text boxes and alternate content', () => {
  it('reads a text box inside a paragraph once, and keeps the paragraph around it', () => {
    const box = '<w:txbxContent><w:p><w:r><w:t>鄂托克前旗人民政府文件</w:t></w:r></w:p></w:txbxContent>';
    const xml = '<w:document><w:body><w:p><w:r><w:t>前</w:t></w:r>'
      + `<w:r><mc:AlternateContent><mc:Choice Requires="wps">${box}</mc:Choice><mc:Fallback>${box}</mc:Fallback></mc:AlternateContent></w:r>`
      + '<w:r><w:t>后</w:t></w:r></w:p><w:p/><w:p><w:r><w:t>下一段</w:t></w:r></w:p></w:body></w:document>';
    expect(docxParagraphs(xml)).toEqual([{ text: '鄂托克前旗人民政府文件' }, { text: '前后' }, { text: '下一段' }]);
  });
});
