import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExportOptionsSchema } from '../../main/common/docx/export-options';
import { composeDocx } from '../../main/common/docx/build-docx';
import { packDocx } from '../../main/node/docx/pack-docx';
import { loadPlan } from '../unit/docx/docx-kit';
import { convertToPdf, ensureFonts, findRules, inkExtent, raster, readBoxes, requireTools, visualLines, type Page } from './render-kit';

// A 文件 with every 文件信息 field filled, rendered by LibreOffice: the 版头 marks, 文号 with 签发人, 落款
// with 成文日期 and the 版记 land where GB/T 9704 7.2-7.4 puts them.

let pdf = '';
let pages: Page[] = [];
let unsealed: Page[] = [];

beforeAll(async () => {
  requireTools();
  ensureFonts();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'plan-studio-fields-render-'));
  const plan = loadPlan('small');
  plan.meta = {
    ...plan.meta, issuer: '某县人民政府', docNumber: { agency: '某政发', year: 2026, serial: 3 }, signers: ['张三', '李四'],
    copyNumber: '000123', secrecy: '机密', secrecyTerm: '5年', urgency: '特急', mainRecipients: ['各乡镇人民政府', '县直各部门'],
    signature: '某县人民政府', date: '2026-03-06', sealed: true, note: '此件公开发布', copyTo: ['县委办公室', '县人大常委会办公室'],
    printer: '某县人民政府办公室', printDate: '2026-03-07',
  };
  const { document } = composeDocx(plan, ExportOptionsSchema.parse({ redHead: true, sealed: true, duplex: false }));
  const file = path.join(dir, 'filled.docx');
  writeFileSync(file, await packDocx(document));
  const plain = path.join(dir, 'unsealed.docx');
  writeFileSync(plain, await packDocx(composeDocx({ ...plan, meta: { ...plan.meta, sealed: false } }, ExportOptionsSchema.parse({ sealed: false, duplex: false })).document));
  const pdfs = convertToPdf([file, plain], dir);
  pdf = pdfs[0]!;
  pages = readBoxes(pdf);
  unsealed = readBoxes(pdfs[1]!);
}, 300_000);

const lineWith = (page: Page, text: string) => visualLines(page, 3).find((l) => l.text.includes(text));

describe('a 文件 with all fields, rendered by LibreOffice', () => {
  it('份号, 密级★期限, 紧急程度 on the 版心\'s first three lines, flush left (x ≈ 28 mm), above the 标志 at 72 mm', () => {
    const p = pages[0]!;
    const marks = ['000123', '机密★5年', '特急'].map((t) => lineWith(p, t));
    for (const m of marks) {
      expect(m).toBeDefined();
      expect(Math.abs(m!.x0 - 28)).toBeLessThanOrEqual(1);
    }
    expect(marks[0]!.y0).toBeGreaterThanOrEqual(37);
    expect(marks[0]!.y1 < marks[1]!.y1 && marks[1]!.y1 < marks[2]!.y1).toBe(true);
    const flag = inkExtent(raster(pdf, 1), { yMinMm: marks[2]!.y1 + 1, yMaxMm: 95 })!;
    expect(Math.abs(flag.top - 72)).toBeLessThanOrEqual(1.5);
  });

  it('文号 居左空一字 and 签发人 居右空一字 on one line, the red rule 4 mm under it', () => {
    const p = pages[0]!;
    const number = lineWith(p, '某政发〔2026〕3号')!;
    expect(number.text).toContain('签发人：');
    expect(number.text).toContain('张三');
    const zi = (16 * 0.98 * 25.4) / 72;
    expect(Math.abs(number.x0 - (28 + zi))).toBeLessThanOrEqual(1);
    expect(Math.abs(number.x1 - (184 - zi))).toBeLessThanOrEqual(1.5);
    const red = findRules(raster(pdf, 1)).filter((x) => x.red);
    expect(red).toHaveLength(1);
    expect(Math.abs(red[0]!.yMm - number.y1 - 4)).toBeLessThanOrEqual(1.2);
  });

  it('落款 with 成文日期 and 附注, then the 版记 with 抄送 and 印发 at the bottom of the last page', () => {
    const all = pages.flatMap((p) => visualLines(p, 3).map((l) => l.text));
    expect(all).toContain('2026年3月6日');
    expect(all).toContain('（此件公开发布）');
    const last = pages[pages.length - 1]!;
    expect(lineWith(last, '抄送：县委办公室，县人大常委会办公室。')).toBeDefined();
    const printed = lineWith(last, '2026年3月7日印发')!;
    expect(printed.text.startsWith('某县人民政府办公室')).toBe(true);
    expect(printed.y1).toBeGreaterThan(250);
  });

  // 1 字 of the body: 三号 condensed to 98 %.
  const ZI = (16 * 0.98 * 25.4) / 72;
  const signatureAndDate = (ps: Page[]) => {
    for (const p of ps) {
      const lines = visualLines(p, 3);
      const k = lines.findIndex((l) => l.text === '2026年3月6日');
      if (k > 0) return { sign: lines[k - 1]!, date: lines[k]! };
    }
    throw new Error('no 成文日期 line');
  };

  it('unsealed 落款 [Std 7.3.5.2]: the date starts 2 字 right of the 署名; being longer, it is 右空二字 and the 署名 moves left', () => {
    const { sign, date } = signatureAndDate(unsealed);
    expect(sign.text).toBe('某县人民政府');
    expect(Math.abs(date.x0 - sign.x0 - 2 * ZI), `date ${date.x0.toFixed(1)} vs 署名 ${sign.x0.toFixed(1)}`).toBeLessThanOrEqual(0.8);
    expect(Math.abs(184 - date.x1 - 2 * ZI)).toBeLessThanOrEqual(0.8);
  });

  it('sealed 落款 [Std 7.3.5.1]: the date 右空四字, the 署名 centred over it', () => {
    const { sign, date } = signatureAndDate(pages);
    expect(Math.abs(184 - date.x1 - 4 * ZI)).toBeLessThanOrEqual(0.8);
    expect(Math.abs((sign.x0 + sign.x1) / 2 - (date.x0 + date.x1) / 2)).toBeLessThanOrEqual(0.8);
  });
});
