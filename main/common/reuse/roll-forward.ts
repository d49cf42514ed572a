import type { Block, Body } from '../model/element-types';
import type { Item } from '../model/item';
import type { Plan } from '../model/plan';
import type { Section, SectionKind } from '../model/section';
import type { Text } from '../model/text';
import type { RollForwardReport } from './roll-forward-report';
import { rollYears } from './roll-years';
import { hasTargetFigure } from './target-figures';

type Report = RollForwardReport & { changes: Array<RollForwardReport['changes'][number]>; cleared: string[] };

function clip(s: string, n = 60): string {
  return s.length > n ? `${s.slice(0, n)}……` : s;
}

class Roller {
  readonly report: Report;
  constructor(private readonly from: number, private readonly to: number) {
    this.report = { fromYear: from, toYear: to, changes: [], kept: [], flagged: [], cleared: [], measures: 0, measuresWithUnits: 0 };
  }

  text(where: string, s: string): string {
    const r = rollYears(s, this.from, this.to);
    for (const c of r.changes) this.report.changes.push({ where: clip(where), before: c.before, after: c.after, baseline: !!c.baseline });
    for (const k of r.kept) this.report.kept.push({ where: clip(where), text: k.text, why: k.why });
    return r.text;
  }

  leaves(where: string, leaves: Text[]): Text[] {
    return leaves.map((l) => ({ ...l, text: this.text(where, l.text) }));
  }

  block(b: Block, where: string, kind: SectionKind | null): Block {
    if (b.type === 'table') {
      return { ...b, children: b.children.map((row) => ({ ...row, children: row.children.map((cell) => ({ ...cell, children: cell.children.map((p) => ({ ...p, children: this.leaves(`${where}（表格）`, p.children) })) })) })) };
    }
    const plain = b.children.map((l) => l.text).join('');
    const here = `${where}：“${clip(plain, 16)}”`;
    const children = this.leaves(here, b.children);
    const text = children.map((l) => l.text).join('');
    const flag = hasTargetFigure(text, kind, b.type === 'item' ? b.role : null);
    if (flag) this.report.flagged.push({ where: clip(where), text: clip(text, 120) });
    if (b.type === 'paragraph') return flag ? { ...b, children, review: { ...b.review, figure: true } } : { ...b, children };
    return this.item(b, here, children, flag);
  }

  private item(b: Item, here: string, children: Text[], flag: boolean): Item {
    if (b.role === 'measure') {
      this.report.measures++;
      if (b.leadUnits.length + b.supportUnits.length > 0) this.report.measuresWithUnits++;
    }
    const deadline = b.deadline === null ? null : this.text(`${here} 完成时限`, b.deadline);
    // Units are carried as they are: the departments are the same next year (renames go through 部门名录).
    const out: Item = { ...b, children, deadline, leadUnits: [...b.leadUnits], supportUnits: [...b.supportUnits] };
    if (flag) out.review = { ...b.review, figure: true };
    return out;
  }

  body(body: Body, where: string, kind: SectionKind | null): Body {
    return body.map((b) => this.block(b, where, kind));
  }

  section(s: Section): Section {
    const title = this.text(`章节“${s.title}”标题`, s.title);
    return { ...s, title, body: this.body(s.body, title, s.kind), sections: s.sections.map((c) => this.section(c)) };
  }
}

/** The 文件 fields of the new document: a new serial, no dates yet (GB/T 9704 7.2.5, 7.3.5.4, 7.4.3). */
function clearDocumentFields(meta: Plan['meta'], to: number, cleared: string[]): Plan['meta'] {
  const out = { ...meta, year: to };
  if (meta.docNumber) {
    out.docNumber = { ...meta.docNumber, year: to, serial: null };
    cleared.push('发文字号序号（年份改为新年度）');
  }
  if (meta.docNumberRaw !== undefined) {
    delete out.docNumberRaw;
    cleared.push('导入时未能识别的文号原文');
  }
  if (meta.date) cleared.push('成文日期');
  if (meta.printDate) cleared.push('印发日期');
  if (meta.copyNumber) cleared.push('份号');
  if (meta.signers.length) cleared.push('签发人');
  return { ...out, date: null, printDate: null, copyNumber: null, signers: [] };
}

/**
 * 以去年的计划为底稿: this year's draft from last year's plan. Pure: the input is not changed.
 * Years of the schedule move (roll-years.ts), target figures are kept and flagged for review
 * (`review.figure`, reported by the 体检 rule rolled-forward-figure), measures keep their units, the
 * 文件 fields of an issued document are cleared; the report says what changed and what did not.
 */
export const RollForward = {
  plan(plan: Plan, toYear: number): { plan: Plan; report: RollForwardReport } {
    const from = plan.meta.year;
    const r = new Roller(from, toYear);
    const meta = clearDocumentFields(plan.meta, toYear, r.report.cleared);
    meta.title = r.text('标题', plan.meta.title);
    const notice = plan.notice ? { title: r.text('印发通知标题', plan.notice.title), body: r.body(plan.notice.body, '印发通知', null) } : null;
    const out: Plan = {
      ...plan,
      meta,
      notice,
      departments: plan.departments.map((d) => ({ ...d, aliases: [...d.aliases] })),
      preamble: r.body(plan.preamble, '制定依据', null),
      sections: plan.sections.map((s) => r.section(s)),
      closing: r.body(plan.closing, '结束语', null),
      attachments: plan.attachments.map((a) => {
        const title = r.text(`附件“${a.title}”标题`, a.title);
        if (a.kind === 'table') return { ...a, title, body: r.body(a.body, title, null) };
        if (a.kind === 'document') return { ...a, title, sections: a.sections.map((s) => r.section(s)) };
        return { ...a, title };
      }),
    };
    return { plan: out, report: r.report };
  },
};
