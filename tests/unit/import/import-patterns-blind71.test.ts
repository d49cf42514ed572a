import { describe, expect, it } from 'vitest';
import { load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 71 (docs/import.md, blind round 71), in made-up texts of the same style.
describe('blind round 71 patterns (PDF copies of 印发 notices crawled onto one line)', () => {
  it('a 版头 glued to its 文号 ("…办公室文件某政办〔2022〕8 号") is cut off and the 文号 read', () => {
    const { plan } = load('blind71-pdf-notice-run-together');
    expect(plan.meta.docNumber).toMatchObject({ year: 2022, serial: 8 });
    expect(plan.meta.mainRecipients).toEqual(['各乡镇人民政府', '县直各单位']);
  });

  it('a hand-over without its stop ("…请认真组织实施 署名2022 年 3 月 8 日 标题") still closes the notice', () => {
    const { plan } = load('blind71-pdf-notice-run-together');
    expect(plan.meta.signature).toBe('某县人民政府办公室');
    expect(plan.meta.date).toBe('2022-03-08');
    expect(plan.meta.title).toBe('某县促进外贸稳规模优结构的若干措施');
  });

  it('"制定本措施一、…，…（一）Title。 text…责任单位：A" glued: parts, run-in tasks and their units are cut back', () => {
    const { plan } = load('blind71-pdf-notice-run-together');
    const ms = measures(plan);
    expect(ms.map((m) => text(m).slice(0, 8))).toEqual(['扶持龙头企业做大', '引导中小企业出海', '提升通关便利水平', '加大出口信保支持']);
    // The run-in title and the text after the PDF's space stay one task.
    expect(text(ms[0]!)).toContain('全县进出口额达');
    expect(plan.sections.map((s) => s.title)).toEqual(['培育外贸主体，壮大外贸规模', '优化外贸服务，降低企业成本']);
  });

  it('a units list the PDF wrapped ("县市场监管局、行 政审批局 县贸促会二、…") runs to the next number, names joined', () => {
    const { plan } = load('blind71-pdf-notice-run-together');
    const ms = measures(plan);
    expect(ms[0]!.leadUnits).toEqual(['县商务局', '财政局', '县税务局']);
    expect(ms[1]!.leadUnits).toEqual(['县商务局', '县市场监管局', '行政审批局', '县贸促会']);
    expect(ms[2]!.leadUnits).toEqual(['县商务局', '交通运输局', '县海关办事处']);
    expect(ms[3]!.leadUnits).toEqual(['县财政局', '县商务局']);
  });

  it('a 署名 glued to its date and the date to the plan title ("某办公室2023年5月6日某区…实施方案 为…") are read', () => {
    const { plan } = load('blind71-signature-date-title-glued');
    expect(plan.meta.signature).toBe('某区管委会办公室');
    expect(plan.meta.date).toBe('2023-05-06');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['气象监测能力', '预警发布能力', '应急联动能力', '强化组织领导']);
  });

  it('a task over two paragraphs closed by one units line, its siblings each with units, keeps the units', () => {
    const { plan } = load('blind71-task-over-paragraphs');
    const ms = measures(plan);
    expect(ms.map((m) => text(m).slice(0, 8))).toEqual(['推动银行业发展。', '规范地方金融组织', '提高金融创新水平', '强化监督考核。建']);
    expect(text(ms[2]!)).toContain('深化跨境金融服务试点');
    expect(ms[2]!.leadUnits).toEqual(['人行某县支行', '县金融办', '县商务局']);
  });
});
