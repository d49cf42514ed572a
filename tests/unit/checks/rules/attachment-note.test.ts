import { describe, expect, it } from 'vitest';
import { applyFix, cleanPlan, run, setItemText, slice } from '../helpers/rule-fixtures';

describe('attachment-note', () => {
  it('a typed 附件说明 with the wrong count or order is named; one that agrees is not', () => {
    const p = cleanPlan();
    p.closing.push({ type: 'paragraph', children: [{ text: '附件：1.工作任务分解表' }] });
    const [f] = run('attachment-note', p);
    expect(f!.message).toContain('实际有3个附件');
    expect(slice(p, f!)).toBe('附件：1.工作任务分解表');
    p.closing.push({ type: 'paragraph', children: [{ text: '2.统计表' }] }, { type: 'paragraph', children: [{ text: '3.某县县长质量奖实施办法' }] });
    expect(run('attachment-note', p).map((x) => x.message)).toEqual([expect.stringContaining('是第3个附件'), expect.stringContaining('是第2个附件')]);
    [p.closing[2], p.closing[3]] = [p.closing[3]!, p.closing[2]!];
    expect(run('attachment-note', p)).toEqual([]);
    expect(run('attachment-note', cleanPlan())).toEqual([]);
  });

  it('a reference to a missing 附件N, and an attachment title ending in punctuation', () => {
    const p = cleanPlan();
    setItemText(p, 'm1', '详见附件5。');
    p.attachments[0]!.title += '。';
    const found = run('attachment-note', p);
    expect(found.map((f) => slice(p, f))).toEqual(['。', '附件5']);
    expect(run('attachment-note', applyFix(p, found[0]!)).map((f) => slice(p, f))).toEqual(['附件5']);
  });
});
