import type { Block, Body } from '../model/element-types';
import { Ids } from '../model/ids';
import { PLAN_FORMAT, PLAN_SCHEMA_VERSION, type Plan } from '../model/plan';
import type { Section } from '../model/section';
import type { Attachment } from '../model/attachment';
import { TemplateInputSchema, type Template, type TemplateInput, type TemplateSubsection } from './template';

type Values = Record<string, string>;

/** The administrative unit word of a region name: 鄂托克前旗 → 旗, 某某县 → 县, 某某区 → 区. */
export function unitWord(region: string): string {
  const last = region.trim().slice(-1);
  return ['县', '旗', '区', '市'].includes(last) ? last : '县';
}

export function fill(text: string, values: Values): string {
  return text.replace(/\{(region|year|issuer|leadDepartment|unit)\}/g, (_, k: string) => values[k] ?? '');
}

function fillBody(body: Body, values: Values): Body {
  return body.map((block): Block => {
    switch (block.type) {
      case 'paragraph':
        return { ...block, children: block.children.map((l) => ({ ...l, text: fill(l.text, values) })) };
      case 'item':
        return {
          ...block,
          id: Ids.create('m'),
          leadUnits: block.leadUnits.map((u) => fill(u, values)),
          supportUnits: block.supportUnits.map((u) => fill(u, values)),
          deadline: block.deadline === null ? null : fill(block.deadline, values),
          children: block.children.map((l) => ({ ...l, text: fill(l.text, values) })),
        };
      case 'table':
        return {
          ...block,
          children: block.children.map((row) => ({
            ...row,
            children: row.children.map((cell) => ({ ...cell, children: fillBody(cell.children, values) as typeof cell.children })),
          })),
        };
    }
  });
}

function section(s: TemplateSubsection & { sections?: TemplateSubsection[] }, level: 1 | 2, values: Values): Section {
  return {
    id: s.id,
    level,
    kind: s.kind,
    title: fill(s.title, values),
    assignee: null,
    body: fillBody(s.body, values),
    sections: (s.sections ?? []).map((sub) => section(sub, 2, values)),
  };
}

function attachment(a: Attachment, values: Values): Attachment {
  switch (a.kind) {
    case 'task-table': return { ...a, title: fill(a.title, values) };
    case 'table': return { ...a, title: fill(a.title, values), body: fillBody(a.body, values) };
    case 'document': return { ...a, title: fill(a.title, values), sections: a.sections.map((s) => ({ ...s, title: fill(s.title, values), body: fillBody(s.body, values), sections: s.sections.map((sub) => ({ ...sub, title: fill(sub.title, values), body: fillBody(sub.body, values) })) })) };
  }
}

/** A new plan from a template and the 新建计划 form; pure (ids are fresh, everything else is data). */
export function instantiate(template: Template, input: TemplateInput): Plan {
  const form = TemplateInputSchema.parse(input);
  const unit = unitWord(form.region);
  const values: Values = {
    region: form.region, year: String(form.year), unit,
    issuer: form.issuer || `${form.region}人民政府`,
    leadDepartment: form.leadDepartment || `${unit}市场监督管理局`,
  };
  const departmentNames = form.departments ?? template.departments.map((d) => fill(d.name, values));
  const departments = departmentNames.map((name) => {
    const fromTemplate = template.departments.find((d) => fill(d.name, values) === name);
    return { name, aliases: fromTemplate ? fromTemplate.aliases.map((a) => fill(a, values)) : [] };
  });
  return {
    format: PLAN_FORMAT,
    schemaVersion: PLAN_SCHEMA_VERSION,
    meta: {
      title: fill(template.title, values),
      kind: template.kind,
      region: form.region,
      year: form.year,
      templateId: template.id,
      templateVersion: template.version,
      leadDepartment: values['leadDepartment']!,
      numbering: template.numbering,
      responsibilityNotation: template.responsibilityNotation,
      issuer: values['issuer']!,
      mark: null,
      // The year of the 文号 is the plan's; 代字 and 序号 are assigned at issuance [Std 7.2.5].
      docNumber: { agency: '', year: form.year, serial: null },
      signers: [], copyNumber: null, secrecy: null, secrecyTerm: null, urgency: null,
      mainRecipients: template.mainRecipients.map((r) => fill(r, values)),
      signature: values['issuer']!,
      date: null,
      sealed: false,
      note: null,
      copyTo: [],
      printer: null,
      printDate: null,
      preparedBy: null,
    },
    notice: template.notice ? { title: fill(template.notice.title, values), body: fillBody(template.notice.body, values) } : null,
    departments,
    preamble: fillBody(template.preamble, values),
    sections: template.sections.map((s) => section(s, 1, values)),
    closing: fillBody(template.closing, values),
    attachments: template.attachments.map((a) => attachment(a, values)),
  };
}

/** 写作提示 for a section id (or 'preamble' / 'closing'), from the plan's template. */
export function guidanceFor(template: Template, sectionId: string): string {
  if (sectionId === 'preamble') return template.preambleGuidance;
  if (sectionId === 'closing') return template.closingGuidance;
  for (const s of template.sections) {
    if (s.id === sectionId) return s.guidance;
    for (const sub of s.sections) if (sub.id === sectionId) return sub.guidance;
  }
  return '';
}
