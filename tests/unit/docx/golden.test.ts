import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportParts, FIXTURES, loadPlan } from './docx-kit';

// Golden XML for a small plan: any change to what the exporter writes shows up as a readable diff.
// Regenerate deliberately with UPDATE_GOLDEN=1 and review the diff before committing.
const DIR = `${FIXTURES}docx/small/`;
const PARTS = ['word/document.xml', 'word/styles.xml', 'word/settings.xml', 'word/fontTable.xml', 'word/footer1.xml', 'word/footer2.xml', 'docProps/core.xml'];

/** One element per line; ids and dates normalised so the files only change when the output does. */
export function normalise(xml: string): string {
  return xml
    .replace(/\s(w14:paraId|w14:textId|w:rsid\w*)="[^"]*"/g, '')
    .replace(/<dcterms:(created|modified)[^>]*>[^<]*</g, '<dcterms:$1>DATE<')
    .replace(/(<w:p>|<w:p |<w:style |<w:tbl>|<w:tr>|<w:tr |<w:sectPr|<w:font |<w:docDefaults|<w:latentStyles)/g, '\n$1')
    .trim() + '\n';
}

describe('golden OOXML for tests/fixtures/plans/small.plan.json (文件 format, mode A)', () => {
  it.each(PARTS)('%s matches the golden file', async (part) => {
    const parts = await exportParts(loadPlan('small'), { redHead: true });
    const actual = normalise(parts[part]!);
    const file = `${DIR}${part.replace(/\//g, '__')}`;
    if (process.env['UPDATE_GOLDEN'] === '1') {
      mkdirSync(DIR, { recursive: true });
      writeFileSync(file, actual);
    }
    expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
    expect(actual).toBe(readFileSync(file, 'utf8'));
  });
});
