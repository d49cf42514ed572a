import { describe, expect, it } from 'vitest';
import { composeDocx } from '../../../main/common/docx/build-docx';
import { all, exportParts, loadPlan, paragraphTexts, styleXml } from './docx-kit';

// GB/T 9704-2012 Tier 1 (OOXML) checks from docs/gbt9704.md#what-is-checked-and-how.
describe('buildDocx: page geometry [Std 5.2.1]', () => {
  it('mode A: A4, margins 37/26/35/28 mm, 28.95 pt exact lines on a 22-line grid', async () => {
    const p = await exportParts(loadPlan('small'));
    const doc = p['word/document.xml']!;
    expect(all(doc, /<w:pgSz ([^>]*)\/>/)).toEqual(expect.arrayContaining(['w:w="11906" w:h="16838" w:orient="portrait"']));
    for (const mar of all(doc, /<w:pgMar ([^>]*)\/>/)) {
      expect(mar).toContain('w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"');
    }
    // 版心 width: left + 8844 + right = the paper width.
    expect(1588 + 8844 + 1474).toBe(11906);
    expect(doc).toContain('<w:docGrid w:type="lines" w:linePitch="579"/>');
    expect(doc).not.toContain('w:charSpace');
    const normal = styleXml(p['word/styles.xml']!, 'Normal');
    expect(normal).toContain('<w:spacing w:after="0" w:before="0" w:line="579" w:lineRule="exact"/>');
    expect(normal).toContain('<w:w w:val="98"/>');
    expect(normal).toContain('<w:sz w:val="32"/>');
  });

  it('mode B: glyph-accurate margins and a 29.6 pt pitch', async () => {
    const p = await exportParts(loadPlan('small'), { lineMode: 'glyph-accurate' });
    const doc = p['word/document.xml']!;
    expect(doc).toMatch(/<w:pgMar w:top="1888" w:right="1474" w:bottom="1848" w:left="1588"/); // 33.3 / 32.6 mm, LO-calibrated
    expect(doc).toContain('<w:docGrid w:type="lines" w:linePitch="592"/>');
    expect(styleXml(p['word/styles.xml']!, 'Normal')).toContain('w:line="592" w:lineRule="exact"');
  });
});

describe('buildDocx: fonts and styles', () => {
  it('names fonts on every run (eastAsia + hint, TNR for Latin; the Chinese face throughout for · “ ” —) and never a theme font', async () => {
    const p = await exportParts(loadPlan('small'), { redHead: true });
    const parts = ['word/document.xml', 'word/footer1.xml', 'word/styles.xml'].map((k) => p[k]!);
    let ambiguous = 0;
    for (const xml of parts) {
      expect(xml).not.toMatch(/w:(ascii|hAnsi|eastAsia|cs)Theme=/);
      for (const run of all(xml, /<w:r>([\s\S]*?)<\/w:r>/)) {
        if (!/<w:t[ >]|<w:instrText/.test(run)) continue;
        const text = /<w:t[^>]*>([^<]*)<\/w:t>/.exec(run)?.[1] ?? '';
        if (/^[—·“”]+$/.test(text)) {
          ambiguous++;
          expect(run).toMatch(/<w:rFonts w:ascii="([^"]+)" w:cs="\1" w:eastAsia="\1" w:hAnsi="\1" w:hint="eastAsia"\/>/);
          expect(run).not.toContain('Times New Roman');
        } else {
          expect(text).not.toMatch(/[—·“”]/);
          expect(run).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="[^"]+" w:hAnsi="Times New Roman" w:hint="eastAsia"\/>/);
        }
      }
    }
    expect(ambiguous, 'the footer\'s dashes').toBeGreaterThanOrEqual(2);
  });

  it('defines real heading styles with outline levels, the GB/T 9704 faces and no blue', async () => {
    const styles = (await exportParts(loadPlan('small')))['word/styles.xml']!;
    const faces = { 1: '黑体', 2: '楷体_GB2312', 3: '仿宋_GB2312', 4: '仿宋_GB2312' } as const;
    for (const level of [1, 2, 3, 4] as const) {
      const s = styleXml(styles, `Heading${level}`);
      expect(s).toContain(`<w:outlineLvl w:val="${level - 1}"/>`);
      expect(s).toContain(`w:eastAsia="${faces[level]}"`);
      expect(s).toContain('<w:color w:val="000000"/>');
      expect(s).toContain('<w:sz w:val="32"/>');
    }
    expect(styles).not.toMatch(/2E74B5/i);
    expect(styleXml(styles, 'GwTitle')).toMatch(/<w:snapToGrid w:val="0"\/>[\s\S]*<w:sz w:val="44"\/>/);
    expect(styleXml(styles, 'GwBody')).toContain('<w:ind w:firstLine="640" w:firstLineChars="200"/>');
    // No widow control (full 22-line pages, countable by page-layout), no CJK/Latin autospace, and no
    // explicit overflowPunct in body text: every renderer then hangs ，。 the same way (line-estimate.ts).
    const normal = styleXml(styles, 'Normal');
    expect(normal).toContain('<w:widowControl w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:spacing');
    expect(normal).not.toContain('overflowPunct');
    expect(styleXml(styles, 'GwTable')).toContain('<w:overflowPunct w:val="0"/>');
  });

  it('writes a font table with altNames for the Chinese faces', async () => {
    const p = await exportParts(loadPlan('small'));
    const ft = p['word/fontTable.xml']!;
    expect(ft).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:charset w:val="86"/>');
    expect(ft).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="方正小标宋_GBK"/>');
    expect(ft).toContain('<w:font w:name="Times New Roman"><w:charset w:val="00"/>');
    expect(p['word/_rels/document.xml.rels']).toContain('Target="fontTable.xml"');
    expect(p['[Content_Types].xml']).toContain('/word/fontTable.xml');
  });
});

describe('buildDocx: page numbers [Std 7.5]', () => {
  it('odd right / even left, 空一字, "— PAGE —" in 4号宋体 with a cached number, evenAndOddHeaders on', async () => {
    const p = await exportParts(loadPlan('small'));
    expect(p['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
    const doc = p['word/document.xml']!;
    const rels = p['word/_rels/document.xml.rels']!;
    const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
    const odd = p[`word/${target(/w:footerReference w:type="default" r:id="(rId\d+)"/.exec(doc)![1]!)}`]!;
    const even = p[`word/${target(/w:footerReference w:type="even" r:id="(rId\d+)"/.exec(doc)![1]!)}`]!;
    expect(odd).toMatch(/<w:ind w:right="280"\/><w:jc w:val="right"\/>/);
    expect(even).toMatch(/<w:ind w:left="280"\/><w:jc w:val="left"\/>/);
    // The PAGE field carries the first page of its parity as its cached result: previewers that do not
    // lay the document out show it instead of nothing.
    expect(paragraphTexts(odd).join('')).toBe('— 1 —');
    expect(paragraphTexts(even).join('')).toBe('— 2 —');
    for (const f of [odd, even]) {
      expect(f).toMatch(/<w:fldSimple w:instr="PAGE"><w:r><w:rPr>.*?<\/w:rPr><w:t xml:space="preserve">\d+<\/w:t><\/w:r><\/w:fldSimple>/);
      expect(f).toContain('w:eastAsia="宋体"');
      expect(all(f, /<w:sz w:val="(\d+)"\/>/).every((v) => v === '28')).toBe(true);
    }
  });

  it('caches each section\'s own first number, and names the app as author, not "Un-named"', async () => {
    const plan = loadPlan('seed-003-task-table');
    const { layout } = composeDocx(plan, { taskTable: true });
    const p = await exportParts(plan, { taskTable: true });
    const doc = p['word/document.xml']!;
    const rels = p['word/_rels/document.xml.rels']!;
    const cached = (id: string) => {
      const file = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1]!;
      const m = /<w:fldSimple w:instr="PAGE"><w:r><w:rPr>.*?<\/w:rPr><w:t xml:space="preserve">(\d+)</.exec(p[`word/${file}`]!);
      return m ? Number(m[1]) : null;
    };
    const sections = all(doc, /<w:sectPr([\s\S]*?)<\/w:sectPr>/);
    expect(sections.length).toBe(layout.segmentStarts.length);
    let numbered = 0;
    sections.forEach((sect, i) => {
      const start = layout.segmentStarts[i]!;
      const odd = cached(/w:footerReference w:type="default" r:id="(rId\d+)"/.exec(sect)![1]!);
      const even = cached(/w:footerReference w:type="even" r:id="(rId\d+)"/.exec(sect)![1]!);
      if (layout.unnumberedPages.includes(start)) {
        expect([odd, even]).toEqual([null, null]);
        return;
      }
      numbered++;
      expect(odd! % 2).toBe(1);
      expect(even! % 2).toBe(0);
      expect(Math.min(odd!, even!)).toBe(start);
    });
    expect(numbered).toBeGreaterThanOrEqual(2);
    expect(layout.segmentStarts[1]).toBeGreaterThan(2);
    expect(p['docProps/core.xml']).toContain('<cp:lastModifiedBy>计划编制助手</cp:lastModifiedBy>');
  });
});

describe('buildDocx: the document body', () => {
  it('prints title, 主送, numbered headings, run-in titles, notation, 附件说明, 落款, 附注 in order', async () => {
    const texts = paragraphTexts((await exportParts(loadPlan('small')))['word/document.xml']!).filter(Boolean);
    expect(texts.slice(0, 4)).toEqual([
      '某某县2025年质量强县工作行动计划',
      '各乡镇人民政府，县直各部门：',
      '为深入实施质量强国战略，结合我县实际，制定本行动计划。',
      '一、指导思想',
    ]);
    expect(texts).toContain('二、主要任务');
    expect(texts).toContain('（一）提升产品质量');
    expect(texts).toContain('1.强化标准引领。推动企业开展对标达标活动。（牵头单位：县市场监督管理局；责任单位：县工业和信息化局、县农业农村局；完成时限：2025年12月底前）');
    expect(texts).toContain('2.提升工程质量。落实工程质量终身责任制。（牵头单位：县住房和城乡建设局）');
    expect(texts).toContain('（一）加强组织领导。各成员单位要明确分管领导。');
    const tail = texts.slice(texts.indexOf('各单位要确保各项任务圆满完成。'));
    expect(tail.slice(0, 5)).toEqual(['各单位要确保各项任务圆满完成。', '附件：某某县质量奖管理办法', '某某县人民政府', '2025年3月6日', '（此件公开发布）']);
  });

  it('puts the run-in title in the heading face of its level and the rest in 仿宋', async () => {
    const doc = (await exportParts(loadPlan('small')))['word/document.xml']!;
    const para = all(doc, /<w:p>([\s\S]*?)<\/w:p>/).find((x) => x.includes('加强组织领导'))!;
    const runs = all(para, /<w:r>([\s\S]*?)<\/w:r>/);
    const faceOf = (text: string) => /w:eastAsia="([^"]+)"/.exec(runs.find((r) => r.includes(`>${text}<`))!)![1];
    expect(faceOf('（一）')).toBe('楷体_GB2312');
    expect(faceOf('加强组织领导。')).toBe('楷体_GB2312');
    expect(faceOf('各成员单位要明确分管领导。')).toBe('仿宋_GB2312');
  });

  it('starts the attachment on a new page with 附件 in 黑体 and its title, regulation numbering 第一章/第一条', async () => {
    const doc = (await exportParts(loadPlan('small'), { duplex: false }))['word/document.xml']!;
    expect(all(doc, /<w:sectPr>/).length).toBe(2);
    const texts = paragraphTexts(doc).filter(Boolean);
    const at = texts.indexOf('附件');
    expect(texts.slice(at, at + 4)).toEqual(['附件', '某某县质量奖管理办法', '第一章　总则', '第一条　为鼓励企业追求卓越质量，制定本办法。']);
  });

  it('builds the 版记 as page-anchored frames ending on the 版心 bottom, thick-thin-thick', async () => {
    const doc = (await exportParts(loadPlan('small')))['word/document.xml']!;
    const frames = all(doc, /<w:p><w:pPr><w:pStyle w:val="GwImprint"\/>([\s\S]*?)<\/w:p>/);
    expect(frames).toHaveLength(2);
    const y = frames.map((f) => Number(/w:y="(\d+)"/.exec(f)![1]));
    const h = frames.map((f) => Number(/w:h="(\d+)"/.exec(f)![1]));
    expect(y[1]! + h[1]!).toBe(Math.round((262 * 1440) / 25.4)); // the last rule on the 版心 bottom [Std 7.4.1]
    expect(y[0]! + h[0]!).toBe(y[1]);
    expect(frames[0]).toMatch(/<w:top w:val="single" w:color="000000" w:sz="8"[^>]*\/><w:bottom w:val="single" w:color="000000" w:sz="6"/);
    expect(frames[1]).toMatch(/<w:bottom w:val="single" w:color="000000" w:sz="8"/);
    expect(frames.every((f) => f.includes('w:vAnchor="page"'))).toBe(true);
    expect(paragraphTexts(doc)).toEqual(expect.arrayContaining(['抄送：县委办公室，县人大常委会办公室。', '某某县人民政府办公室\t2025年3月7日印发']));
  });

  it('文件 format: red 标志, 文号 with 六角括号 and a red rule as wide as the 版心', async () => {
    const doc = (await exportParts(loadPlan('small'), { redHead: true }))['word/document.xml']!;
    const texts = paragraphTexts(doc);
    expect(texts[1]).toBe('某某县人民政府文件');
    const docNo = texts.find((t) => /〔\d{4}〕/.test(t))!;
    expect(docNo).toMatch(/^[^〔〕]+〔\d{4}〕[1-9]\d*号$/);
    const ruled = all(doc, /<w:p>([\s\S]*?)<\/w:p>/).find((x) => x.includes(docNo))!;
    expect(ruled).toMatch(/<w:bottom w:val="single" w:color="FF0000" w:sz="12"/);
    expect(doc).toMatch(/<w:color w:val="FF0000"\/><w:sz w:val="72"\/>/);
  });
});

describe('buildDocx: 印发通知 and 任务分解表', () => {
  it('wraps the plan in its notice: notice title, 主送 and 落款 first, the plan on a new page', async () => {
    const doc = (await exportParts(loadPlan('seed-004-notice')))['word/document.xml']!;
    const texts = paragraphTexts(doc).filter(Boolean);
    expect(texts[0]).toBe('鄂托克前旗人民政府关于印发《鄂托克前旗推进质量强旗实施方案》的通知');
    expect(texts.slice(1, 5)).toEqual(['上海庙经济开发区管委会，各镇人民政府，旗直各部门，各企事业单位：', '经旗人民政府研究同意，现将《鄂托克前旗推进质量强旗实施方案》印发给你们，请认真遵照执行。', '鄂托克前旗人民政府', '2019年8月16日']);
    expect(doc).toMatch(/<w:pageBreakBefore\/>[\s\S]{0,400}鄂托克前旗推进质量强旗实施方案</);
    const plain = paragraphTexts((await exportParts(loadPlan('seed-004-notice'), { notice: false }))['word/document.xml']!).filter(Boolean);
    expect(plain[0]).toBe('鄂托克前旗推进质量强旗实施方案');
  });

  it('generates the 任务分解表 from the measures as a landscape section with a repeated header', async () => {
    const plan = loadPlan('seed-003-task-table');
    const doc = (await exportParts(plan))['word/document.xml']!;
    expect(doc).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    const tbl = all(doc, /<w:tbl>([\s\S]*?)<\/w:tbl>/).find((t) => t.includes('完成时限'))!;
    const cols = all(tbl, /<w:gridCol w:w="(\d+)"\/>/).map(Number);
    expect(cols.reduce((a, b) => a + b, 0)).toBe(12756);
    expect(tbl).toMatch(/<w:tblW w:type="dxa" w:w="12756"\/>|<w:tblW w:w="12756" w:type="dxa"\/>/);
    const rows = all(tbl, /<w:tr>([\s\S]*?)<\/w:tr>/);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows).toHaveLength(1 + 24);
    expect(paragraphTexts(rows[0]!)).toEqual(['序号', '工作任务', '主要内容', '牵头单位', '责任单位', '完成时限']);
    expect(paragraphTexts(rows[1]!).slice(0, 2)).toEqual(['1', '提高农产品优质供给水平']);
    expect(tbl).toContain('<w:pStyle w:val="GwTable"/>');
    // Table text is off the 28.95 pt grid.
    expect(styleXml((await exportParts(plan))['word/styles.xml']!, 'GwTable')).toMatch(/<w:snapToGrid w:val="0"\/><w:spacing [^>]*w:line="360" w:lineRule="exact"/);
    // Landscape page numbers: turned text boxes at the portrait position [Std 8].
    const parts = await exportParts(plan);
    const landscapeFooters = Object.entries(parts).filter(([k, v]) => /^word\/footer\d+\.xml$/.test(k) && v.includes('<wps:bodyPr'));
    expect(landscapeFooters).toHaveLength(2);
    for (const [, f] of landscapeFooters) {
      expect(f).toMatch(/<wps:bodyPr[^>]*vert="vert"/);
      expect(f).toContain('<w:fldSimple w:instr="PAGE">');
      expect(f).toContain('<wp:positionH relativeFrom="page">');
      // Readers without DrawingML shapes (Word 2007, older WPS) get the same box in VML: the DrawingML box is
      // the mc:Choice, the VML box the mc:Fallback, each with the turned "— PAGE —" paragraph.
      const alt = /<w:r><mc:AlternateContent><mc:Choice Requires="wps">([\s\S]*?)<\/mc:Choice><mc:Fallback>([\s\S]*?)<\/mc:Fallback><\/mc:AlternateContent><\/w:r>/.exec(f);
      expect(alt, 'the number run is an mc:AlternateContent').not.toBeNull();
      const [, choice, fallback] = alt!;
      expect(choice).toMatch(/^<w:drawing><wp:anchor [\s\S]*<wps:bodyPr[^>]*vert="vert"[\s\S]*<\/w:drawing>$/);
      expect(fallback).toMatch(/^<w:pict><v:rect [^>]*style="position:absolute;[^"]*mso-position-horizontal-relative:page;mso-position-vertical-relative:page[^"]*"[^>]*><v:textbox style="layout-flow:vertical" inset="0,0,0,0"><w:txbxContent>/);
      const content = (xml: string) => /<w:txbxContent>([\s\S]*)<\/w:txbxContent>/.exec(xml)![1];
      expect(content(fallback)).toBe(content(choice));
      // Turned text: the 一字线 stay Latin (Times, no eastAsia hint, not split off), so they turn with the
      // line instead of standing upright as Chinese-face characters do in vertical text (turnedRunXml).
      expect(content(fallback)).toMatch(/^<w:p>.*<w:rFonts w:ascii="Times New Roman" [^>]*w:hAnsi="Times New Roman"\/>.*>— <\/w:t><\/w:r><w:fldSimple w:instr="PAGE">.*<\/w:fldSimple><w:r>.*> —<\/w:t><\/w:r><\/w:p>$/);
      expect(content(fallback)).not.toContain('w:hint');
      // Same place on the page: the VML box is the DrawingML box narrowed to one line about the same centre.
      const emuToPt = (n: number) => n / 12700;
      const left = emuToPt(Number(/<wp:positionH relativeFrom="page"><wp:posOffset>(\d+)</.exec(choice)![1]));
      const top = emuToPt(Number(/<wp:positionV relativeFrom="page"><wp:posOffset>(\d+)</.exec(choice)![1]));
      const [cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(choice)!.slice(1).map((v) => emuToPt(Number(v)));
      const css = (k: string) => Number(new RegExp(`${k}:([0-9.]+)pt`).exec(fallback)![1]);
      expect(css('margin-left') + css('width') / 2).toBeCloseTo(left + cx! / 2, 1);
      expect(css('margin-top')).toBeCloseTo(top, 1);
      expect(css('height')).toBeCloseTo(cy!, 1);
      expect(css('width')).toBeCloseTo(18, 1); // the 18 pt footer line
    }
    // docPr ids are unique in the package.
    const ids = landscapeFooters.flatMap(([, f]) => all(f, /<wp:docPr id="(\d+)"/));
    expect(new Set(ids).size).toBe(ids.length);
    const without = (await exportParts(plan, { taskTable: false }))['word/document.xml']!;
    expect(without).not.toContain('w:orient="landscape"');
    expect(paragraphTexts(without)).not.toContain('附件：湛江市开展质量提升行动方案工作任务分解表');
  });
});

describe('buildDocx: 落款 [Std 7.3.5]', () => {
  const indentOf = (doc: string, text: string) => Number(/<w:ind w:right="(\d+)"/.exec(all(doc, /<w:p>([\s\S]*?)<\/w:p>/).find((p) => p.includes(`>${text}<`))!)![1]);
  const zi = 16 * 20 * 0.98; // one condensed 3号 字 in twips
  it('unsealed: the date starts two 字 right of the 署名 and keeps 右空二字, pushing the 署名 left', async () => {
    const doc = (await exportParts(loadPlan('small')))['word/document.xml']!;
    // 某某县人民政府 = 7 字; 2025年3月6日 renders 7 字 wide (6 字 of advances + 0.2 字 of LibreOffice's
    // autospace at each of its five 汉字/digit seams): shifted two 字 the date would reach the edge, so it
    // goes 右空二字 and the 署名 右空四字 (7.3.5.2 "如成文日期长于发文机关署名").
    expect(indentOf(doc, '2025年3月6日')).toBe(Math.round(2 * zi));
    expect(indentOf(doc, '某某县人民政府')).toBe(Math.round(4 * zi));
    const long = { ...loadPlan('small'), meta: { ...loadPlan('small').meta, signature: '某某县质量强县工作领导小组办公室' } };
    const d2 = (await exportParts(long))['word/document.xml']!;
    // A long 署名 (16 字) sits 右空二字; the date's first character is two 字 right of the 署名's.
    expect(indentOf(d2, '某某县质量强县工作领导小组办公室')).toBe(Math.round(2 * zi));
    expect(indentOf(d2, '2025年3月6日')).toBe(Math.round((16 - 7) * zi));
  });
  it('sealed: date 右空四字, 署名 centred over the date', async () => {
    const doc = (await exportParts(loadPlan('small'), { sealed: true }))['word/document.xml']!;
    expect(indentOf(doc, '2025年3月6日')).toBe(Math.round(4 * zi));
    expect(indentOf(doc, '某某县人民政府')).toBe(Math.round((4 + (7 - 7) / 2) * zi));
  });
});

describe('buildDocx: text rules (docs/gbt9704.md#text-rules)', () => {
  it('附件说明 names and order match the 附件 labels and titles', async () => {
    const plan = loadPlan('small');
    const two = { ...plan, attachments: [...plan.attachments, { id: 'a2', kind: 'task-table' as const, title: '工作任务分解表' }] };
    const texts = paragraphTexts((await exportParts(two))['word/document.xml']!).filter(Boolean);
    expect(texts).toContain('附件：1.某某县质量奖管理办法');
    expect(texts).toContain('2.工作任务分解表');
    for (const [i, title] of ['某某县质量奖管理办法', '工作任务分解表'].entries()) {
      const at = texts.indexOf(`附件${i + 1}`);
      expect(at).toBeGreaterThan(0);
      expect(texts[at + 1]).toBe(title);
    }
    for (const t of texts.filter((x) => /^(附件：)?\d\./.test(x))) expect(t).not.toMatch(/[。，；]$/);
  });

  it('dates are Arabic without zero padding; 印发 line ends with 印发', async () => {
    const texts = paragraphTexts((await exportParts(loadPlan('small')))['word/document.xml']!);
    const dates = texts.flatMap((t) => t.match(/\d{4}年\d{1,2}月\d{1,2}日/g) ?? []);
    expect(dates.length).toBeGreaterThanOrEqual(2);
    for (const d of dates) expect(d).toMatch(/^\d{4}年([1-9]|1[0-2])月([1-9]|[12]\d|3[01])日$/);
    expect(texts.find((t) => t.includes('印发'))).toMatch(/印发$/);
  });

  it('a table in the body is full 版心 width (tblW = Σ gridCol = 8844) and off the grid', async () => {
    const plan = loadPlan('small');
    const table = { type: 'table' as const, header: true, children: [['指标', '目标值'], ['合格率', '95%']].map((cells) => ({
      type: 'table-row' as const, children: cells.map((c) => ({ type: 'table-cell' as const, children: [{ type: 'paragraph' as const, children: [{ text: c }] }] })),
    })) };
    const withTable = { ...plan, sections: [{ ...plan.sections[0]!, body: [...plan.sections[0]!.body, table] }, ...plan.sections.slice(1)] };
    const doc = (await exportParts(withTable))['word/document.xml']!;
    const tbl = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(doc)![0];
    expect(all(tbl, /<w:gridCol w:w="(\d+)"\/>/).map(Number).reduce((a, b) => a + b, 0)).toBe(8844);
    expect(tbl).toMatch(/<w:tblW (w:type="dxa" w:w="8844"|w:w="8844" w:type="dxa")\/>/);
    expect(tbl).toContain('<w:tblHeader/>');
    expect(tbl).toContain('<w:pStyle w:val="GwTable"/>');
  });
});

describe('buildDocx: sparse plans', () => {
  it('exports a plan with nothing but a title, in every option combination', async () => {
    const bare = { ...loadPlan('small'), sections: [], preamble: [], closing: [], attachments: [], notice: null,
      meta: { ...loadPlan('small').meta, mainRecipients: [], date: null, note: null, copyTo: [], printer: null, printDate: null, docNumber: null } };
    for (const options of [{}, { redHead: true }, { taskTable: true }, { lineMode: 'glyph-accurate' as const, sealed: true }]) {
      const texts = paragraphTexts((await exportParts(bare, options))['word/document.xml']!).filter(Boolean);
      expect(texts).toContain('某某县2025年质量强县工作行动计划');
      expect(texts).toContain('某某县人民政府');
    }
    // With taskTable on, an empty 任务分解表 still gets its header row.
    const doc = (await exportParts(bare, { taskTable: true }))['word/document.xml']!;
    expect(paragraphTexts(doc)).toEqual(expect.arrayContaining(['序号', '完成时限', '附件']));
  });
});
