import { describe, expect, it } from 'vitest';
import { load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 69 (docs/import.md, blind round 69), in made-up texts of the same style.
describe('blind round 69 patterns (whole city plans whose numbered tasks each close with a unit note)', () => {
  it('a numbered task without a note, then a paragraph closed by "（牵头单位：…）", where its siblings carry notes: one task', () => {
    const { plan } = load('blind69-continued-task');
    const ms = measures(plan);
    expect(ms.map((m) => text(m).slice(0, 8))).toEqual(['打通滨河绿道断点', '完善绿道驿站布局', '制定绿道建设导则']);
    expect(ms[2]!.leadUnits).toEqual(['市园林局']);
    expect(text(ms[2]!)).toContain('研究绿道长效管护办法');
    expect(ms[0]!.supportUnits).toEqual(['市水利局', '各区政府']);
  });

  it('where the numbered tasks above carry no notes, a paragraph closed by its own note stays a task of its own', () => {
    const { plan } = load('blind69-units-paragraph-apart');
    const ms = measures(plan);
    const last = ms[ms.length - 1]!;
    expect(text(last).startsWith('全面开展农村黑臭水体排查')).toBe(true);
    expect([...last.leadUnits, ...last.supportUnits]).toEqual(['县生态环境分局', '各乡镇人民政府']);
    expect(ms.find((m) => text(m).startsWith('推进厕所革命'))?.leadUnits ?? []).toEqual([]);
  });
});

describe('blind round 69 patterns (a district plan whose tasks close with bare bracketed unit lists)', () => {
  it('"（各街道、区属国企）" / "（区属国企）" after a task: state-owned enterprises named by their owner are units', () => {
    const { plan } = load('blind69-enterprise-units');
    const ms = measures(plan);
    expect(ms.map((m) => text(m).slice(0, 8))).toEqual(['开展厂房整体收购', '发挥国企带动作用', '规范厂房租赁管理']);
    expect(ms.map((m) => [...m.leadUnits, ...m.supportUnits])).toEqual([['各街道', '区属国企'], ['区属国企'], ['区经委', '区市场监管局']]);
  });
});
