import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { all, exportParts, FIXTURES, loadPlan, paragraphTexts } from '../docx/docx-kit';

// The 修订稿 (issue #14): open suggestions as w:ins/w:del with the department as author, 批注 as Word
// comments. Golden XML (UPDATE_GOLDEN=1 regenerates; review the diff) plus the facts that matter.
const DIR = `${FIXTURES}docx/review/`;

/** As tests/unit/docx/golden.test.ts: one element per line, volatile ids out. */
function normalise(xml: string): string {
  return xml
    .replace(/\s(w14:paraId|w14:textId|w:rsid\w*)="[^"]*"/g, '')
    .replace(/(<w:p>|<w:p |<w:tbl>|<w:tr>|<w:sectPr|<w:comment )/g, '\n$1')
    .trim() + '\n';
}

describe('修订稿 export (tests/fixtures/plans/review.plan.json)', () => {
  it('writes suggestions as tracked changes by department and comments as Word comments', async () => {
    const parts = await exportParts(loadPlan('review'), { revisions: true });
    const doc = parts['word/document.xml']!;
    const ins = all(doc, /<w:ins ([^>]*)>/);
    const del = all(doc, /<w:del ([^>]*)>/);
    expect(ins.map((a) => /w:author="([^"]*)"/.exec(a)![1])).toEqual(['县商务局', '县工业和信息化局']);
    expect(del.map((a) => /w:author="([^"]*)"/.exec(a)![1])).toEqual(['县商务局']);
    expect(ins[0]).toContain('w:date="2026-12-01T09:30:00.000Z"');
    expect(all(doc, /<w:delText[^>]*>([^<]*)<\/w:delText>/)).toEqual(['以质取胜']);
    // Each suggestion is one w:ins, its “ ” in Chinese-face runs of their own inside it (ambiguous-runs.ts).
    const inserted = all(doc, /<w:ins [^>]*>([\s\S]*?)<\/w:ins>/);
    expect(inserted.map((x) => all(x, /<w:t[^>]*>([^<]*)<\/w:t>/).join(''))).toEqual(['质量第一、效益优先', '，培育一批“领跑者”企业']);
    expect(all(inserted[1]!, /<w:t[^>]*>([^<]*)<\/w:t>/)).toEqual(['，培育一批', '“', '领跑者', '”', '企业']);
    // Comment ranges around the anchored text, a reference after each, and the threads in comments.xml.
    expect(all(doc, /<w:commentRangeStart w:id="(\d+)"\/>/)).toEqual(['0', '1']);
    expect(all(doc, /<w:commentRangeEnd w:id="(\d+)"\/>/)).toEqual(['0', '1']);
    expect(all(doc, /<w:commentReference w:id="(\d+)"\/>/)).toEqual(['0', '1']);
    const between = /<w:commentRangeStart w:id="0"\/>([\s\S]*?)<w:commentRangeEnd w:id="0"\/>/.exec(doc)![1]!;
    expect(all(between, /<w:(?:t|delText)[^>]*>([^<]*)</).join('')).toBe('以质取胜');
    const comments = parts['word/comments.xml']!;
    expect(all(comments, /<w:comment [^>]*w:author="([^"]*)"/)).toEqual(['县商务局', '县工业和信息化局']);
    expect(all(comments, /<w:t[^>]*>([^<]*)<\/w:t>/)).toEqual(['张三：建议与省里的提法保持一致。', '县市场监督管理局 王五：已按意见修改。', '李四：请补充完成时限。']);

    for (const part of ['word/document.xml', 'word/comments.xml']) {
      const actual = normalise(parts[part]!);
      const file = `${DIR}${part.replace(/\//g, '__')}`;
      if (process.env['UPDATE_GOLDEN'] === '1') {
        mkdirSync(DIR, { recursive: true });
        writeFileSync(file, actual);
      }
      expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
      expect(actual).toBe(readFileSync(file, 'utf8'));
    }
  });

  it('an ordinary export shows the text as it stands: no insertion, deletions kept, no comments', async () => {
    const parts = await exportParts(loadPlan('review'));
    const doc = parts['word/document.xml']!;
    expect(doc).not.toMatch(/<w:ins |<w:del |commentRangeStart/);
    expect(parts['word/comments.xml'] ?? '').not.toContain('建议与省里');
    const texts = paragraphTexts(doc).join('\n');
    expect(texts).toContain('坚持以质取胜。');
    expect(texts).not.toContain('质量第一、效益优先');
    expect(texts).not.toContain('领跑者');
  });
});
