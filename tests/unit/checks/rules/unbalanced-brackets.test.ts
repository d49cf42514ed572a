import { describe, expect, it } from 'vitest';
import { cleanPlan, run, setItemText, slice } from '../helpers/rule-fixtures';

describe('unbalanced-brackets', () => {
  it('an unclosed （ and a stray ” are named at their places', () => {
    const p = cleanPlan();
    setItemText(p, 'm1', '根据《通知》（某政发〔2024〕1号精神，开展互联网+”行动。');
    const found = run('unbalanced-brackets', p);
    expect(found.map((f) => slice(p, f))).toEqual(['”', '（']);
    expect(found.every((f) => f.severity === 'error')).toBe(true);
    expect(run('unbalanced-brackets', cleanPlan())).toEqual([]);
  });

  it('an unbalanced 书名号 in the title is named on the title', () => {
    const p = cleanPlan();
    p.notice!.title = '关于印发《某县行动计划的通知';
    expect(run('unbalanced-brackets', p).map((f) => f.where)).toEqual([{ field: 'noticeTitle', start: 4, end: 5 }]);
  });
});
