import type { Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Checks } from '../../../main/common/checks/checks';
import type { Finding } from '../../../main/common/checks/finding';
import { DocumentFields } from '../../../main/common/collab/document-fields';
import { PlanDoc } from '../../../main/common/collab/plan-doc';
import { applyFixInEditor, applyFixInPlanDoc, applyFixesInEditor, fixTargetsBody } from '../../../renderer/src/editor/checks/apply-fix-command';
import { cleanPlan } from '../checks/helpers/rule-fixtures';
import { headless } from './headless';

const CTX = { today: '2025-06-01' };
const text = (children: Descendant[]) => children.map((b) => (b as { children: Array<{ text?: string }> }).children.map((l) => l.text ?? '').join('')).join('\n');

describe('applying a 体检 fix in the editor', () => {
  it('a half-width comma in a paragraph after items is replaced in that paragraph, leaves and marks kept', () => {
    const plan = cleanPlan();
    const body = plan.sections[1]!.sections[0]!.body;
    body[4] = { type: 'paragraph', children: [{ text: '普通段落,', bold: true }, { text: '带加粗' }] };
    const f = Checks.all(plan, CTX).find((x) => x.rule === 'half-width-punctuation' && x.where.sectionId === 's2a')!;
    expect(fixTargetsBody(f)).toBe(true);
    const editor = headless(body as Descendant[], null);
    expect(applyFixInEditor(editor, { finding: f })).toBe(true);
    expect(editor.children[4]).toEqual({ type: 'paragraph', children: [{ text: '普通段落，', bold: true }, { text: '带加粗' }] });
    expect(text(editor.children.slice(0, 4))).toBe(text(body.slice(0, 4) as Descendant[]));
  });

  it('全部同类: every fix of a body applied at once, later places first, so shortening fixes do not move the rest', () => {
    const plan = cleanPlan();
    const body = plan.sections[1]!.sections[0]!.body;
    const m1 = body[0]!;
    if (m1.type === 'item') m1.children = [{ text: '推进示范创建。。', lead: true }, { text: '按照方案推进。。' }];
    body[4] = { type: 'paragraph', children: [{ text: '普通段落。。带加粗。。' }] };
    const found = Checks.all(plan, CTX).filter((x) => x.rule === 'doubled-punctuation' && x.where.sectionId === 's2a');
    expect(found).toHaveLength(4);
    const editor = headless(body as Descendant[], null);
    expect(applyFixesInEditor(editor, { findings: found })).toBe(4);
    expect(text(editor.children)).toBe(text(body as Descendant[]).replaceAll('。。', '。'));
    expect(editor.selection).toBeNull();
  });

  it('a fix whose place is gone changes nothing', () => {
    const editor = headless([{ type: 'paragraph', children: [{ text: '短' }] }], null);
    const f: Finding = { rule: 'half-width-punctuation', severity: 'warning', message: 'm', source: 's', where: { sectionId: 'x', start: 40, end: 41 },
      fix: { kind: 'replace-text', label: 'l', start: 40, end: 41, text: '，' } };
    expect(applyFixInEditor(editor, { finding: f })).toBe(false);
    expect(editor.children).toEqual([{ type: 'paragraph', children: [{ text: '短' }] }]);
  });

  it('fixes in the plan title, a section title and the notice title go through the plan doc', () => {
    const plan = cleanPlan();
    plan.meta.title = '某县计划(2025年)';
    plan.sections[0]!.title = '工作目标,任务';
    plan.notice!.title = '关于印发计划的通知;';
    const doc = new Y.Doc();
    PlanDoc.write(doc, plan);
    const fixes = Checks.all(plan, CTX).filter((f) => f.rule === 'half-width-punctuation');
    expect(fixes.map((f) => f.where.field)).toEqual(expect.arrayContaining(['title', 'sectionTitle', 'noticeTitle']));
    // Each fix replaces one character by one, so the offsets of the others stay valid.
    for (const f of fixes) {
      expect(fixTargetsBody(f)).toBe(false);
      expect(applyFixInPlanDoc(doc, { finding: f }), JSON.stringify(f.where)).toBe(true);
    }
    expect(PlanDoc.meta(doc).title).toBe('某县计划（2025年）');
    expect(PlanDoc.outline(doc).find((s) => s.id === 's1')!.title).toBe('工作目标，任务');
    expect(DocumentFields.noticeTitle(doc)).toBe('关于印发计划的通知；');
  });

  it('fixes in an attachment title and an attachment section title go through the plan doc too', () => {
    const plan = cleanPlan();
    plan.attachments = [
      { id: 'a3', title: '统计表,指标', kind: 'table', body: [] },
      { id: 'a2', title: '办法', kind: 'document', numberingScheme: 'regulation', sections: [
        { id: 'c1', level: 1, kind: 'other', title: '总则,附则', assignee: null, sections: [], body: [] },
      ] },
    ];
    const doc = new Y.Doc();
    PlanDoc.write(doc, plan);
    const fixes = Checks.all(plan, CTX).filter((f) => f.rule === 'half-width-punctuation' && (f.where.sectionId === 'a3' || f.where.sectionId === 'c1'));
    expect(fixes.map((f) => f.where.field).sort()).toEqual(['attachmentTitle', 'sectionTitle']);
    for (const f of fixes) expect(applyFixInPlanDoc(doc, { finding: f }), JSON.stringify(f.where)).toBe(true);
    const annex = PlanDoc.annex(doc);
    expect(annex.attachments[0]!.title).toBe('统计表，指标');
    expect(annex.attachments[1]!.sections[0]!.title).toBe('总则，附则');
  });
});
