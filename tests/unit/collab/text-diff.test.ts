import { describe, expect, it } from 'vitest';
import { textDiff } from '../../../main/common/collab/text-diff';

const apply = (a: string, d: ReturnType<typeof textDiff>) => a.slice(0, d.index) + d.insert + a.slice(d.index + d.remove);

describe('textDiff: the one replacement a title edit becomes in its Y.Text', () => {
  const cases: Array<[string, string, { index: number; remove: number; insert: string }]> = [
    ['指导思想', '指导思想和原则', { index: 4, remove: 0, insert: '和原则' }],
    ['工作目标', '目标', { index: 0, remove: 2, insert: '' }],
    ['保障措施', '保障举措', { index: 2, remove: 2, insert: '举措' }],
    ['', '新章节', { index: 0, remove: 0, insert: '新章节' }],
    ['aaa', 'aaaa', { index: 3, remove: 0, insert: 'a' }],
    ['同', '同', { index: 1, remove: 0, insert: '' }],
  ];
  for (const [a, b, expected] of cases) {
    it(`${a} → ${b}`, () => {
      const d = textDiff(a, b);
      expect(d).toEqual(expected);
      expect(apply(a, d)).toBe(b);
    });
  }
});
