import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDocxBytes } from '../../main/node/docx/pack-docx';
import { ExportOptionsSchema } from '../../main/common/docx/export-options';
import { loadPlan } from '../unit/docx/docx-kit';
import { convertTo, ensureFonts, readBoxes, requireTools } from './render-kit';

// The 修订稿 (issue #14) as LibreOffice reads it: its tracked changes with the departments as authors,
// its comments with their threads, and the PDF showing both the suggested and the deleted text.
// A PNG of page 1 goes to test-results/ to look at.

const annotations = (fodt: string) => [...fodt.matchAll(/<office:annotation(?: [^>]*)?>([\s\S]*?)<\/office:annotation>/g)]
  .map((m) => m[1]!.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean));
const changes = (fodt: string) => [...fodt.matchAll(/<text:changed-region[^>]*>\s*<text:(insertion|deletion)>[\s\S]*?<dc:creator>([^<]*)<\/dc:creator>/g)]
  .map((m) => `${m[1]} ${m[2]}`);

describe('修订稿 rendered by LibreOffice', () => {
  it('shows the suggestions as tracked changes by department and the comments with their replies', async () => {
    requireTools();
    ensureFonts();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'plan-studio-revisions-'));
    const file = path.join(dir, 'revisions.docx');
    writeFileSync(file, await exportDocxBytes(loadPlan('review'), ExportOptionsSchema.parse({ revisions: true })));
    const [fodt] = convertTo([file], dir, 'fodt');
    const xml = readFileSync(fodt!, 'utf8');
    expect(changes(xml).sort()).toEqual(['deletion 县商务局', 'insertion 县商务局', 'insertion 县工业和信息化局']);
    expect(annotations(xml).map((a) => a.filter((w) => w.includes('：')))).toEqual([
      ['张三：建议与省里的提法保持一致。', '王五：已按意见修改。'], ['李四：请补充完成时限。'],
    ]);
    const [pdf] = convertTo([file], dir, 'pdf:writer_pdf_Export:{"ExportNotesInMargin":{"type":"boolean","value":"true"}}');
    const text = readBoxes(pdf!)[0]!.lines.map((l) => l.text).join('');
    // Both the deleted (struck through) and the inserted (underlined) words are on the page.
    expect(text).toContain('以质取胜');
    expect(text).toContain('质量第一、效益优先');
    expect(text).toContain('“领跑者”企业');
    const shots = path.resolve('test-results/revisions');
    mkdirSync(shots, { recursive: true });
    execFileSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', pdf!, path.join(shots, 'page')]);
  }, 240_000);
});
