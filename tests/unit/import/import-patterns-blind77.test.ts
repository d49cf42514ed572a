import { describe, expect, it } from 'vitest';
import { items, load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 77 (docs/import.md, blind round 77), in made-up texts of the same style.
describe('blind round 77 patterns (平潭 department plans crawled as one-line pages)', () => {
  it('"责任股室：A、B完成时限：…" glued to a task reads the offices as units and the rest as the deadline', () => {
    const { plan } = load('blind77-glued-office-label');
    const ms = measures(plan);
    expect(ms.map((m) => text(m).slice(0, 6))).toEqual(['组织专题学习', '开展“消防宣', '开展消防应急']);
    expect(ms.map((m) => [...m.leadUnits, ...m.supportUnits])).toEqual([
      ['办公室', '人事股'], ['办公室', '各景区管理单位'], ['安全股', '县旅游集团'],
    ]);
    expect(ms.map((m) => m.deadline)).toEqual(['11月10日前', '11月15日前', '11月25日前']);
    // The first task's note is its own, not the next task's: the label no longer hides the （二） after it.
    expect(text(ms[0]!)).not.toContain('责任股室');
  });

  it('a part line "一、活动主题以“A，B”为主题。" is no task: the comma inside the quoted slogan ends no title', () => {
    const { plan } = load('blind77-quoted-theme-part');
    const ms = measures(plan);
    expect(ms.map((m) => text(m).slice(0, 8))).toEqual(['开展防灾减灾知识', '开展应急疏散演练', '开展风险隐患排查']);
    expect(items(plan).filter((i) => text(i).includes('为主题'))).toEqual([]);
  });
});
