import { Item } from '../../main/common/model/item';
import { Paragraph } from '../../main/common/model/paragraph';
import { PLAN_FORMAT, PLAN_SCHEMA_VERSION, type Plan } from '../../main/common/model/plan';
import { Section } from '../../main/common/model/section';

/** A synthetic plan of `measures` measures in groups of 10, shaped like seed 000 (≈ 60 pages at 300). */
export function bigPlan(measures: number): Plan {
  const groups: Section[] = [];
  for (let g = 0; g * 10 < measures; g++) {
    const body = [];
    for (let i = g * 10; i < Math.min(measures, g * 10 + 10); i++) {
      body.push(Item.create({
        lead: `推进第${i + 1}项重点工作。`,
        text: '按照创建方案要求，坚持规划引领、以点带面、示范带动，进一步明确责任部门、工作任务和完成时限，确保各项工作协调、持续、有力推进。'.repeat(2),
        leadUnits: ['县市场监督管理局'], supportUnits: ['县发展和改革局', '县工业和信息化局'], deadline: '2025年12月底前',
      }));
    }
    groups.push(Section.create({ title: `第${g + 1}组工作任务`, level: 2, kind: 'measures', body }));
  }
  return {
    format: PLAN_FORMAT, schemaVersion: PLAN_SCHEMA_VERSION,
    meta: {
      title: `某县2025年推进质量强县工作行动计划（${measures}项措施）`, kind: 'action-plan', region: '某县', year: 2025,
      templateId: null, templateVersion: null, leadDepartment: '县市场监督管理局', numbering: 'continuous', responsibilityNotation: 'division',
      issuer: '某县人民政府', docNumber: null, mark: null, signers: [], copyNumber: null, secrecy: null, secrecyTerm: null, urgency: null, sealed: false, mainRecipients: [], signature: '某县人民政府', date: '2025-03-06', note: null,
      copyTo: [], printer: null, printDate: null, preparedBy: null,
    },
    notice: null,
    departments: [{ name: '县市场监督管理局', aliases: [] }, { name: '县发展和改革局', aliases: [] }, { name: '县工业和信息化局', aliases: [] }],
    preamble: [Paragraph.create('为……，制定本行动计划。')],
    sections: [
      Section.create({ title: '指导思想', kind: 'ideology', body: [Paragraph.create('以……为指导。')] }),
      Section.create({ title: '工作措施', kind: 'measures', sections: groups }),
    ],
    closing: [Paragraph.create('确保各项任务圆满完成。')],
    attachments: [],
  };
}
