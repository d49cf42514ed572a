import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../main/node/import/import-file';
import { readDocx } from '../../../main/node/import/read-docx';
import { symbolChar } from '../../../main/node/import/docx-symbol';
import { headerPart, packageDocx, para, run, table } from '../../fixtures/docx-styles/docx-xml';

// What Word writes outside the body's runs of text: the first page's header, symbols (w:sym), embedded
// HTML/MHT parts (w:altChunk). Made-up documents in the 公文 layout.

const plain = (t: string) => para(run(t));
const BODY = ['某县人民政府办公室关于印发某县2026年质量提升行动方案的通知', '各乡镇人民政府，县政府各部门：', '现将《某县2026年质量提升行动方案》印发给你们，请认真贯彻落实。',
  '某县2026年质量提升行动方案', '一、主要任务', '（一）培育质量品牌。开展品牌培育行动。（县市场监管局牵头）'];
const lines = (bytes: Uint8Array) => {
  const r = readDocx(bytes);
  if (!r.ok) throw new Error(r.error.detail);
  return r.value.map((p) => p.text);
};
const PAGE = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';
const pageNo = para(run('— ') + PAGE + run(' —'));

function withHeaders(headers: Record<string, string>, sectPr: string, body = BODY.map(plain).join('')): Uint8Array {
  const parts = Object.fromEntries(Object.entries(headers).map(([id, xml]) => [`${id}.xml`, headerPart('hdr', xml)]));
  const rels = Object.fromEntries(Object.keys(headers).map((id) => [id, ['header', `${id}.xml`] as [string, string]]));
  return packageDocx(body, undefined, undefined, { parts, rels, sectPr });
}

describe('the first page\'s header (页眉) of a 红头 template', () => {
  it('首页不同: the first-page header\'s 标志 and 文号 head the document; the default header\'s page number does not', () => {
    const bytes = withHeaders({ h1: pageNo, h2: plain('某县人民政府办公室文件') + plain('某政办发〔2026〕3号') },
      '<w:headerReference w:type="default" r:id="h1"/><w:headerReference w:type="first" r:id="h2"/><w:titlePg/>');
    expect(lines(bytes).slice(0, 3)).toEqual(['某县人民政府办公室文件', '某政办发〔2026〕3号', BODY[0]]);
    const r = importBytes(bytes, 'x.docx');
    if (!r.ok) throw new Error(r.error.detail);
    expect(r.value.plan.meta.docNumber).toMatchObject({ agency: '某政办发', year: 2026, serial: 3 });
  });

  it('no 首页不同: the default header is the first page\'s; its running head and page number are not read', () => {
    const bytes = withHeaders({ h1: plain('某县人民政府办公室文件') + plain('某县2026年质量提升行动方案（征求意见稿）') + para(run('第 ') + PAGE + run(' 页')) },
      '<w:headerReference w:type="default" r:id="h1"/>');
    expect(lines(bytes).slice(0, 2)).toEqual(['某县人民政府办公室文件', BODY[0]]);
  });

  it('首页不同 with no first-page header: the first page has none; a 标志 also typed in the body is read once', () => {
    const none = withHeaders({ h1: plain('某县人民政府办公室文件') }, '<w:headerReference w:type="default" r:id="h1"/><w:titlePg/>');
    expect(lines(none)[0]).toBe(BODY[0]);
    const twice = withHeaders({ h1: plain('某县人民政府办公室文件') }, '<w:headerReference w:type="default" r:id="h1"/>', [plain('某县人民政府办公室文件'), ...BODY.map(plain)].join(''));
    expect(lines(twice).filter((l) => l === '某县人民政府办公室文件')).toHaveLength(1);
  });
});

describe('the first section', () => {
  it('is the first w:sectPr in document order (a section break\'s), and a tracked change\'s former properties are not it', () => {
    const former = '<w:sectPrChange w:id="1" w:author="审稿人"><w:sectPr><w:titlePg/></w:sectPr></w:sectPrChange>';
    const body = `${para(run(BODY[0]!), {})}<w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="h1"/>${former}</w:sectPr></w:pPr></w:p>${BODY.slice(1).map(plain).join('')}`;
    const bytes = withHeaders({ h1: plain('某县人民政府办公室文件'), h2: plain('某县人民政府文件') }, '<w:headerReference w:type="default" r:id="h2"/>', body);
    expect(lines(bytes)[0]).toBe('某县人民政府办公室文件');
  });
});

describe('symbols (w:sym, 插入 → 符号)', () => {
  it('a Unicode font\'s code is the character; a symbol font\'s F0xx slot is what it draws; an unknown slot is nothing', () => {
    expect([symbolChar('宋体', '3014'), symbolChar('SimSun', 'F0B7'), symbolChar('Wingdings', 'F06C'), symbolChar('Wingdings 2', 'F0A3'), symbolChar('Symbol', 'F0B7'), symbolChar('Wingdings', 'F021')])
      .toEqual(['〔', '·', '●', '□', '•', '']);
  });

  it('the 〔〕 of a 文号 inserted as symbols are read, and a bullet from Wingdings', () => {
    const sym = (font: string, code: string) => `<w:r><w:sym w:font="${font}" w:char="${code}"/></w:r>`;
    const body = para(run('某政办发') + sym('宋体', '3014') + run('2026') + sym('宋体', '3015') + run('3号')) + para(sym('Wingdings', 'F06C') + run('开展品牌培育行动。'));
    expect(lines(packageDocx(body))).toEqual(['某政办发〔2026〕3号', '●开展品牌培育行动。']);
  });
});

describe('embedded parts (w:altChunk): text pasted from a web page into WPS', () => {
  const chunked = (name: string, content: string) => packageDocx(`${plain(BODY[0]!)}<w:altChunk r:id="rIdC"/>${plain('某县人民政府办公室')}`, undefined, undefined,
    { parts: { [name]: content }, rels: { rIdC: ['aFChunk', name] } });

  it('an HTML part is read as the importer reads an .htm, where the element stands', () => {
    const html = `<html><body>${BODY.slice(1).map((l) => `<p>${l}</p>`).join('')}<table><tr><td>1</td><td>培育品牌。</td><td>县市场监管局</td></tr></table></body></html>`;
    expect(lines(chunked('afchunk.htm', html))).toEqual([...BODY, '1 | 培育品牌。 | 县市场监管局 |', '某县人民政府办公室']);
  });

  it('an MHT part (quoted-printable UTF-8) is read through its HTML part', () => {
    const qp = (s: string) => [...new TextEncoder().encode(s)].map((b) => (b < 128 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
    const mht = ['MIME-Version: 1.0', 'Content-Type: multipart/related; boundary="----=_NextPart_01"', '', '------=_NextPart_01',
      'Content-Location: file:///C:/afchunk.htm', 'Content-Transfer-Encoding: quoted-printable', 'Content-Type: text/html; charset="utf-8"', '',
      qp(`<html><body><p>${BODY[4]}</p><p>${BODY[5]}</p></body></html>`), '', '------=_NextPart_01--', ''].join('\r\n');
    expect(lines(chunked('afchunk.mht', mht))).toEqual([BODY[0], BODY[4], BODY[5], '某县人民政府办公室']);
  });

  it('a chunk inside a table\'s cell is that cell\'s text', () => {
    const bytes = packageDocx(table([[{ xml: plain('1') }, { xml: '<w:altChunk r:id="rIdC"/><w:p/>' }]]), undefined, undefined,
      { parts: { 'c.htm': '<html><body><p>培育品牌。</p></body></html>' }, rels: { rIdC: ['aFChunk', 'c.htm'] } });
    expect(lines(bytes)).toEqual(['1 | 培育品牌。 |']);
  });
});
