import { PLAN_FORMAT, PLAN_SCHEMA_VERSION, type Plan } from '../../../main/common/model/plan';

/** The fuzzed plan: three sections plus preamble and closing, paragraphs and items, fixed ids. */
export const FUZZ_PLAN_ID = 'p-fuzz00001';
export const FUZZ_BODIES = ['preamble', 's1', 's2', 's3'] as const;
export const DEPARTMENTS = ['县市场监督管理局', '县发展和改革局', '县财政局', '县教育体育局'];

const item = (id: string, lead: string, text: string) => ({
  type: 'item' as const, id, level: 3 as const, role: 'measure' as const, leadUnits: [], supportUnits: [], deadline: null,
  children: [{ text: lead, lead: true as const }, { text }],
});
const para = (text: string) => ({ type: 'paragraph' as const, children: [{ text }] });

export function fuzzPlan(): Plan {
  return {
    format: PLAN_FORMAT,
    schemaVersion: PLAN_SCHEMA_VERSION,
    meta: {
      title: '某县2025年推进质量强县工作行动计划', kind: 'action-plan', region: '某县', year: 2025,
      templateId: null, templateVersion: null, leadDepartment: DEPARTMENTS[0]!, numbering: 'continuous',
      responsibilityNotation: 'division', issuer: '某县人民政府', docNumber: null, mark: null, signers: [], copyNumber: null, secrecy: null, secrecyTerm: null, urgency: null, sealed: false, mainRecipients: [],
      signature: '某县人民政府', date: null, note: null, copyTo: [], printer: null, printDate: null, preparedBy: null,
    },
    notice: null,
    departments: DEPARTMENTS.map((name) => ({ name, aliases: [] })),
    preamble: [para('为推进质量强县建设，制定本计划。')],
    sections: [
      { id: 's1', level: 1, kind: 'targets', title: '工作目标', assignee: null, sections: [], body: [
        item('t1', '产品质量。', '合格率达到95%以上。'), para('总体目标段落。'),
      ] },
      { id: 's2', level: 1, kind: 'measures', title: '主要任务', assignee: DEPARTMENTS[0]!, body: [], sections: [
        { id: 's3', level: 2, kind: 'measures', title: '完善机制', assignee: DEPARTMENTS[1]!, sections: [], body: [
          item('m1', '推进示范创建。', '按照方案推进。'), item('m2', '健全工作机制。', ''), para('普通段落。'),
        ] },
      ] },
      { id: 's4', level: 1, kind: 'safeguards', title: '保障措施', assignee: null, sections: [], body: [para('加强组织领导。')] },
    ],
    closing: [para('确保各项任务圆满完成。')],
    attachments: [],
  };
}
