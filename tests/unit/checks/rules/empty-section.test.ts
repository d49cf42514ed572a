import { describe, expect, it } from 'vitest';
import { cleanPlan, run } from '../helpers/rule-fixtures';

describe('empty-section', () => {
  it('a section with nothing under it is a warning on that section', () => {
    const p = cleanPlan();
    p.sections[0]!.body = [{ type: 'paragraph', children: [{ text: '  ' }] }];
    expect(run('empty-section', p).map((f) => [f.where, f.severity])).toEqual([[{ sectionId: 's1' }, 'warning']]);
    expect(run('empty-section', cleanPlan())).toEqual([]);
  });

  it('a heading with sub-sections is not empty; an empty table attachment is', () => {
    const p = cleanPlan();
    expect(p.sections[1]!.body).toEqual([]);
    const a3 = p.attachments[2]!;
    if (a3.kind === 'table') a3.body = [];
    expect(run('empty-section', p).map((f) => f.where.sectionId)).toEqual(['a3']);
  });
});
