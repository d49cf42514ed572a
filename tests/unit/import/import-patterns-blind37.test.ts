import { describe, expect, it } from 'vitest';
import { joinWrappedBreaks } from '../../../main/node/import/docx-soft-breaks';
import { items, load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 37 (docs/import.md, blind round 37), in made-up texts of the same style.
describe('blind round 37 patterns (townships, streets and development zones)', () => {
  it('a part titled "2025年亮点工作" reviews last year: its "——" lines are no measures', () => {
    const { plan } = load('blind37-highlights-part');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['深化党建引领', '提升城市精细']);
  });

  it('a table set one cell a line headed "重点工作" / "责任领导" / "责任单位" is a task table; the leader is no unit', () => {
    const { plan } = load('blind37-key-work-cells');
    const ms = measures(plan);
    expect(ms.map((m) => text(m).slice(0, 6))).toEqual(['深化“一站式', '推进低效用地']);
    expect(ms.map((m) => m.leadUnits)).toEqual([['招商服务部', '企业服务部'], ['规划建设局']]);
  });

  it('a 印发 notice that announces its own requirements mid-sentence, cut before its date, holds no plan', () => {
    const { plan } = load('blind37-notice-own-requirements-cut');
    expect(measures(plan)).toEqual([]);
    expect(plan.meta.mainRecipients).toEqual(['各镇人民政府', '各街道办事处', '管委会各部门']);
    expect(JSON.stringify(plan.notice)).toContain('压实工作责任');
  });

  it('a town notice: "镇属各单位" is a recipient; the organ on its own line over the report\'s name begins the title', () => {
    const { plan } = load('blind37-town-notice-report');
    expect(plan.meta.mainRecipients).toEqual(['各村(居)民委员会', '镇属各单位', '驻镇相关单位']);
    expect(plan.meta.title).toBe('某县某某镇人民政府2025年政府工作报告');
    expect(plan.meta.signature).toBe('某县某某镇人民政府');
  });

  it('"经济社会发展的主要预期目标是：…" with figures is a run-in targets paragraph', () => {
    const { plan } = load('blind37-run-in-targets-subject');
    const targets = items(plan).filter((i) => i.role === 'target');
    expect(targets.map((t) => text(t))).toEqual([expect.stringContaining('地区生产总值增长6%以上')]);
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['加快招商引资', '增进民生福祉']);
  });

  it('a notice run together with its 附件 line, 署名, date and the 预案 after it: the head is read; 总则 is no task', () => {
    const { plan } = load('blind37-run-together-attachment-plan');
    expect(plan.meta.signature).toBe('某县某某镇人民政府');
    expect(plan.meta.title).toBe('某某镇防汛防台应急预案(修订)');
    expect(plan.meta.mainRecipients).toEqual(['各科室', '各站所', '各村']);
    expect(measures(plan)).toEqual([]);
  });

  it('a one-cell-a-line table whose headings a narrow column broke over lines ("责任" / "领导") is a task table', () => {
    const { plan } = load('blind37-broken-headings');
    const ms = measures(plan);
    expect(ms.map((m) => text(m).slice(0, 6))).toEqual(['某某水库工程', '美丽城镇建设']);
    expect(ms.map((m) => m.leadUnits)).toEqual([['某某水库工程政策处理工作领导小组'], ['乡村振兴办']]);
  });

  it('a numbered item opening with a run-in targets label and figures is a target (the app\'s export numbers one)', () => {
    const { plan } = load('blind37-numbered-run-in-targets');
    const targets = items(plan).filter((i) => i.role === 'target');
    expect(targets.map((t) => text(t))).toEqual([expect.stringContaining('地区生产总值增长6%以上')]);
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['加快招商引资', '增进民生福祉']);
  });

  it('in a .docx, "序号" after a soft break starts a line of its own (a one-cell-a-line table under a long title)', () => {
    expect(joinWrappedBreaks('某某镇2025年度重点工作计划一季度执行情况\n序号\n重点工作')).toBe('某某镇2025年度重点工作计划一季度执行情况\n序号\n重点工作');
  });
});
