import { describe, expect, it } from 'vitest';
import { items, load, measures, text } from './pattern-fixtures';

const starts = (plan: Parameters<typeof measures>[0], n = 6) => measures(plan).map((m) => text(m).slice(0, n));

// Patterns behind the misses of blind round 19 (docs/import.md), in made-up texts of the same style.
describe('blind round 19 patterns', () => {
  it('spaces a copy turned into "?": the 署名 and date behind runs of "?" are read, lines of "?" dropped', () => {
    const { plan } = load('blind19-lost-spaces');
    expect(plan.meta).toMatchObject({ signature: '某市人民政府', date: '2019-03-05', note: '(此件公开发布)' });
    expect(plan.meta.title).toBe('某市城区扬尘污染治理实施方案');
    expect(starts(plan)).toEqual(['加强工地扬尘', '强化道路保洁']);
  });

  it('(一)工作思路 / (二)主要目标 with no 一、 part above them frame the plan: no measure, the figure a target', () => {
    const { plan } = load('blind19-run-in-frame');
    expect(starts(plan)).toEqual(['整治入河排污', '推进污水管网']);
    expect(items(plan).filter((i) => i.role === 'target').map((i) => text(i).slice(0, 4))).toEqual(['主要目标']);
  });

  it('"发表日期: … 来源:… 该信息已被浏览:" is a page byline, not the 主送, though it ends in a colon', () => {
    const { plan } = load('blind19-byline-colon');
    expect(plan.meta.mainRecipients).toEqual(['各乡镇人民政府', '县直各有关单位']);
    expect(plan.meta.docNumber).toMatchObject({ agency: '某营商组发', year: 2021, serial: 2 });
  });

  it('"A局 B局 2022年5月9日 某规划" on one line: the two issuers\' 署名, the date and the plan title are read apart', () => {
    const { plan } = load('blind19-signature-date-title');
    expect(plan.meta).toMatchObject({ date: '2022-05-09', title: '某市科技创新发展规划' });
    expect(plan.meta.signature).toBe('某市发展和改革局、某市科学技术局');
    expect(starts(plan)).toEqual(['培育创新主体']);
  });

  it('a copy that turned "." into "。" ("2。5%", "1。加强…"): the item numbers and decimals are read with their dots', () => {
    const { plan, report } = load('blind19-stops-for-dots');
    expect(starts(plan, 4)).toEqual(['加强统筹', '推进科技', '培育高新']);
    expect(text(measures(plan)[0]!)).toContain('2.5%');
    expect(report.recognised.join('')).toContain('写成了“。”');
  });

  it('"主要工作目标:" run in before its figures is a targets label like "主要目标:"', () => {
    const { plan } = load('blind19-main-work-targets');
    expect(items(plan).filter((i) => i.role === 'target').map((i) => text(i).slice(0, 6))).toEqual(['主要工作目标']);
    expect(text(items(plan).find((i) => i.role === 'target')!)).toContain('全社会研发经费');
    expect(starts(plan, 4)).toEqual(['加强统筹', '推进科技']);
  });

  it('a comment-request page: the draft named in its heading is the title, its 主送 with no colon under "征求意见稿" is read; "一)" that lost its "(" numbers a measure', () => {
    const { plan } = load('blind19-draft-page');
    expect(plan.meta.title).toBe('某市人民政府关于进一步做好稳就业工作的实施意见');
    expect(plan.meta.mainRecipients).toEqual(['各县(市、区)人民政府', '市人民政府有关部门']);
    expect(starts(plan, 4)).toEqual(['加大援企', '支持多渠']);
  });

  it('"细颗粒物(PM2.5)浓度" names what is measured: a targets paragraph with no other figure is no target', () => {
    const { plan } = load('blind19-pollutant-names');
    expect(items(plan).filter((i) => i.role === 'target').map((i) => text(i).slice(0, 5))).toEqual(['到2020']);
    expect(starts(plan)).toEqual(['优化产业布局']);
  });

  it('under 总体要求, run-in items titled as tasks ("(三)优化产业布局。") are measures, its frame items are not', () => {
    const { plan } = load('blind19-lost-part-heading');
    expect(starts(plan)).toEqual(['优化产业布局', '加强扬尘管控']);
  });
});
