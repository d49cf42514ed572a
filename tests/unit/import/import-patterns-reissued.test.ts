import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../main/common/docx/build-docx';
import type { Item } from '../../../main/common/model/item';
import { Plan } from '../../../main/common/model/plan';
import { importBytes } from '../../../main/node/import/import-file';
import { DIR, items, load, measures, text } from './pattern-fixtures';

const units = (m: Item) => [...m.leadUnits, ...m.supportUnits];
const summary = (plan: Plan) => measures(plan).map((m) => `${text(m).replace(/。$/, '')}#${units(m).join('、')}`);

/** The fixture imported, exported by the app as a .docx and imported again: next year's draft starts there. */
async function reissued(name: string): Promise<Plan> {
  const first = importBytes(new Uint8Array(readFileSync(path.join(DIR, `${name}.txt`))), `${name}.txt`);
  if (!first.ok) throw new Error(first.error.detail);
  const again = importBytes(new Uint8Array(await Packer.toBuffer(buildDocx(first.value.plan))), 'again.docx');
  if (!again.ok) throw new Error(again.error.detail);
  return again.value.plan;
}

// Layouts of documents the app issues (and of 民生实事 / 责任清单 lists written the same way), read again.
describe('plans as the app exports them read back with the same measures and units', () => {
  it('"（一）X项目（牵头单位：A、B）" over field lines is the task X with its units; the field lines stay its paragraphs', () => {
    const { plan, report } = load('reissued-project-fields');
    expect(summary(plan)).toEqual([
      '城区学校食堂提升改造项目#县教育局、县财政局', '农村公路安全防护工程#县交通运输局、各乡镇', '社区嵌入式养老服务项目#',
    ]);
    expect(plan.sections[0]!.body.filter((b) => b.type === 'paragraph')).toHaveLength(2);
    expect(report.guesses.filter((g) => /写有责任单位，其下各行是该项的说明/.test(g.what))).toHaveLength(2);
  });

  it('a part\'s one group at the end that repeats the part\'s title, with nothing under it, is that part\'s task', () => {
    const { plan } = load('reissued-project-fields');
    const last = plan.sections[plan.sections.length - 1]!;
    expect(last.sections).toEqual([]);
    expect(last.body.map((b) => b.type === 'item' && b.role)).toEqual(['measure']);
  });

  it('under a 目标任务 title a numbered item with its own units is a task, figure or not; without units a target', () => {
    const { plan } = load('reissued-target-tasks');
    expect(summary(plan)).toEqual([
      '地区生产总值增长6.5%左右#发改局、各镇乡(街道)', '一般公共预算收入增长6%#财政局、税务局', '城镇新增就业1.2万人以上#人力社保局、各镇乡(街道)',
    ]);
    expect(items(plan).filter((i) => i.role === 'target')).toEqual([]);
  });

  for (const name of ['reissued-project-fields', 'reissued-target-tasks']) {
    it(`${name}: export → import keeps every measure and its units`, async () => {
      const first = load(name).plan;
      expect(summary(await reissued(name))).toEqual(summary(first));
    });
  }
});
