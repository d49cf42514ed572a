import { describe, expect, it } from 'vitest';
import { load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 34 (docs/import.md, blind round 34), in made-up texts of the same style.
describe('blind round 34 patterns (whole district plans)', () => {
  it('a task area whose title closes on 保障机制/保障措施 after a long object holds tasks; the bare 保障措施 part does not', () => {
    const { plan } = load('blind34-task-area-safeguard');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['完善网格巡查', '强化隐患整改', '保障人员配置', '强化经费投入', '健全职业荣誉', '落实生活待遇']);
  });

  it('组织机构 and 工作制度 parts set out the organisation and its standing rules: no measures', () => {
    const { plan } = load('blind34-organisation-parts');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['完善隐患排查', '强化应急队伍']);
  });

  it('a group whose numbered items are bare names ("1.第一类") over paragraphs is one task titled by its heading', () => {
    const { plan } = load('blind34-named-parts-group');
    expect(measures(plan).map((m) => text(m).slice(0, 8))).toEqual(['健全排查发现机制', '规范处置流程。对', '强化联动处置。组']);
    expect(text(measures(plan)[0]!)).toContain('三级网格化排查模式');
  });

  it('a short titled item over (1)(2) tasks with units of their own heads them; it is no task', () => {
    const { plan } = load('blind34-intro-heading');
    const ms = measures(plan);
    expect(ms.map((m) => text(m).slice(0, 7))).toEqual(['建设社区公园。', '以“公园+体育', '以“公园+文旅', '推进立体绿化建']);
    expect(ms[1]!.supportUnits).toEqual(['区体育局']);
  });
});
