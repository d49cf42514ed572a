import { describe, expect, it } from 'vitest';
import { load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 38 (docs/measurements/blind38-notes.md), in made-up texts of the same style.
describe('blind round 38 patterns (标准化, 计量 and 质量 plans of cities and districts)', () => {
  it('a first part titled as a task holding "(一)总体要求。" / "(二)发展目标。" (no figure): no measures', () => {
    const { plan } = load('blind38-frame-in-task-part');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['加强计量标准', '推进民生计量']);
  });
});
