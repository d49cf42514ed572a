import { describe, expect, it } from 'vitest';
import { Item } from '../../../main/common/model/item';
import { Plan } from '../../../main/common/model/plan';
import { parsePlan } from '../../../main/common/model/parse-plan';
import { Section } from '../../../main/common/model/section';

const untitled = (text: string) => Item.create({ text, leadUnits: ['县市场监管局'] });
const titled = (lead: string, text: string) => Item.create({ lead, text });

function planOf(groups: Section[]): Plan {
  const r = parsePlan({ format: 'plan-studio/plan', schemaVersion: 2, meta: { title: '某县质量提升行动方案', year: 2026 },
    sections: [Section.create({ title: '主要任务', kind: 'measures', sections: groups })] });
  if (!r.ok) throw new Error(r.error.detail);
  return r.value;
}

describe('Plan.groupTitle: the heading a task paragraph goes by when it is all its group holds', () => {
  it('names an untitled task that is its group\'s only block by the group heading', () => {
    const plan = planOf([Section.create({ title: '实施标准化战略，引领质量发展', level: 2, body: [untitled('完善标准化法规制度。')] })]);
    expect(Plan.measures(plan).map((l) => Plan.groupTitle(l))).toEqual(['实施标准化战略，引领质量发展']);
  });

  it('gives none to a task with its own run-in title, to tasks sharing a group, and outside groups', () => {
    const plan = planOf([
      Section.create({ title: '实施品牌战略', level: 2, body: [titled('制定品牌培育规划。', '根据产业规划……')] }),
      Section.create({ title: '提升检验检测能力', level: 2, body: [untitled('加快建设检测中心。'), untitled('提高技术创新能力。')] }),
    ]);
    plan.preamble.push(untitled('为推进质量强县建设，制定本方案。'));
    expect(Plan.measures(plan).map((l) => Plan.groupTitle(l))).toEqual([null, null, null, null]);
  });

  it('gives none when the group also holds groups of its own', () => {
    const inner = Section.create({ title: '分项', level: 2, body: [untitled('开展抽查。')] });
    const plan = planOf([]);
    plan.sections[0]!.body.push(untitled('统筹推进质量提升。'));
    plan.sections[0]!.sections.push(inner);
    expect(Plan.measures(plan).map((l) => Plan.groupTitle(l))).toEqual([null, '分项']);
  });
});
