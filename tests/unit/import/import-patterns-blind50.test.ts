import { describe, expect, it } from 'vitest';
import { load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 50 (docs/import.md, blind round 50), in made-up texts of the same style.
describe('blind round 50 patterns (western provinces: county and city plans)', () => {
  it('a notice title quoting a slogan with a comma ("“抓项目,促发展”") over a page date "2021-05-12" is the notice title', () => {
    const { plan } = load('blind50-slogan-title-page-date');
    expect(plan.notice?.title).toBe('某州人民政府办公室关于印发在全州开展“抓项目,促发展”百日攻坚行动实施方案的通知');
    expect(plan.meta.docNumber).toMatchObject({ year: 2021, serial: 36 });
    expect(plan.meta.signature).toBe('某州人民政府办公室');
    expect(plan.meta.date).toBe('2021-05-10');
    expect(plan.meta.title).toBe('关于在全州开展“抓项目,促发展”百日攻坚行动实施方案');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['加快项目前期', '强化要素保障']);
  });
});

describe('blind round 50 patterns: a task table whose cell borders were lost', () => {
  it('units and a deadline run on after a measure\'s last 。 ("…指南。市政务服务中心市司法局,各县(市、区)政府2023年6月底") are its cells', () => {
    const { plan } = load('blind50-run-together-task-row');
    const ms = measures(plan);
    expect(ms.map((m) => text(m).slice(0, 6))).toEqual(['梳理本市高频', '推动“一件事', '建立“一件事']);
    expect(ms[0]!.leadUnits).toEqual(['市政务服务中心', '市司法局', '各县(市、区)政府']);
    expect(ms[0]!.deadline).toBe('2023年6月底');
    expect(text(ms[0]!)).toMatch(/办事指南。$/);
    expect(ms[1]!.leadUnits).toEqual(['市大数据局', '市政务服务中心', '各县(市、区)政府']);
    // A sentence after the last 。 with no deadline cell stays text: "各县(市、区)政府要明确专人负责。" names no cell.
    expect(ms[2]!.leadUnits).toEqual([]);
  });

  it('the higher plan\'s task "1.按照省政府部署,…。" over local (1)(2) with units of their own is their heading, not a measure', () => {
    const { plan } = load('blind50-run-together-task-row');
    expect(measures(plan).some((m) => text(m).startsWith('按照省政府部署'))).toBe(false);
  });
});
