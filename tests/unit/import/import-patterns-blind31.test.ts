import { describe, expect, it } from 'vitest';
import { load, measures } from './pattern-fixtures';

// Patterns behind the misses of blind round 31 (docs/measurements/blind31-notes.md), in made-up texts of the same style.
describe('blind round 31 patterns (a notice\'s own requirements)', () => {
  it('"一、选聘岗位" / "二、人选条件" of a selection notice: its posts and conditions are no measures', () => {
    const { plan } = load('blind31-selection-posts');
    expect(measures(plan)).toEqual([]);
    expect(plan.sections.map((s) => s.title)).toEqual(['选聘岗位', '人选条件', '选聘程序']);
  });

  it('"二、入场安排：" / "三、上台领取证书流程：" of a ceremony notice: its programme, no measures', () => {
    const { plan } = load('blind31-ceremony-programme');
    expect(measures(plan)).toEqual([]);
    expect(plan.meta.title).toBe('关于2026届毕业生毕业典礼的通知');
  });
});
