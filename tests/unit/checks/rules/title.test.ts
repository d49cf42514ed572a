import { describe, expect, it } from 'vitest';
import { applyFix, cleanPlan, run, slice } from '../helpers/rule-fixtures';

describe('title', () => {
  it('an empty title is an error; the clean plan has none', () => {
    const p = cleanPlan();
    p.meta.title = ' ';
    expect(run('title', p).map((f) => [f.severity, f.where])).toEqual([['error', { field: 'title' }]]);
    expect(run('title', cleanPlan())).toEqual([]);
  });

  it('end punctuation of the notice title is a warning pointing at it, and the fix removes it', () => {
    const p = cleanPlan();
    p.notice!.title += '。';
    const [f] = run('title', p);
    expect(f!.severity).toBe('warning');
    expect(f!.where.field).toBe('noticeTitle');
    expect(slice(p, f!)).toBe('。');
    expect(run('title', applyFix(p, f!))).toEqual([]);
  });
});
