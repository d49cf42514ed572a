import { describe, expect, it } from 'vitest';
import { cleanPlan, item, run } from '../helpers/rule-fixtures';

describe('numbering-hierarchy', () => {
  it('a （1） with no 1. above it is named on that item', () => {
    const p = cleanPlan();
    const body = p.sections[1]!.sections[0]!.body;
    body.splice(0, 1); // drop m1: p1, p2 (level 4) now follow no level-3 item
    const found = run('numbering-hierarchy', p);
    expect(found.map((f) => f.where)).toEqual([{ sectionId: 's2a', itemId: 'p1' }, { sectionId: 's2a', itemId: 'p2' }]);
    expect(found[0]!.severity).toBe('warning');
    expect(run('numbering-hierarchy', cleanPlan())).toEqual([]);
  });

  it('an item at its section level is inverted; 一、 straight to 1. and 章 to 条 pass', () => {
    const p = cleanPlan();
    item(p, 'm3').level = 2;
    expect(run('numbering-hierarchy', p).map((f) => f.where.itemId)).toEqual(['m3']);
    item(p, 'm3').level = 3;
    p.sections[0]!.body.forEach((b) => b.type === 'item' && (b.level = 3));
    expect(run('numbering-hierarchy', p)).toEqual([]);
  });
});
