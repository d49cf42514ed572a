import { describe, expect, it } from 'vitest';
import { items, load, measures, text } from './pattern-fixtures';

// Patterns behind the files blind rounds 42 and 44 left (docs/import.md, "Left-overs of blind rounds 42 and 44"), in made-up texts
// of the same style.
describe('left-over patterns of blind rounds 42 and 44: the head', () => {
  it('a body 文号 that lost characters ("某府发〔20248") gives way to the page metadata\'s whole one', () => {
    const { plan, report } = load('leftovers-damaged-body-docnumber');
    expect(plan.meta.docNumber).toMatchObject({ agency: '某府办发', year: 2024, serial: 8 });
    expect(report.guesses.some((g) => g.what.includes('按网页信息栏'))).toBe(true);
  });

  it('an unsigned notice: the date after its 附件 line, the 附注 under a bracketed contact line, the share widget dropped', () => {
    const { plan } = load('leftovers-date-after-attachment');
    expect(plan.meta.date).toBe('2023-03-06');
    expect(plan.meta.note).toBe('(此件公开发布)');
    expect(plan.meta.mainRecipients).toEqual(['各苏木乡镇人民政府', '旗政府各部门', '有关单位']);
    expect(measures(plan)).toEqual([]);
  });
});

describe('left-over patterns of blind rounds 42 and 44: the body', () => {
  it('a Markdown task table whose last row is cut without its closing pipe: the cut task is read in its column', () => {
    const { plan } = load('leftovers-cut-markdown-row');
    expect(measures(plan).map((m) => text(m).replace(/^[^修开督加]*/, '').slice(0, 4))).toEqual(['修订县级', '开展安全', '督促重点', '加强燃气', '开展危险']);
    const last = measures(plan)[4]!;
    expect([...last.leadUnits, ...last.supportUnits]).toEqual([]);
  });

  it('a notice calling for reports ("关于组织撰写…的通知"): "(一)…股室负责撰写…" under 任务分工 is no measure', () => {
    const { plan } = load('leftovers-call-for-reports');
    expect(measures(plan)).toEqual([]);
    expect(items(plan).length).toBeGreaterThan(0);
  });
});

describe('left-over patterns of blind rounds 42 and 44: a feed\'s digest on one line', () => {
  it('a 印发 notice and its plan run together with commas: 主送, 署名, date, title and the two tasks with their units', () => {
    const { plan } = load('leftovers-digest-one-line');
    expect(plan.meta.mainRecipients).toEqual(['局机关各科室', '局属各单位']);
    expect(plan.meta.signature).toBe('某市人力资源和社会保障局');
    expect(plan.meta.date).toBe('2023-06-09');
    expect(plan.meta.title).toBe('2023年度营商环境评价人力资源领域专项提升方案');
    expect(measures(plan).map((m) => text(m).slice(0, 8))).toEqual(['开展劳动力市场服务', '开展人社政策宣传提'].map((t) => t.slice(0, 8)));
    expect(measures(plan).map((m) => m.leadUnits)).toEqual([['就业科', '人才中心'], ['办公室']]);
  });
});
