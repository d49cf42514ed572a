import { describe, expect, it } from 'vitest';
import { load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 35 (docs/import.md, blind round 35), in made-up texts of the same style.
describe('blind round 35 patterns (whole plans from the Shanghai index, new sectors)', () => {
  it('a customs house (海关) among joint 署名 lines one a line signs with the others', () => {
    const { plan } = load('blind35-customs-signature');
    expect(plan.meta.signature).toBe('某市商务委员会、某市财政局、中华人民共和国某海关');
  });

  it('a bare 项目实施条件 part lists what a site must have, not tasks', () => {
    const { plan } = load('blind35-conditions-part');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['加快既有屋顶', '健全运营模式']);
  });

  it('a part title closing on 组织保障 after a long object is the safeguards part', () => {
    const { plan } = load('blind35-organising-safeguards');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['加强源头管理', '完善收运体系']);
  });

  it('unnumbered part titles open their parts: a fault list, a timetable of stages and requirements hold no tasks', () => {
    const { plan } = load('blind35-unnumbered-parts');
    expect(plan.sections.map((s) => [s.title, s.kind])).toEqual([
      ['总体要求', 'requirements'], ['重点整治内容', 'significance'], ['工作安排', 'schedule'], ['工作要求', 'safeguards'],
    ]);
    expect(measures(plan)).toEqual([]);
  });

  it('an unnumbered 主要任务 part still holds its tasks, and 保障措施 its safeguards', () => {
    const { plan } = load('blind35-unnumbered-task-parts');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['优化食堂布局', '提升服务质量']);
  });
});
