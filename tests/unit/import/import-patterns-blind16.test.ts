import { describe, expect, it } from 'vitest';
import { load, items, measures, text } from './pattern-fixtures';

const units = (plan: Parameters<typeof measures>[0]) => measures(plan).map((m) => [...m.leadUnits, ...m.supportUnits]);
const starts = (plan: Parameters<typeof measures>[0], n = 6) => measures(plan).map((m) => text(m).slice(0, n));

// Patterns behind the misses of blind round 16 (docs/import.md), in made-up texts of the same style.
describe('blind round 16 patterns', () => {
  it('"（一）X。…实施如下重点项目：" over numbered items with their own units: the group heads them, it is no measure; a name in brackets the sentence goes on after is no unit', () => {
    const { plan } = load('blind16-group-intros');
    expect(starts(plan)).toEqual(['紧缺人才开发', '企业家培养项', '人才驿站项目', '加强组织领导']);
    expect(items(plan).filter((i) => i.role === 'point').map((i) => text(i).slice(0, 6))).toEqual(['产业人才行动', '创新人才行动']);
    expect(units(plan)).toEqual([
      ['区发展改革局', '区委组织部', '区人力资源社会保障局', '各镇', '街道'],
      ['区工信局', '区工商联'],
      ['区人力资源社会保障局', '各有关单位'],
      ['区委组织部', '各项目牵头单位'],
    ]);
  });

  it('an OA system\'s document page: its detail label, receipt counter, calendar badge, signing stamp and links are dropped; two plans handed over together give no title span', () => {
    const { plan, report } = load('blind16-oa-page');
    expect(report.droppedLines).toEqual(expect.arrayContaining(['公文详情', '三月', '9人已签收', '公文跟踪', '公文原件', '公文附件']));
    expect(plan.notice?.title).toBe('某某市人民政府办公室关于印发2020年农业保险工作实施方案的通知');
    expect(plan.meta).toMatchObject({ signature: '某某市人民政府办公室', date: '2020-03-10', mainRecipients: ['各镇政府、街道办事处', '市政府各部门'] });
    expect(plan.meta.docNumber).toMatchObject({ agency: '某政办发', year: 2020, serial: 6 });
    expect(plan.meta.title).not.toContain('》');
  });

  it('"接访信息详情" over a notice title is the page\'s label: not joined to the title, not read as its 发文机关', () => {
    const { plan } = load('blind16-detail-label');
    expect(plan.notice?.title).toBe('关于做好春季安全生产大检查工作的通知');
    expect(plan.meta.signature).toBe('');
    expect(measures(plan)).toEqual([]);
  });

  it('a copy run together from its first line, the document\'s name closed by a full stop: the name is the title, the numbered items with their units lines the measures', () => {
    const { plan } = load('blind16-title-sentence');
    expect(plan.meta.title).toBe('关于促进本市数字经济发展的八条措施');
    expect(starts(plan)).toEqual(['对新落户的数', '对年营业收入']);
    expect(units(plan)).toEqual([['市工信局', '市财政局'], ['市工信局', '市税务局', '市统计局']]);
  });
});
