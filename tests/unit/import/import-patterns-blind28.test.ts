import { describe, expect, it } from 'vitest';
import { items, load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 28 (docs/measurements/blind28-notes.md), in made-up texts of the same style.
describe('blind round 28 patterns (parts that are not tasks)', () => {
  it('"范围定义" facts and the faults listed under "整治内容" are not measures; the 工作措施 are', () => {
    const { plan } = load('blind28-scope-and-faults');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['全面摸清底数', '对缺失警示标', '对损坏的护栏']);
    expect(items(plan).some((i) => text(i).startsWith('急弯陡坡') && i.role === 'measure')).toBe(false);
  });
});
