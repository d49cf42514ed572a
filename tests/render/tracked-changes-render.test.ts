import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeTrackedDocx } from '../../main/common/docx/compare/compose-tracked-docx';
import { ExportOptionsSchema } from '../../main/common/docx/export-options';
import { parsePlanText } from '../../main/common/model/parse-plan';
import type { Plan } from '../../main/common/model/plan';
import { packDocx } from '../../main/node/docx/pack-docx';
import { FIXTURES } from '../unit/docx/docx-kit';
import { convertToPdf, ensureFonts, raster, readBoxes, requireTools, visualLines, type Line, type Page } from './render-kit';

// The 修订稿 of two versions opened by LibreOffice: it shows recorded changes by default, so the PDF
// carries the deleted words (struck through) and the inserted ones (underlined), both in the author's colour.

const load = (name: string): Plan => {
  const r = parsePlanText(readFileSync(`${FIXTURES}diff/${name}.plan.json`, 'utf8'));
  if (!r.ok) throw new Error(r.error.detail);
  return r.value;
};

let pdf = '';
let pages: Page[] = [];

beforeAll(async () => {
  requireTools();
  ensureFonts();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'plan-studio-tracked-render-'));
  const { document } = composeTrackedDocx(load('old'), load('new'), ExportOptionsSchema.parse({}), { author: '县市场监督管理局', date: '2026-03-01T08:00:00Z' });
  const file = path.join(dir, 'tracked.docx');
  writeFileSync(file, await packDocx(document));
  pdf = convertToPdf([file], dir)[0]!;
  pages = readBoxes(pdf);
}, 300_000);

const allLines = (): Line[] => pages.flatMap((p) => visualLines(p, 3));
const text = () => allLines().map((l) => l.text).join('\n');

describe('a compared export rendered by LibreOffice with its changes visible', () => {
  it('both the deleted and the inserted text are on the page', () => {
    // 95 (deleted) then 98 (inserted) side by side in the target's sentence.
    expect(text()).toContain('9598%');
    expect(text()).toContain('住房和城乡建设交通运输');
    expect(text()).toContain('单位乡镇、各部门');
    // A measure only the new plan has, and the point only the old plan had.
    expect(text()).toContain('推进农产品质量安全追溯');
    expect(text()).toContain('加强组织领导');
  });

  it('the changed words are drawn in colour (tracked-change marks), the rest in black', () => {
    const line = allLines().find((l) => l.text.includes('9598%'))!;
    const page = pages.findIndex((p) => visualLines(p, 3).includes(line)) + 1;
    const r = raster(pdf, page, 100);
    const mm = (v: number) => Math.round((v / 25.4) * r.dpi);
    let coloured = 0;
    for (let y = mm(line.y0); y <= mm(line.y1) + 2; y++) {
      for (let x = mm(line.x0); x <= mm(line.x1); x++) {
        const i = (y * r.w + x) * 3;
        const [red, g, b] = [r.data[i]!, r.data[i + 1]!, r.data[i + 2]!];
        if (Math.max(red, g, b) - Math.min(red, g, b) > 60) coloured++;
      }
    }
    expect(coloured).toBeGreaterThan(20);
    const plain = allLines().find((l) => l.text.includes('以习近平新时代'))!;
    const p2 = pages.findIndex((p) => visualLines(p, 3).includes(plain)) + 1;
    const r2 = raster(pdf, p2, 100);
    let colouredPlain = 0;
    for (let y = mm(plain.y0); y <= mm(plain.y1); y++) {
      for (let x = mm(plain.x0); x <= mm(plain.x1); x++) {
        const i = (y * r2.w + x) * 3;
        if (Math.max(r2.data[i]!, r2.data[i + 1]!, r2.data[i + 2]!) - Math.min(r2.data[i]!, r2.data[i + 1]!, r2.data[i + 2]!) > 60) colouredPlain++;
      }
    }
    expect(colouredPlain).toBe(0);
  });
});
