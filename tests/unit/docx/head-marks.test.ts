import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../main/common/model/plan';
import { exportParts, loadPlan, paragraphTexts } from './docx-kit';

function filled(meta: Partial<Plan['meta']>): Plan {
  const p = loadPlan('small');
  return { ...p, meta: { ...p.meta, issuer: '某县人民政府', docNumber: { agency: '某政发', year: 2026, serial: 3 }, date: '2026-03-06', ...meta } };
}

async function documentXml(plan: Plan, options = { redHead: true }): Promise<string> {
  return (await exportParts(plan, options))['word/document.xml']!;
}

/** Paragraph XML of the first paragraph whose text contains `text` (its runs joined: ★ is a run of its own, ambiguous-runs.ts). */
function paragraphWith(xml: string, text: string): string {
  const textOf = (p: string) => [...p.matchAll(/<w:t[ >][^<]*/g)].map((m) => m[0].replace(/^<w:t[^>]*>/, '')).join('');
  const p = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((x) => textOf(x).includes(text));
  if (!p) throw new Error(`no paragraph with ${text}`);
  return p;
}

describe('版头 elements of the 文件 format [GB/T 9704 7.2]', () => {
  it('prints 发文字号 centred under the 标志 with the red rule, and the 成文日期 in the 落款', async () => {
    const xml = await documentXml(filled({}));
    const texts = paragraphTexts(xml);
    const flag = texts.indexOf('某县人民政府文件');
    expect(flag).toBeGreaterThan(-1);
    expect(texts.slice(flag + 1, flag + 4)).toEqual(['', '', '某政发〔2026〕3号']);
    const number = paragraphWith(xml, '某政发〔2026〕3号');
    expect(number).toContain('<w:jc w:val="center"/>');
    expect(number).toMatch(/<w:bottom [^>]*w:color="FF0000"/);
    expect(texts).toContain('2026年3月6日');
  });

  it('puts 份号, 密级★保密期限 and 紧急程度 on the first lines, flush left, in that order, above the 标志', async () => {
    const xml = await documentXml(filled({ copyNumber: '000123', secrecy: '机密', secrecyTerm: '5年', urgency: '特急' }));
    const texts = paragraphTexts(xml);
    expect(texts.slice(0, 3)).toEqual(['000123', '机密★5年', '特急']);
    expect(texts.indexOf('某县人民政府文件')).toBeGreaterThan(3);
    expect(paragraphWith(xml, '机密★5年')).toContain('w:eastAsia="黑体"');
    expect(paragraphWith(xml, '特急')).toContain('w:eastAsia="黑体"');
    expect(paragraphWith(xml, '000123')).toMatch(/<w:jc w:val="(left|start)"\/>/);
  });

  it('keeps the 标志 at the same height whether or not the marks are there (the spacer gives way)', async () => {
    const spacerLine = (xml: string) => Number(/<w:pStyle w:val="GwSpacer"\/><w:spacing [^>]*w:line="(\d+)"/.exec(xml)?.[1]);
    const plain = spacerLine(await documentXml(filled({})));
    const marked = spacerLine(await documentXml(filled({ copyNumber: '000123', secrecy: '秘密', urgency: '加急' })));
    expect(plain).toBeGreaterThan(0);
    // three grid lines (28.95 pt ≈ 579 twips; page 1's shortfall rounding may move it by a few twips) went above it
    expect(plain - marked).toBeGreaterThanOrEqual(3 * 560);
    expect(plain - marked).toBeLessThanOrEqual(3 * 600);
  });

  it('a 上行文 puts the 文号 居左空一字 and 签发人 with names in 楷体 on its line, the rule under it', async () => {
    const xml = await documentXml(filled({ signers: ['张三', '李四', '王五'] }));
    const texts = paragraphTexts(xml);
    const i = texts.findIndex((t) => t.includes('签发人：'));
    expect(texts[i]).toBe('\t签发人：\t张三　李四');
    expect(texts[i + 1]).toBe('某政发〔2026〕3号\t\t王五');
    const last = paragraphWith(xml, '王五');
    expect(last).toMatch(/<w:bottom [^>]*w:color="FF0000"/);
    expect(last).toContain('w:eastAsia="楷体_GB2312"');
    expect(paragraphWith(xml, '张三')).not.toMatch(/<w:bottom /);
  });

  it('a half-filled 文号 is not printed; its line and the red rule stay', async () => {
    const xml = await documentXml(filled({ docNumber: { agency: '', year: 2026, serial: null } }));
    expect(xml).not.toContain('〔2026〕');
    expect(xml).toMatch(/<w:bottom [^>]*w:color="FF0000"/);
  });

  it('uses the 标志 text when it is given (e.g. a joint or 办公室 标志)', async () => {
    const texts = paragraphTexts(await documentXml(filled({ mark: '某县人民政府办公室文件' })));
    expect(texts).toContain('某县人民政府办公室文件');
  });

  it('marks are part of the 文件 format only: a plain export has none', async () => {
    const texts = paragraphTexts(await documentXml(filled({ copyNumber: '000123', urgency: '特急' }), { redHead: false }));
    expect(texts).not.toContain('000123');
    expect(texts).not.toContain('特急');
  });
});
