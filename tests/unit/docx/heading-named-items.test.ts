import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../main/common/import/import-plan';
import { headingNamedItems } from '../../../main/common/docx/elements/heading-named-items';
import { Plan } from '../../../main/common/model/plan';
import { exportParts, paragraphTexts } from './docx-kit';

// A plan of projects as counties issue them: each 一、 names a project, its units and fields on the lines under it.
const PROJECTS = [
  '关于下达2024年某县民生实事项目任务的通知',
  '一、莲塘等片区雨污管网分流改造项目',
  '牵头单位：县城管执法局；责任单位：江西洪城水业环保公司、属地乡镇',
  '任务目标：2024年度计划对20个排水单元进行雨污管网分流改造。',
  '二、新建300个公共充电桩项目',
  '牵头单位：县城管执法局；责任单位：县城投集团',
  '任务目标：共完成300个公共充电桩建设。',
].join('\n');

const plan = () => {
  const r = importPlan(PROJECTS);
  if (!r.ok) throw new Error(r.error.detail);
  return r.value.plan;
};

describe('an item that only repeats its section heading', () => {
  it('is found only where the section\'s one item is its heading', () => {
    const p = plan();
    const named = headingNamedItems(p);
    const titles = Plan.measures(p).filter(({ item }) => named.has(item.id)).map(({ section }) => section?.title);
    expect(titles).toEqual(['莲塘等片区雨污管网分流改造项目', '新建300个公共充电桩项目']);
    // A heading that says something else over its one measure: the measure keeps its own line.
    const renamed = { ...p, sections: p.sections.map((s, k) => (k === 0 ? { ...s, title: '推进排水设施建设' } : s)) };
    expect(headingNamedItems(renamed).size).toBe(1);
  });

  it('prints as its units line under the heading, the project named once; other measures as before', async () => {
    const texts = paragraphTexts((await exportParts(plan()))['word/document.xml']!);
    expect(texts.filter((t) => t.includes('新建300个公共充电桩项目'))).toEqual(['二、新建300个公共充电桩项目']);
    const at = texts.indexOf('二、新建300个公共充电桩项目');
    // The importer keeps this layout's units as one list (lead first), so they print so.
    expect(texts[at + 1]).toBe('牵头单位：县城管执法局、县城投集团');
    const renamed = plan();
    renamed.sections[0]!.title = '推进排水设施建设';
    const kept = paragraphTexts((await exportParts(renamed))['word/document.xml']!);
    expect(kept.some((t) => t.startsWith('（一）莲塘等片区雨污管网分流改造项目（'))).toBe(true);
  });
});
