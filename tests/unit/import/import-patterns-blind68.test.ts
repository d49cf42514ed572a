import { describe, expect, it } from 'vitest';
import { items, load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 68 (docs/import.md, blind round 68), in made-up texts of the same
// style: a crawler's page.txt of a government portal, the whole body run together on one line.
describe('blind round 68 patterns (whole texts from a crawl of a zone\'s 政务公开 pages)', () => {
  it('an area\'s task part "二、某小镇工作任务根据…工作目标…" glued to its intro is a measures part, not targets', () => {
    const { plan } = load('blind68-area-task-part');
    expect(plan.sections.map((s) => s.title).slice(1, 3)).toEqual(['海湾小镇工作任务', '青年创业园工作任务']);
    expect(items(plan).filter((i) => i.role === 'target')).toEqual([]);
  });

  it('a two-clause group title glued to its first task\'s "1." and a 目标导向 group keep their tasks as measures', () => {
    const { plan } = load('blind68-area-task-part');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['建设游客服务', '打造海滨夜市', '重点引进特色', '拓宽招商渠道', '打造便民服务']);
    expect(measures(plan)[0]!.leadUnits).toEqual(['区文旅局']);
    expect(measures(plan)[0]!.supportUnits).toEqual(['区城投集团', '区财政局', '自然资源局']);
  });

  it('a 主送 naming bureaus with 区 written once ("区财政局、自然资源局、农业农村局") gives each bureau', () => {
    const { plan } = load('blind68-notice-closing-chrome');
    expect(plan.meta.mainRecipients).toEqual(['各街道办事处', '区财政局', '自然资源局', '农业农村局', '区农技推广中心']);
  });

  it('"…通知如下:一、…" and a closing sentence after the last units list: three measures, the last list alone', () => {
    const { plan } = load('blind68-notice-closing-chrome');
    expect(measures(plan).map((m) => text(m).slice(0, 8))).toEqual(['落实蔬菜基地保护', '推广大棚、滴灌等', '将蔬菜生产纳入年']);
    expect(measures(plan)[2]!.leadUnits).toEqual(['各街道办事处', '区农业农村局']);
  });

  it('"…2022年3月9日 来源：某局 附件下载": the page\'s source line after the date leaves the 署名 and date read', () => {
    const { plan } = load('blind68-notice-closing-chrome');
    expect(plan.meta.signature).toBe('某某新区管委会办公室');
    expect(plan.meta.date).toBe('2022-03-09');
  });

  it('run-in 一、 parts written as one sentence beside titled parts over numbered tasks are tasks too', () => {
    const { plan } = load('blind68-sentence-parts');
    const all = measures(plan).map((m) => `${plan.sections.find((s) => s.body.includes(m))?.title ?? ''}|${text(m).slice(0, 6)}`);
    expect(all.slice(0, 2)).toEqual(['推动《某某新区全民健身实施计划》出台由区社会事业局牵头|加快起草进度', '完成体育中心二期工程验收对照设计要求逐项整改|组织相关部门']);
    expect(all).toHaveLength(7);
  });
});
