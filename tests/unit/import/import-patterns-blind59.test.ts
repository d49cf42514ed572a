import { describe, expect, it } from 'vitest';
import { items, load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 59 (docs/import.md, blind round 59), in made-up texts of the same style.
describe('blind round 59 patterns (county task lists whose tasks open the page)', () => {
  it('a lead unit marked ▲ or ★ before its name in a units cell: the mark is dropped', () => {
    const { plan } = load('blind59-lead-mark-units');
    const units = measures(plan).map((m) => [...m.leadUnits, ...m.supportUnits]);
    expect(units).toEqual([['住建局', '各乡镇'], ['农业农村局', '科技局'], ['教育局', '各乡镇']]);
  });

  it('a 分类 column\'s label ("发展目标") before row 1 ends the header and makes its rows targets, a figure or not', () => {
    const { plan } = load('blind59-group-label-column');
    expect(items(plan).filter((i) => i.role === 'target').map((t) => text(t).slice(0, 8))).toEqual(['地区生产总值增长', '区本级服务业增加']);
    const tasks = measures(plan);
    expect(tasks.map((m) => text(m).slice(0, 6))).toEqual(['深化“一件事']);
    expect([...tasks[0]!.leadUnits, ...tasks[0]!.supportUnits].sort()).toEqual(['区司法局', '区政务服务中心']);
  });

  it('"您现在的位置:首页" is chrome, and a page heading that repeats the title with more words is not joined to it', () => {
    const { plan } = load('blind59-breadcrumb-heading-repeat');
    expect(plan.meta.title).toBe('2024年某区重点工作任务分解');
  });

  it('titled parts holding only labelled fields (牵头领导/牵头单位/责任单位/任务目标) are tasks; a glued label is split off', () => {
    const { plan } = load('blind59-labelled-part-tasks');
    const tasks = measures(plan);
    expect(tasks.map((m) => text(m).slice(0, 6))).toEqual(['城区5所学校', '新建农村公路', '老年助餐点建']);
    expect(tasks.map((m) => [...m.leadUnits, ...m.supportUnits])).toEqual([['县教育局', '县财政局', '属地乡镇'], ['县交通运输局', '各乡镇'], []]);
  });

  it('a run-together line announcing its parts ("以下四方面工作: (一)…") is split; the (一) heads the 1. tasks', () => {
    const { plan } = load('blind59-announced-run-together');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['壮大特色产业', '加快园区提质']);
    expect(items(plan).filter((i) => i.role === 'target').map((t) => text(t).slice(0, 4))).toEqual(['2024']);
  });
});
