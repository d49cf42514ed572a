import { Document, Packer, type Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { isAmbiguousCode, splitAmbiguous } from '../../../main/common/docx/ambiguous-runs';
import { AUTOSPACE_EM, LATIN, codeEm, renderedEm, scriptOfCode } from '../../../main/common/docx/layout/char-width';
import { exportContext } from '../../../main/common/docx/build-docx';
import { flowParagraph } from '../../../main/common/docx/flow-paragraph';
import type { RunSpec } from '../../../main/common/docx/text-run';
import { runXml } from '../../../main/common/docx/xml/paragraph-xml';
import { all, loadPlan } from './docx-kit';

// · “ ” — … are drawn in the Chinese face by Word (w:hint="eastAsia") and in Times by LibreOffice after a
// digit or for Latin-1: the exporter writes them in runs naming the Chinese face in every slot.

const code = (ch: string) => ch.codePointAt(0)!;

describe('isAmbiguousCode', () => {
  it('is true for what Word puts in the eastAsia face only because of the hint', () => {
    for (const ch of '·“”‘’—…×÷°§±→①ⅢαБ\uE000') expect(isAmbiguousCode(code(ch)), ch).toBe(true);
  });
  it('is false for ASCII, other Latin-1, CJK and full-width marks (the same face in Word and LibreOffice)', () => {
    for (const ch of 'aZ09 ."\'%£©«»中、。，《》（）：；！？％　\u00a0') expect(isAmbiguousCode(code(ch)), ch).toBe(false);
  });
  it('is true for the pinyin letters of Latin-1 (Word: the eastAsia face for a Chinese run), false for the other letters', () => {
    for (const ch of 'àáèéêìíòóùúü') expect(isAmbiguousCode(code(ch)), ch).toBe(true);
    for (const ch of 'ÀÁÉÜäöñçßâëîôûÿÆøÞ') expect(isAmbiguousCode(code(ch)), ch).toBe(false);
  });
  it('is true for the other pinyin tones and letters of GB2312 row 8 (Latin Extended-A/B, IPA, ḿ): Word gives a Chinese run the eastAsia face', () => {
    for (const ch of 'āēěīǐōǒūǔǖǘǚǜńňǹɑɡḿĀŁő') expect(isAmbiguousCode(code(ch)), ch).toBe(true);
    expect(splitAmbiguous('质(zhì)量(liàng)强(qiáng)县(xiàn)、绿(lǜ)色').filter((p) => p.ambiguous).map((p) => p.text)).toEqual(['ì', 'à', 'á', 'à', 'ǜ']);
  });
});

describe('Latin-1 letters in the layout model', () => {
  it('the pinyin twelve are one 字 in the Chinese face and spaced from 汉字 as Latin; the others have their Times widths', () => {
    expect(codeEm(code('é'))).toBe(1);
    expect(codeEm(code('ü'))).toBe(1);
    // Liberation Serif (Times-compatible) advances, as LibreOffice drew them in the probe ("一一ä…ä一一" = "一一a…a一一").
    expect([...'äñÀÆßÿ'].map((ch) => codeEm(code(ch)))).toEqual([0.444, 0.5, 0.722, 0.889, 0.5, 0.5]);
    expect(codeEm(code('ä'))).toBe(codeEm(code('a')));
    for (const ch of 'éüäÀñāǎǚḿ') expect(scriptOfCode(code(ch)), ch).toBe(LATIN);
    // The other tones are laid out as the Latin-1 pinyin: one 字, spaced from 汉字 (LibreOffice 7.4 measured
    // "一一ā×10一一" as "一一à×10一一", 145.41 pt, once both are in the Chinese face).
    expect(renderedEm('一ā一')).toBeCloseTo(renderedEm('一à一'));
    // 汉字 next to either kind gets LibreOffice's autospace, as next to an ASCII letter.
    expect(renderedEm('一ä一')).toBeCloseTo(renderedEm('一a一'));
    expect(renderedEm('一é一')).toBeCloseTo(3 + 2 * AUTOSPACE_EM);
  });
});

describe('splitAmbiguous', () => {
  it('cuts maximal runs of ambiguous and of other characters, in order', () => {
    expect(splitAmbiguous('“一·二”在3.15”—…')).toEqual([
      { text: '“', ambiguous: true }, { text: '一', ambiguous: false }, { text: '·', ambiguous: true },
      { text: '二', ambiguous: false }, { text: '”', ambiguous: true }, { text: '在3.15', ambiguous: false },
      { text: '”—…', ambiguous: true },
    ]);
  });
  it('leaves text without them (and empty text) whole', () => {
    expect(splitAmbiguous('实施方案2025')).toEqual([{ text: '实施方案2025', ambiguous: false }]);
    expect(splitAmbiguous('')).toEqual([{ text: '', ambiguous: false }]);
    expect(splitAmbiguous('——')).toEqual([{ text: '——', ambiguous: true }]);
  });
  it('never cuts a surrogate pair', () => {
    expect(splitAmbiguous('·𠀀·').map((p) => p.text)).toEqual(['·', '𠀀', '·']);
  });
});

const compiler = (Packer as unknown as { compiler: { compile(d: Document): Map<string, string | Uint8Array> } }).compiler;
const ctx = exportContext(loadPlan('small'));
function paragraphOf(runs: RunSpec[]): string {
  const node = flowParagraph(ctx, { style: 'GwBody', runs }).node as Paragraph;
  const xml = compiler.compile(new Document({ sections: [{ children: [node] }] })).get('word/document.xml') as string;
  return /<w:body>(<w:p>[\s\S]*?<\/w:p>)/.exec(xml)![1]!;
}
const run = (text: string, extra: Partial<RunSpec> = {}): RunSpec => ({ text, face: 'fangsong', size: 32, ...extra });
const CHANGE = { id: 7, author: '县发改局', date: '2026-03-01T08:00:00.000Z' };
const AMBIGUOUS_FONTS = '<w:rFonts w:ascii="仿宋_GB2312" w:cs="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:hint="eastAsia"/>';
const BODY_FONTS = '<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman" w:hint="eastAsia"/>';

describe('split runs in a paragraph', () => {
  it('names the Chinese face in every slot of the ambiguous pieces only', () => {
    const p = paragraphOf([run('建设“一中心”')]);
    const runs = all(p, /<w:r>([\s\S]*?)<\/w:r>/);
    expect(runs.map((r) => /<w:t[^>]*>([^<]*)</.exec(r)![1])).toEqual(['建设', '“', '一中心', '”']);
    expect(runs.map((r) => r.includes(AMBIGUOUS_FONTS))).toEqual([false, true, false, true]);
    expect(runs.map((r) => r.includes(BODY_FONTS))).toEqual([true, false, true, false]);
    expect(p).toBe(`<w:p><w:pPr><w:pStyle w:val="GwBody"/></w:pPr>${runXml(ctx.style.faces, run('建设“一中心”'))}</w:p>`);
  });

  it('writes pinyin letters in the Chinese face and other Latin-1 letters in the body run (Times in Word and LibreOffice)', () => {
    const runs = all(paragraphOf([run('Müller与Peña在café')]), /<w:r>([\s\S]*?)<\/w:r>/);
    expect(runs.map((r) => /<w:t[^>]*>([^<]*)</.exec(r)![1])).toEqual(['M', 'ü', 'ller与Peña在caf', 'é']);
    expect(runs.map((r) => r.includes(AMBIGUOUS_FONTS))).toEqual([false, true, false, true]);
  });

  it('keeps an inserted run\'s pieces inside one w:ins with one id', () => {
    const p = paragraphOf([run('前文'), run('“新增”', { change: { kind: 'insert', ...CHANGE } }), run('后文')]);
    const ins = all(p, /<w:ins ([\s\S]*?)<\/w:ins>/);
    expect(ins).toHaveLength(1);
    expect(ins[0]).toMatch(/^w:id="7" w:author="县发改局" w:date="2026-03-01T08:00:00.000Z">/);
    expect(all(ins[0]!, /<w:t[^>]*>([^<]*)</)).toEqual(['“', '新增', '”']);
    expect(all(p.replace(/<w:ins [\s\S]*?<\/w:ins>/, ''), /<w:t[^>]*>([^<]*)</)).toEqual(['前文', '后文']);
  });

  it('keeps a deleted run\'s pieces inside one w:del, each as w:delText', () => {
    const p = paragraphOf([run('删去·的字', { change: { kind: 'delete', ...CHANGE } })]);
    const del = all(p, /<w:del ([\s\S]*?)<\/w:del>/);
    expect(del).toHaveLength(1);
    expect(all(del[0]!, /<w:r>([\s\S]*?)<\/w:r>/)).toHaveLength(3);
    expect(all(del[0]!, /<w:delText[^>]*>([^<]*)</)).toEqual(['删去', '·', '的字']);
    expect(del[0]).not.toContain('<w:t ');
  });

  it('starts a comment range before the first piece and ends it after the last', () => {
    const p = paragraphOf([run('前文'), run('“批注”范围', { commentStart: [3], commentEnd: [3], change: { kind: 'insert', ...CHANGE } }), run('后文')]);
    const order = all(p, /<(w:commentRangeStart|w:commentRangeEnd|w:ins|\/w:ins|w:commentReference|w:t)[ >/]/);
    expect(order).toEqual(['w:t', 'w:commentRangeStart', 'w:ins', 'w:t', 'w:t', 'w:t', 'w:t', '/w:ins', 'w:commentRangeEnd', 'w:commentReference', 'w:t']);
    expect(p).toMatch(/<w:commentRangeStart w:id="3"\/><w:ins /);
    expect(p).toMatch(/<\/w:ins><w:commentRangeEnd w:id="3"\/>/);
  });

  it('writes a comment range over a plain split run around all its pieces', () => {
    const p = paragraphOf([run('“甲”', { commentStart: [1], commentEnd: [1] })]);
    expect(all(p, /<(w:commentRangeStart|w:commentRangeEnd|w:commentReference|w:t)[ >/]/)).toEqual(['w:commentRangeStart', 'w:t', 'w:t', 'w:t', 'w:commentRangeEnd', 'w:commentReference']);
  });
});
