import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { composeTrackedDocx } from '../../../main/common/docx/compare/compose-tracked-docx';
import { ExportOptionsSchema } from '../../../main/common/docx/export-options';
import { parsePlanText } from '../../../main/common/model/parse-plan';
import type { Plan } from '../../../main/common/model/plan';
import { packDocx } from '../../../main/node/docx/pack-docx';
import { all, FIXTURES } from './docx-kit';

const load = (name: string): Plan => {
  const r = parsePlanText(readFileSync(`${FIXTURES}diff/${name}.plan.json`, 'utf8'));
  if (!r.ok) throw new Error(r.error.detail);
  return r.value;
};
const DATE = '2026-03-01T08:00:00.000Z';
/** One paragraph per line, so a change to the output is a readable diff. */
const normalise = (xml: string) => `${xml.replace(/\s(w14:paraId|w14:textId|w:rsid\w*)="[^"]*"/g, '').replace(/(<w:p>|<w:p |<w:sectPr)/g, '\n$1').trim()}\n`;

async function documentXml(oldPlan: Plan, newPlan: Plan, author?: string): Promise<string> {
  const { document } = composeTrackedDocx(oldPlan, newPlan, ExportOptionsSchema.parse({}), { author, date: DATE });
  return strFromU8(unzipSync(await packDocx(document))['word/document.xml']!);
}
/** Text of the w:ins (or w:del) runs, in order. */
const changed = (xml: string, tag: 'ins' | 'del') => all(xml, new RegExp(`<w:${tag} [^>]*>([\\s\\S]*?)</w:${tag}>`)).map((x) => all(x, /<w:(?:t|delText)[^>]*>([^<]*)</).join('')).filter(Boolean);

describe('tracked-changes export (--compare-to)', () => {
  it('golden document.xml for tests/fixtures/diff old → new', async () => {
    const actual = normalise(await documentXml(load('old'), load('new'), '县市场监督管理局'));
    const file = `${FIXTURES}docx/compare/word__document.xml`;
    if (process.env['UPDATE_GOLDEN'] === '1') {
      mkdirSync(`${FIXTURES}docx/compare`, { recursive: true });
      writeFileSync(file, actual);
    }
    expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
    expect(actual).toBe(readFileSync(file, 'utf8'));
  });

  it('inserted and deleted words are w:ins / w:del with author, date and unique ids', async () => {
    const xml = await documentXml(load('old'), load('new'), '县市场监督管理局');
    expect(changed(xml, 'del')).toEqual(expect.arrayContaining(['95', '单位', '住房和城乡建设', '加强组织领导。']));
    expect(changed(xml, 'ins')).toEqual(expect.arrayContaining(['98', '和工程', '乡镇、各部门', '交通运输', '推进农产品质量安全追溯。']));
    const marks = all(xml, /<w:(?:ins|del) (w:id="\d+" w:author="[^"]*" w:date="[^"]*")/);
    expect(marks.length).toBeGreaterThan(10);
    for (const m of marks) expect(m).toMatch(/w:author="县市场监督管理局" w:date="2026-03-01T08:00:00Z"/);
    const ids = marks.map((m) => /w:id="(\d+)"/.exec(m)![1]);
    expect(new Set(ids).size).toBe(ids.length);
    // Deleted text is w:delText inside w:del, never w:t.
    for (const d of all(xml, /<w:del [^>]*>([\s\S]*?)<\/w:del>/)) expect(d).not.toMatch(/<w:t[ >]/);
  });

  it('unknown author is 修订; a plan compared with itself has no tracked change', async () => {
    expect(await documentXml(load('old'), load('new'))).toContain('w:author="修订"');
    const same = await documentXml(load('new'), load('new'));
    expect(same).not.toMatch(/<w:(ins|del) /);
  });

  it('a compared 修订稿 that also carries open suggestions numbers all its changes from one allocator: no w:id twice', async () => {
    const withSuggestions = load('new');
    const at = '2026-02-20T02:00:00.000Z';
    const mark = (id: string, kind: 'ins' | 'del') => ({ id, kind, by: '张三', dept: '县商务局', at });
    // Open suggestions in a paragraph and in the first measure the compare leaves alone (review-runs.ts writes them).
    withSuggestions.preamble = [{ type: 'paragraph', children: [
      { text: '为深入实施质量强国战略，' }, { text: '全面', suggest: mark('s-1', 'ins') }, { text: '结合我县实际', suggest: mark('s-2', 'del') }, { text: '，制定本行动计划。' },
    ] } as never];
    const { document } = composeTrackedDocx(load('old'), withSuggestions, ExportOptionsSchema.parse({ revisions: true }), { author: '县市场监督管理局', date: DATE });
    const xml = strFromU8(unzipSync(await packDocx(document))['word/document.xml']!);
    const marks = all(xml, /<w:(?:ins|del) (w:id="\d+" w:author="[^"]*")/);
    const authors = new Set(marks.map((m) => /w:author="([^"]*)"/.exec(m)![1]));
    // Both writers took part: the suggestions' department and the compare's author.
    expect([...authors].sort()).toEqual(['县商务局', '县市场监督管理局']);
    const ids = marks.map((m) => Number(/w:id="(\d+)"/.exec(m)![1]));
    expect(ids.length).toBeGreaterThan(12);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
