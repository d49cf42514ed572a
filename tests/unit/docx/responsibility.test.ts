import { describe, expect, it } from 'vitest';
import { chineseDate } from '../../../main/common/model/chinese-date';
import { Responsibility } from '../../../main/common/model/responsibility';

const item = (leadUnits: string[], supportUnits: string[], deadline: string | null = null) => ({ leadUnits, supportUnits, deadline });

describe('Responsibility.text', () => {
  it('division: every unit, lead first, 按职责分工负责', () => {
    expect(Responsibility.text(item(['县市场监管局'], ['县发改局', '县财政局']), 'division')).toBe('（县市场监管局、县发改局、县财政局按职责分工负责）');
  });
  it('lead-and-responsible: 牵头单位 and 责任单位 separated by a full-width semicolon', () => {
    expect(Responsibility.text(item(['旗发改委'], ['旗工信和科技局', '统计局']), 'lead-and-responsible')).toBe('（牵头单位：旗发改委；责任单位：旗工信和科技局、统计局）');
    expect(Responsibility.text(item(['旗住建局'], []), 'lead-and-responsible')).toBe('（牵头单位：旗住建局）');
    expect(Responsibility.text(item([], ['各镇']), 'lead-and-responsible')).toBe('（责任单位：各镇）');
  });
  it('lead-and-participate: A牵头，B参加; a lone unit is 负责', () => {
    expect(Responsibility.text(item(['市商务局'], ['市市场监管局', '湛江海关']), 'lead-and-participate')).toBe('（市商务局牵头，市市场监管局、湛江海关参加）');
    expect(Responsibility.text(item(['市商务局'], []), 'lead-and-participate')).toBe('（市商务局负责）');
  });
  it('appends the deadline and prints nothing for an item without units or deadline', () => {
    expect(Responsibility.text(item(['县市场监管局'], [], '2025年12月底前'), 'division')).toBe('（县市场监管局按职责分工负责；完成时限：2025年12月底前）');
    expect(Responsibility.text(item([], [], '2025年6月'), 'lead-and-participate')).toBe('（完成时限：2025年6月）');
    expect(Responsibility.text(item([], [], null), 'division')).toBe('');
    expect(Responsibility.text(item([], [], '  '), 'division')).toBe('');
  });
});

describe('chineseDate (GB/T 9704 7.3.5.4)', () => {
  it('renders Arabic digits without zero padding', () => {
    expect(chineseDate('2025-03-06')).toBe('2025年3月6日');
    expect(chineseDate('2019-12-31')).toBe('2019年12月31日');
    expect(chineseDate('2020-10-01')).toBe('2020年10月1日');
  });
});
