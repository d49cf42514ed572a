import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../main/common/import/import-plan';
import { restoreLostSpaces } from '../../../main/common/import/lost-spaces';
import { hasFigure } from '../../../main/common/import/has-figure';
import { DIR, items, load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 21 (docs/import.md), in made-up texts of the same style.
describe('blind round 21 patterns (head)', () => {
  it('"某县人民政府办公室 ???????": spaces a code page lost after a 署名 and a date are spaces; the 署名 and date are read', () => {
    const { plan } = load('blind21-trailing-marks');
    expect(plan.meta).toMatchObject({ signature: '某县人民政府办公室', date: '2024-05-10', note: '(此件公开发布)' });
    expect(plan.meta.title).toBe('某县汛期地质灾害防治工作方案');
  });

  it('a question closed by "？？" or "??" inside a sentence keeps its marks', () => {
    expect(restoreLostSpaces('是否已完成整改？？')).toBe('是否已完成整改？？');
    expect(restoreLostSpaces('是否已完成整改??')).toBe('是否已完成整改??');
    expect(restoreLostSpaces('2024年5月10日 ???')).toBe('2024年5月10日    ');
  });

  it('"某县…领导小组办公室(代)": a 署名 signed under a lent seal is the 署名, not the page\'s 发布机构', () => {
    const { plan } = load('blind21-proxy-mark');
    expect(plan.meta).toMatchObject({ signature: '某县农村改厕工作领导小组办公室(代)', date: '2024-05-20' });
    expect(plan.meta.title).toBe('某县农村改厕提质行动实施方案');
  });
});

describe('blind round 21 patterns (unsigned notices)', () => {
  it('a township\'s page reposting a county notice dated right under its last sentence: no 署名, not the page\'s 发布机构', () => {
    const { plan } = load('blind21-unsigned-repost');
    expect(plan.meta).toMatchObject({ signature: '', date: '2023-06-09' });
    expect(plan.notice?.title).toBe('关于印发某县地质灾害应急预案的通知');
  });

  it('the same notice whose title names its organ: that organ, not the page\'s 发布机构, stands in for the 署名', () => {
    const text = readFileSync(path.join(DIR, 'blind21-unsigned-repost.txt'), 'utf8').replaceAll('\n关于印发某县地质灾害', '\n某县人民政府办公室关于印发某县地质灾害');
    const r = importPlan(text, { fileName: 'unsigned-titled.txt' });
    expect(r.ok && r.value.plan.meta.signature).toBe('某县人民政府办公室');
  });
});

describe('blind round 21 patterns (body)', () => {
  it('"二、阶段划分" over a campaign\'s (一)(二) stages: the stages are its schedule, not measures; "“1+3+N”" is no figure', () => {
    const { plan } = load('blind21-campaign-stages');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['设置警示标识']);
    expect(items(plan).filter((i) => i.role === 'target')).toEqual([]);
  });

  it('a programme named by the count of its parts is no figure; a figure beside it still is', () => {
    expect(hasFigure('深入推进“1+4+1”工程建设')).toBe(false);
    expect(hasFigure('构建“1+N”政策体系')).toBe(false);
    expect(hasFigure('推进“1+4+1”工程,覆盖率达到95%')).toBe(true);
  });
});
