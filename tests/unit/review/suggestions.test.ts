import { describe, expect, it } from 'vitest';
import type { SuggestMark } from '../../../main/common/model/suggest-mark';
import { Suggestions } from '../../../main/common/review/suggestions';

const m = (id: string, kind: 'ins' | 'del', dept: string): SuggestMark => ({ id, kind, by: '张三', dept, at: '2026-12-05T03:00:00Z' });
const body = () => [
  { type: 'paragraph', children: [
    { text: '全面' }, { text: '加快', suggest: m('a', 'del', '县财政局') }, { text: '推进', suggest: m('b', 'ins', '县商务局') },
    { text: '县域', bold: true }, { text: '物流', bold: true, suggest: m('c', 'ins', '县财政局') }, { text: '建设。' },
  ] },
];
const text = (nodes: Array<Record<string, unknown>>) => (nodes[0]!['children'] as Array<{ text: string }>).map((l) => l.text).join('');

describe('Suggestions', () => {
  it('the accepted view leaves insertions out and keeps deletions as plain text', () => {
    const view = Suggestions.acceptedView(body());
    expect(view[0]!['children']).toEqual([{ text: '全面加快' }, { text: '县域', bold: true }, { text: '建设。' }]);
  });
  it('lists open suggestions in order with their text and department', () => {
    expect(Suggestions.list(body()).map((s) => [s.id, s.kind, s.dept, s.text])).toEqual([
      ['a', 'del', '县财政局', '加快'], ['b', 'ins', '县商务局', '推进'], ['c', 'ins', '县财政局', '物流'],
    ]);
  });
  it('accepting all applies every change; rejecting all gives back the accepted view', () => {
    expect(text(Suggestions.decide(body(), 'accept', () => true))).toBe('全面推进县域物流建设。');
    expect(Suggestions.decide(body(), 'reject', () => true)).toEqual(Suggestions.acceptedView(body()));
  });
  it('decides one department only, and one suggestion only', () => {
    const fin = Suggestions.decide(body(), 'accept', (s) => s.dept === '县财政局');
    expect(text(fin)).toBe('全面推进县域物流建设。');
    expect(Suggestions.list(fin).map((s) => s.id)).toEqual(['b']);
    const one = Suggestions.decide(body(), 'reject', (s) => s.id === 'b');
    expect(text(one)).toBe('全面加快县域物流建设。');
    expect(Suggestions.list(one).map((s) => s.id)).toEqual(['a', 'c']);
  });
  it('a suggest writer changing the text or another department is a violation; its own marks are not', () => {
    const before = Suggestions.decide(body(), 'reject', (s) => s.dept === '县商务局');
    expect(Suggestions.violation(before, body(), '县商务局')).toBeNull();
    expect(Suggestions.violation(body(), Suggestions.decide(body(), 'accept', (s) => s.id === 'a'), '县商务局')).toMatch(/text itself/);
    expect(Suggestions.violation(body(), Suggestions.decide(body(), 'reject', (s) => s.id === 'c'), '县商务局')).toMatch(/another department/);
  });
});
