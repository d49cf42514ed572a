import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { importFilePath } from '../../../main/node/import/import-file';
import { DIR, items, load, measures, text } from './pattern-fixtures';

const units = (plan: Parameters<typeof measures>[0]) => measures(plan).map((m) => [...m.leadUnits, ...m.supportUnits]);
const starts = (plan: Parameters<typeof measures>[0], n = 6) => measures(plan).map((m) => text(m).slice(0, n));

// Patterns behind the misses of blind round 17 (docs/import.md), in made-up texts of the same style.
describe('blind round 17 patterns', () => {
  it('a damaged notice: a 主送 without its colon over "现将《…》发给你们", the page title as the notice title, a date that kept only its 年', () => {
    const { plan } = load('blind17-recipients-before-handover');
    expect(plan.meta.mainRecipients).toEqual(['科(室)、队', '各市场监管所']);
    expect(plan.notice?.title).toBe('关于转发某市农贸市场落实食品安全责任专项整治方案的通知');
    expect(plan.meta.title).toBe('某市农贸市场落实食品安全责任专项整治方案');
    expect(plan.meta.date).toBe('2019-05-10');
    expect(starts(plan)).toEqual(['全面排查。对']);
    expect(units(plan)).toEqual([['各市场监管所']]);
  });

  it('"(此件发至乡)   2018年3月9日": an 附注 and the date side by side are both read', () => {
    const { plan } = load('blind17-note-beside-date');
    expect(plan.meta).toMatchObject({ signature: '中共某县委办公室、某县人民政府办公室', date: '2018-03-09', note: '(此件发至乡)' });
    expect(plan.meta.title).toBe('某县湖长制工作方案');
  });

  it('（一）（二） task headings each over a paragraph, no 一、 parts: each is a run-in measure; a heading read one GBK byte off at its line\'s start keeps its (一)', async () => {
    const r = await importFilePath(path.join(DIR, 'blind17-headed-tasks.txt'));
    if (!r.ok) throw new Error(r.error.detail);
    const { plan } = r.value;
    expect(starts(plan, 5)).toEqual(['堅持守正創', '強化公共服']);
    expect(text(measures(plan)[0]!)).toContain('一是打造精品線路');
  });

  it('（一） headings over numbered items stay groups', () => {
    const { plan } = load('blind17-headed-groups');
    expect(plan.sections.map((s) => s.title)).toEqual(['推进产业发展', '强化督促检查']);
    expect(starts(plan, 4)).toEqual(['成立领导', '建立台账', '定期通报']);
  });

  it('"治理工作目标:" run into a part\'s units paragraph, and "整治目标:" on a line of its own: their figures are targets', () => {
    const { plan } = load('blind17-labelled-targets');
    expect(items(plan).filter((i) => i.role === 'target').map((i) => text(i).slice(0, 10))).toEqual(['治理工作目标:蔬菜农', '全县餐饮单位量化分级']);
    expect(starts(plan)).toEqual(['加强产地管理', '推进明厨亮灶']);
  });

  it('a document-sharing copy: the title right above the 主送 is the document\'s own; "各村(居)、有关单位" is two recipients', () => {
    const { plan } = load('blind17-shared-copy');
    expect(plan.meta.title).toBe('2016年度某乡开展“乡村清洁行动”工作方案');
    expect(plan.meta.mainRecipients).toEqual(['各村(居)', '有关单位']);
    expect(starts(plan)).toEqual(['清理积存垃圾']);
  });

  it('"(一)由A负责,B、C配合,…": the units a measure names at its start; "由A负责…" later in a sentence stays text', () => {
    const { plan } = load('blind17-opening-assignment');
    expect(starts(plan, 4)).toEqual(['由县农业', '严格落实']);
    expect(measures(plan).map((m) => [m.leadUnits, m.supportUnits])).toEqual([[['县农业农村局'], ['县市场监管局', '县公安局']], [[], []]]);
  });
});
