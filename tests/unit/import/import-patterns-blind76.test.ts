import { describe, expect, it } from 'vitest';
import { items, load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 76 (docs/measurements/blind76-notes.md), in made-up texts of the same style.
describe('blind round 76 patterns (a city 卫健委 plan page from a policy-QA app’s saved sources)', () => {
  it('a group of the task part titled "完善服务保障机制" holds tasks; "完善工作保障机制" stays the safeguards', () => {
    const { plan } = load('blind76-secured-area-group');
    expect(measures(plan).map((m) => text(m).split('。')[0])).toEqual([
      '有序增加服务站点', '壮大服务人员队伍', '丰富服务内容', '强化质量监管',
      '明确服务收费机制', '建立健全激励机制', '发挥医保支持作用',
    ]);
    expect(items(plan).filter((i) => i.role === 'measure' && text(i).startsWith('加强统筹协调'))).toEqual([]);
  });
});
