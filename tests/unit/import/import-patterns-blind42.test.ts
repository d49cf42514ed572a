import { describe, expect, it } from 'vitest';
import { load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 42 (docs/import.md, blind round 42), in made-up texts of the same style.
describe('blind round 42 patterns (county 工作要点 with units)', () => {
  it('run-in "一、…。(…负责)" items followed by a bare heading where the pasted page stops: all are measures', () => {
    const { plan } = load('blind42-cut-run-in-tail');
    expect(measures(plan).map((m) => text(m).slice(0, 8))).toEqual(['围绕稳增长推进信息', '围绕优化营商环境推', '聚焦民生保障深化信'].map((t) => t.slice(0, 8)));
    expect(measures(plan).map((m) => m.supportUnits.length + m.leadUnits.length)).toEqual([3, 2, 0]);
    expect(plan.sections).toEqual([]);
  });
});

describe('blind round 42 patterns: a task list copied as a Markdown table', () => {
  it('"| 工作目标 | 工作内容 | 工作措施 | 责任单位 |" with rows under spanning cells: each 工作措施 is a measure with its units', () => {
    const { plan } = load('blind42-markdown-spanned-table');
    expect(measures(plan).map((m) => text(m).replace(/^[^修开组]*/, '').slice(0, 6))).toEqual(['修订县级部门', '开展乡镇安全', '组织开展燃气']);
    expect(measures(plan).map((m) => [...m.leadUnits, ...m.supportUnits])).toEqual([
      ['县应急管理局', '各有关部门'],
      ['县安委办'],
      ['县住建局', '县消防救援大队', '县公安局交警大队'],
    ]);
  });
});
