import { Item } from '../../../main/common/model/item';
import { PLAN_FORMAT, PLAN_SCHEMA_VERSION, type Plan } from '../../../main/common/model/plan';
import { Table } from '../../../main/common/model/table';

/** A small plan using every element type, section level and attachment kind. */
export function samplePlan(): Plan {
  return {
    format: PLAN_FORMAT,
    schemaVersion: PLAN_SCHEMA_VERSION,
    meta: {
      title: '某县2025年推进质量强县工作行动计划', kind: 'action-plan', region: '某县', year: 2025,
      templateId: null, templateVersion: null, leadDepartment: '县市场监督管理局', numbering: 'continuous',
      responsibilityNotation: 'division', issuer: '某县人民政府', docNumber: { agency: '某政发', year: 2025, serial: 3 }, mark: null, signers: [], copyNumber: null, secrecy: null, secrecyTerm: null, urgency: null, sealed: false, mainRecipients: ['各乡镇人民政府'],
      signature: '某县人民政府', date: '2025-03-06', note: '（此件公开发布）', copyTo: ['县委办公室'], printer: '某县人民政府办公室',
      printDate: '2025-03-06', preparedBy: null,
    },
    notice: { title: '某县人民政府关于印发《某县2025年推进质量强县工作行动计划》的通知', body: [{ type: 'paragraph', children: [{ text: '现印发给你们，请认真贯彻执行。' }] }] },
    departments: [{ name: '县市场监督管理局', aliases: ['市场监管局'] }],
    preamble: [{ type: 'paragraph', children: [{ text: '为……，制定本行动计划。' }] }],
    sections: [
      { id: 's1', level: 1, kind: 'targets', title: '工作目标', assignee: null, body: [
        { ...Item.create({ role: 'target', lead: '产品质量。', text: '合格率达到95%以上。' }), id: 't1' },
        { ...Item.create({ role: 'target', lead: '工程质量。', text: '验收合格率达到100%。' }), id: 't2' },
      ], sections: [] },
      { id: 's2', level: 1, kind: 'measures', title: '主要任务', assignee: '县市场监督管理局', body: [], sections: [
        { id: 's2a', level: 2, kind: 'measures', title: '完善机制', assignee: null, sections: [], body: [
          { ...Item.create({ lead: '推进示范创建。', text: '按照方案推进。', leadUnits: ['县市场监督管理局'], supportUnits: ['县发展和改革局'], deadline: '2025年12月底前' }), id: 'm1' },
          { ...Item.create({ level: 4, role: 'point', text: '细项一' }), id: 'p1' },
          { ...Item.create({ level: 4, role: 'point', text: '细项二' }), id: 'p2' },
          { ...Item.create({ lead: '健全工作机制。' }), id: 'm2' },
          { type: 'paragraph', children: [{ text: '普通段落，', bold: true }, { text: '带加粗。' }] },
        ] },
        { id: 's2b', level: 2, kind: 'measures', title: '夯实基础', assignee: null, sections: [], body: [
          { ...Item.create({ lead: '加强计量。' }), id: 'm3' },
          Table.create([['序号', '任务'], ['1', '计量']]),
        ] },
      ] },
    ],
    closing: [{ type: 'paragraph', children: [{ text: '确保各项任务圆满完成。' }] }],
    attachments: [
      { id: 'a1', title: '工作任务分解表', kind: 'task-table' },
      { id: 'a2', title: '某县县长质量奖实施办法', kind: 'document', numberingScheme: 'regulation', sections: [
        { id: 'c1', level: 1, kind: 'other', title: '总则', assignee: null, sections: [], body: [
          { ...Item.create({ role: 'point', text: '为……制定本办法。' }), id: 'r1' },
          { ...Item.create({ role: 'point', text: '本办法所称组织……' }), id: 'r2' },
        ] },
        { id: 'c2', level: 1, kind: 'other', title: '组织管理', assignee: null, sections: [], body: [
          { ...Item.create({ role: 'point', text: '评审委员会的主要职责是：' }), id: 'r3' },
          { ...Item.create({ role: 'point', level: 4, text: '组织评定。' }), id: 'r3a' },
        ] },
      ] },
      { id: 'a3', title: '统计表', kind: 'table', body: [Table.create([['指标', '目标'], ['合格率', '95%']])] },
    ],
  };
}
