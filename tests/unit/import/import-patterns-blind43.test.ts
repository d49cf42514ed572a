import { describe, expect, it } from 'vitest';
import { isSubsidyTermsTitle } from '../../../main/common/import/subsidy-terms-title';
import { load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 43 (docs/import.md, blind round 43), in made-up texts of the same style.
describe('blind round 43 patterns (real Word files: a provincial subsidy programme)', () => {
  it('a subsidy programme\'s terms (补贴范围和补贴对象, 补贴标准和补贴方式, 资金分配和使用) are provisions, not measures', () => {
    const { plan } = load('blind43-subsidy-terms');
    expect(measures(plan).map((m) => text(m).slice(0, 8))).toEqual([
      '在补贴发放方面着',
      '在监督管理方面着',
      '建立补贴资金台账',
      '开展资金绩效评价',
    ]);
    expect(plan.meta.title).toBe('某省2025—2027年耕地地力保护补贴实施方案');
  });

  it('only titles made of nothing but the terms: a verb before them names a task', () => {
    expect(isSubsidyTermsTitle('补贴范围和补贴机具')).toBe(true);
    expect(isSubsidyTermsTitle('补贴对象和补贴标准')).toBe(true);
    expect(isSubsidyTermsTitle('资金分配和使用')).toBe(true);
    expect(isSubsidyTermsTitle('奖补资金管理')).toBe(true);
    expect(isSubsidyTermsTitle('加强资金管理')).toBe(false);
    expect(isSubsidyTermsTitle('完善补贴标准')).toBe(false);
    expect(isSubsidyTermsTitle('补贴范围内的农机推广')).toBe(false);
  });
});
