import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPlan, type SourceParagraph } from '../../../main/common/import/import-plan';
import { DIR, items, load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 24 (docs/import.md: real Word 97–2003 .doc
// files), in made-up texts of the same style as the .doc reader gives them (a table row as "cell | cell |").
describe('blind round 24 patterns (tables)', () => {
  it('"序号 | 单位名称 | 单位性质": a table listing units assigns nothing, its rows are no measures', () => {
    const { plan } = load('blind24-unit-list-table');
    expect(measures(plan)).toEqual([]);
    expect(plan.meta.title.replace(/\s/g, '')).toBe('某县某镇教育指导中心2015年度部门决算');
  });
});

describe('blind round 24 patterns (titles)', () => {
  it('"…评估标准（试行）" repeated over its table: the bracket is the document\'s standing, not a unit, and no measure', () => {
    const { plan } = load('blind24-standing-title');
    expect(plan.meta.title).toBe('某县规范化托育机构评估标准（试行）');
    expect(measures(plan)).toEqual([]);
  });
});

/** The fixture's paragraphs as the .doc reader gives them: a "1、" label is Word's list numbering. */
function asListed(name: string): SourceParagraph[] {
  return readFileSync(path.join(DIR, `${name}.txt`), 'utf8').replace(/\n$/, '').split('\n')
    .map((text) => (/^\d、/.test(text) ? { text, listed: true as const } : { text }));
}

describe('blind round 24 patterns (a college\'s 申请流程 in a .doc)', () => {
  const r = importPlan(asListed('blind24-procedure'), { fileName: 'blind24-procedure.doc' });
  if (!r.ok) throw new Error(r.error.detail);
  const { plan } = r.value;

  it('"…申请流程" is a document\'s title, and its numbered steps are no measures', () => {
    expect(plan.meta.title).toBe('某学院（某分院）学生校外实训申请流程');
    expect(measures(plan)).toEqual([]);
  });

  it('"1、校外实习、实训申请条件" numbered by Word\'s list ends there: not joined with the sentence under it', () => {
    expect(items(plan).map(text)).toContain('校外实习、实训申请条件');
  });

  it('"联系人：…" and "某学院（某分院）" start lines of their own; the 署名 with no date over a form is read', () => {
    expect(plan.meta.signature).toBe('某学院（某分院）');
    expect(plan.meta.date).toBeNull();
  });
});

describe('blind round 24 patterns (a 署名 with no date)', () => {
  it('"某学院" / "（某分院）" over "附件1：" and its form: the 署名, its other name kept with it', () => {
    const { plan } = load('blind24-undated-signature');
    expect(plan.meta.title).toBe('关于遴选2019年度大学生创业基地入驻项目的通知');
    expect(plan.meta.signature).toBe('某学院（某分院）');
    expect(plan.meta.date).toBeNull();
  });
});

describe('blind round 24 patterns (a selection\'s 工作方案)', () => {
  it('"一、评选范围及比例" / "二、评选标准" / "三、评选方法": a selection\'s parts ask things of applicants, no measures', () => {
    const { plan } = load('blind24-selection-plan');
    expect(plan.meta.title).toBe('2019届优秀毕业生评选工作方案');
    expect(measures(plan)).toEqual([]);
    expect(plan.meta).toMatchObject({ signature: '某某学院', date: '2019-03-04' });
  });
});
