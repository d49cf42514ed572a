import { describe, expect, it } from 'vitest';
import { load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 72 (docs/measurements/blind72-notes.md), in made-up texts of the same style.
describe('blind round 72 patterns (district 行动计划 and 重点工作安排 from the Shanghai index)', () => {
  it('a notice title whose plan name holds a comma inside 《》 stays a line of its own above the 主送', () => {
    const { plan } = load('blind72-notice-title-comma');
    expect(plan.meta.mainRecipients).toEqual(['各有关单位']);
    expect(plan.notice?.title).toBe('关于印发《某区关于对标一流、数字赋能，持续优化政务服务环境的行动计划》的通知');
    expect(measures(plan).map((m) => text(m).slice(0, 8))).toEqual(['推进综合窗口改革', '完善帮办代办服务']);
  });

  it('"附表：…分工" opens the attachments as "附件：" does: the annexed table is no part of the last task', () => {
    const { plan } = load('blind72-annex-table-label');
    const ms = measures(plan);
    expect(ms.map((m) => text(m).slice(0, 8))).toEqual(['推进用水总量控制', '推进公共机构节水', '强化监督考核。开']);
    expect(ms.every((m) => !text(m).includes('附表'))).toBe(true);
    expect(ms.every((m) => m.leadUnits.length === 0 && m.supportUnits.length === 0)).toBe(true);
    expect(plan.attachments.map((a) => a.title)).toEqual(['某区2025年节水型社会建设重点工作分工']);
  });
});
