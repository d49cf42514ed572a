import { UserError, type Result } from '../errors';
import type { Body } from '../model/element-types';
import type { Item } from '../model/item';
import type { Section } from '../model/section';
import { DocNumber } from '../model/doc-number';
import { PLAN_FORMAT, PLAN_SCHEMA_VERSION, Plan } from '../model/plan';
import { describeIssues } from '../model/parse-plan';
import { cutRunInTitleAtEnd } from './among-measures';
import { cutTitledTaskAtEnd } from './cut-titled-task';
import { cutLabelAtEnd } from './cut-label-at-end';
import { parseAttachments } from './attachments';
import { BodyBuilder } from './body-builder';
import { bulletedMeasures } from './bulleted-measures';
import { dutyDivisionPart } from './duty-division-part';
import { groupRowParts } from './group-row-parts';
import { ordinalParts } from './ordinal-parts';
import { gluedOrdinalTasks } from './glued-ordinal-task';
import { boundAttachments } from './bound-attachments';
import { countPlan } from './count-plan';
import { describeFront } from './describe-front';
import { repairCitedDocNumbers } from './doc-number';
import { parseFrontMatter, type FrontMatter } from './front-matter';
import { partAssigneeUnits } from './part-assignee-units';
import { partUnitsLines } from './part-units-line';
import { IdMaker } from './id-maker';
import { emptyReport, type ImportReport } from './import-report';
import { joinBrokenLines } from './join-broken-lines';
import { runInHeadedTasks } from './headed-tasks';
import { splitNoteBesideDate } from './note-beside-date';
import { splitGluedRecipients } from './glued-recipients';
import { replyChannelsNotMeasures } from './reply-channels';
import { scopeObjectsNotMeasures } from './scope-objects';
import { leadUnitOf } from './lead-unit-line';
import { callForReportsNotMeasures } from './call-for-reports';
import { splitRunTogether } from './run-together-lines';
import { splitTitleSentence } from './title-sentence';
import { takeClosingSignature, takeImprint, type Imprint } from './imprint';
import { dropTrailingChrome } from './trailing-chrome';
import { readUndatedSignature } from './undated-signature';
import { provisionsNotMeasures } from './provisions';
import { yearRequirementsTasks } from './year-requirements-tasks';
import { firstAttachment } from './attached-pages';
import { dropReportLead } from './report-lead';
import { dropUnpagedContents } from './unpaged-contents';
import { joinPreviewChunks } from './preview-chunks';
import { dropRepeatedFileName } from './preview-file-name';
import { fold, makeLine, type Line } from './line';
import { kindOf, mostUsed, notationName, regionOf, yearOf } from './plan-meta';
import { regulationBody } from './regulation-body';
import { toLines, type SourceParagraph } from './to-lines';
import { normalizeSource } from './normalize-source';
import { degradeInvalid } from './degrade-invalid';
import { firstCopy } from './repeated-copies';

export type { SourceParagraph } from './to-lines';
export { toLines } from './to-lines';

export interface ImportOptions {
  fileName?: string | null;
  /** Traditional → simplified conversion (opencc-js, supplied by the caller: main/common stays lean). */
  simplify?: (text: string) => string;
}

export interface ImportResult {
  plan: Plan;
  report: ImportReport;
}

function repairLines(lines: readonly Line[], report: ImportReport): Line[] {
  return lines.map((line) => {
    const r = repairCitedDocNumbers(line.text);
    for (const x of r.repairs) report.warnings.push(`引用文号有缺损，已修复：${x.from} → ${x.to}`);
    return r.repairs.length ? makeLine(r.text, line.bold) : line;
  });
}

function paragraphs(texts: readonly string[]): Body {
  return texts.map((text) => ({ type: 'paragraph', children: [{ text }] }));
}

/** 鄂前政发〔201920    816: the digits after the number may be the date (month, day) — a guess, reported. */
function dateFromDamagedNumber(fm: FrontMatter, report: ImportReport): string | null {
  const t = fm.docNumber?.trailing;
  const y = fm.docNumber?.docNumber ? /〔(\d{4})〕/.exec(fm.docNumber.docNumber)?.[1] : undefined;
  if (!t || !y || fm.date) return null;
  const m = /^(1[0-2]|[1-9])([1-9]|[12]\d|3[01])$/.exec(t);
  if (!m) return null;
  const iso = `${y}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
  report.warnings.push(`成文日期由缺损的文号行末尾“${t}”推断为 ${iso}，请核对`);
  return iso;
}

/** A department that can lead the plan: not 各县区政府, not a 领导小组's members. */
function isDepartment(name: string): boolean {
  return !/^各/.test(name) && !/(领导小组|成员单位|委员会成员|有关部门)/.test(name) && /(局|委|厅)$/.test(name);
}

/**
 * A document that is tables (a workbook, a Word file holding only forms): a ledger, a record form or a
 * schedule has no headings and no task table, but it is a document — imported with its tables as they are.
 */
function isTablesOnly(lines: readonly Line[]): boolean {
  const rows = lines.filter((l) => /\|\s*$/.test(l.text)).length;
  return rows >= 2 && rows * 2 >= lines.length;
}

function noStructure(): Result<ImportResult> {
  return UserError.fail('import.no-structure',
    '未能识别出计划结构：文中没有“一、”“（一）”“1.”等标题或编号。请确认这是一份计划、方案或任务分解表。',
    'no headings or numbered items found');
}

/**
 * The lines as the document wrote them: page chrome dropped, broken lines joined, a text repeated many times
 * read once, the 版记 taken off, glued recipients and paragraphs run together split back.
 */
function prepareLines(paras: readonly SourceParagraph[], report: ImportReport): { lines: Line[]; imprint: Imprint } {
  const joined = joinBrokenLines(toLines(paras, report));
  for (const dropped of report.droppedLines) {
    // "文件下载:天质组发[2017]1号.docx": the page names the document's 文号; shown, never applied.
    const num = /([\u4e00-\u9fff]{2,12}[〔[【]\d{4}[〕\]】]\d{1,4}号)/.exec(dropped);
    if (num) report.warnings.push(`网页附带的文件名中有文号“${num[1]}”，可能是本计划的发文字号，未自动填入`);
  }
  if (joined.joins) report.recognised.push(`合并了 ${joined.joins} 处被截断的行`);
  const chunks = joinPreviewChunks(joined.lines);
  if (chunks.joins) report.recognised.push(`文库预览按页切成的 ${chunks.joins + 1} 段（行首“1、”“2、”……）已接回原文`);
  const named = dropRepeatedFileName(chunks.lines);
  if (named.dropped) report.recognised.push('文库预览开头重复的文件名已去掉，其后是文件自己的标题');
  const contents = dropUnpagedContents(named.lines);
  if (contents.dropped) report.recognised.push(`略去了文首的目录（${contents.dropped} 行，各标题在正文中再次出现）`);
  let lines = contents.lines;
  const once = firstCopy(lines);
  if (once.copies > 1) {
    report.warnings.push(`原文中同一份文件连续重复了 ${once.copies} 次，只导入了第一份`);
    lines = [...once.lines];
  }
  const lead = dropReportLead(lines);
  if (lead.dropped) report.recognised.push(`略去了新闻报道的导语（${lead.dropped} 行，至“原文如下”）`);
  lines = [...lead.lines];
  let imprint = takeImprint(lines);
  const split = splitRunTogether(splitGluedRecipients(lines));
  if (split.splits) report.recognised.push(`原文的段落连成了一行，已按编号、责任单位、署名和日期拆回 ${split.splits} 处`);
  // "…2016年4月8日 某局综合处 2016年4月8日印发 某工作方案 根据…": a 印发 line of a copy run together stands on a
  // line of its own only once the line is split back.
  if (split.splits && !imprint.printer && !imprint.copyTo.length) imprint = takeImprint(split.lines);
  if (split.splits) report.droppedLines.push(...dropTrailingChrome(split.lines));
  const titled = splitTitleSentence(split.lines);
  if (titled.split) report.guesses.push({ what: '首行开头以句号结束的文件名与正文连在一起，已拆开，文件名作为标题', confidence: 0.7 });
  return { lines: runInHeadedTasks(splitNoteBesideDate(titled.lines)), imprint };
}

/**
 * 国务院/部委 style: no notice, the 署名 and 成文日期 close the document itself. A 印发通知 whose plan is not
 * in the text ends with its own 署名 and 成文日期 after its requirements.
 */
function readClosingSignature(lines: Line[], fm: FrontMatter, report: ImportReport): string | null {
  if (fm.notice && (fm.signature || fm.date || !fm.titleFromNotice)) return null;
  const closingSig = takeClosingSignature(lines, fm.next);
  if (!closingSig) return fm.signature ? null : readUndatedSignature(lines, fm, report);
  fm.signature ??= closingSig.signature;
  fm.date ??= closingSig.date;
  fm.note ??= closingSig.note;
  report.recognised.push(`文末署名与成文日期：${closingSig.signature ?? '（无署名）'} ${closingSig.date}`);
  if (closingSig.damaged) report.guesses.push({ what: `成文日期“${closingSig.damaged}”年月日有缺损，读作 ${closingSig.date}`, confidence: 0.7 });
  return closingSig.pages;
}

/**
 * The body read by the body builder; a notice that hands over an 办法 (第一章 … 第一条 …) with no plan text
 * keeps the 办法 as a document with its own 章/条 numbering (the plan body has no such numbering), not lost
 * as "no structure".
 */
function readBody(lines: readonly Line[], fm: FrontMatter, ids: IdMaker, report: ImportReport): { builder: BodyBuilder; regulation: Plan['attachments'][number] | null } {
  const regulation = regulationBody(lines, fm, ids, report);
  const bodyLines = regulation ? [] : lines;
  const builder = new BodyBuilder(ids);
  for (const line of bodyLines) builder.add(line);
  // "现将《…》印发给你们" / "现将…任务予以分解印发": the text hands a plan over that is not in it.
  // Matched on the folded text: a traditional copy writes "現印發給你們".
  const opening = fold(builder.preamble.map((b) => (b.type === 'paragraph' ? b.children.map((l) => l.text).join('') : '')).join(''));
  // "现将…目标任务责任分解给你们": a decomposition handed over as the notice's attachment, not written in it.
  const handsOver = /现将.{0,80}(印发|分解下达)|(予以|分解)印发|(印发|分解|下达)给你们/.test(opening);
  const planTitled = /(意见|方案|计划|要点|措施|举措|安排)(\([^)]*\))?$/.test(fold(fm.title ?? '').trim());
  builder.finish({ noticeOnly: fm.notice !== null && fm.titleFromNotice, handsOver, planTitled });
  cutRunInTitleAtEnd(builder.sections, bodyLines[bodyLines.length - 1]?.m, ids, builder.guesses);
  cutLabelAtEnd(builder.sections, bodyLines[bodyLines.length - 1]?.m, ids, builder.guesses);
  cutTitledTaskAtEnd(builder.sections, builder.guesses);
  if (fm.notice) for (const t of builder.noticeTail) fm.notice.body.push(t);
  ordinalParts(builder.preamble, builder.sections, ids, builder.guesses, fm.notice !== null && fm.titleFromNotice);
  groupRowParts(builder.preamble, builder.sections, ids, builder.guesses);
  provisionsNotMeasures(fm.title, builder.preamble, builder.sections, builder.guesses);
  replyChannelsNotMeasures(builder.preamble, builder.sections, builder.guesses);
  scopeObjectsNotMeasures(builder.preamble, builder.sections, builder.guesses);
  callForReportsNotMeasures(fm.title, fm.notice !== null, builder.preamble, builder.sections, builder.guesses);
  yearRequirementsTasks(builder.sections, builder.guesses);
  dutyDivisionPart(builder.sections, builder.guesses);
  return { builder, regulation };
}

/** Whether the text is a plan or a document at all: headings, numbered items, bullets, or a document's head. */
function hasStructure(builder: BodyBuilder, ids: IdMaker, fm: FrontMatter, isRegulation: boolean): boolean {
  let hasItems = builder.sections.some((s) => s.body.some((b) => b.type === 'item') || s.sections.length > 0)
    || builder.preamble.some((b) => b.type === 'item');
  if (builder.sections.length === 0 && !hasItems) hasItems = bulletedMeasures(builder.preamble, ids, builder.guesses) > 0;
  if (builder.sections.length === 0 && !hasItems) hasItems = gluedOrdinalTasks(builder.preamble, ids, builder.guesses) > 0;
  // A 通知 or 意见 issued as it is may have no heading; its head (主送, 文号, a notice) shows it is a document.
  const isDocument = fm.mainRecipients.length > 0 || fm.docNumber !== null || fm.notice !== null || isRegulation;
  return builder.sections.length > 0 || hasItems || isDocument;
}

/** Every measure of the body, in order (the attachments' task tables are matched against them). */
function bodyMeasures(builder: BodyBuilder): Item[] {
  const measures: Item[] = [];
  for (const b of builder.preamble) if (b.type === 'item' && b.role === 'measure') measures.push(b);
  for (const s of builder.sections) for (const x of [s, ...s.sections]) for (const b of x.body) if (b.type === 'item' && b.role === 'measure') measures.push(b);
  return measures;
}

/** The points of the safeguards parts: a task table may give them units of their own (`applyTaskRows`). */
function safeguardPoints(builder: BodyBuilder): Item[] {
  const out: Item[] = [];
  for (const s of builder.sections) for (const x of [s, ...s.sections]) {
    if (x.kind !== 'safeguards' && s.kind !== 'safeguards') continue;
    for (const b of x.body) if (b.type === 'item' && b.role === 'point') out.push(b);
  }
  return out;
}

/**
 * Where the rows of a task table that is the plan itself go: the end of the body (loops: no spread of big
 * lists). With no heading in the text they follow the preamble; else they get a part of their own, titled as
 * the table.
 */
function planRowsInto(builder: BodyBuilder, ids: IdMaker): (body: Body, title: string) => void {
  return (body, title) => {
    let target = builder.preamble;
    if (builder.sections.length) {
      const s: Section = { id: ids.next('s'), level: 1, kind: 'measures', title: title.replace(/(分解表|清单|一览表|表)$/, '') || title, assignee: null, body: [], sections: [] };
      builder.sections.push(s);
      target = s.body;
    }
    for (const b of body) target.push(b);
  };
}

/** Import a plan from text paragraphs (a .txt file's text, or a .docx's paragraphs). Pure. */
export function importPlan(source: string | readonly SourceParagraph[], options: ImportOptions = {}): Result<ImportResult> {
  const report = emptyReport(options.fileName ?? null);
  let paras: SourceParagraph[] = typeof source === 'string' ? [{ text: source }] : [...source];
  const all = paras.map((p) => p.text).join('\n');
  if (all.trim() === '') return UserError.fail('import.empty', '文件中没有文字内容。', 'empty input');
  paras = normalizeSource(paras, all, options.simplify, report);
  const { lines, imprint } = prepareLines(paras, report);
  const fm = parseFrontMatter(lines);
  const pages = readClosingSignature(lines, fm, report);
  const rest = repairLines(lines.slice(fm.next), report);
  const attachAt = firstAttachment(rest, pages);
  const ids = new IdMaker();
  const { builder, regulation } = readBody(attachAt >= 0 ? rest.slice(0, attachAt) : rest, fm, ids, report);
  if (!hasStructure(builder, ids, fm, regulation !== null)) {
    if (!isTablesOnly(rest)) return noStructure();
    report.warnings.push('表格中没有找到任务表（需要“任务/措施/事项”一列和“牵头单位/责任单位/责任部门”一列），表格按原样导入，未读出措施');
  }
  // Measures under a part whose heading, or the line of units under it, names its units carry them.
  partUnitsLines(builder.sections, builder.guesses);
  partAssigneeUnits(builder.sections, builder.guesses);
  const closing = builder.takeClosing();
  const measures = bodyMeasures(builder);
  const notes: string[] = [];
  const attachments = boundAttachments([
    ...(regulation ? [regulation] : []),
    ...(attachAt >= 0 ? parseAttachments(rest.slice(attachAt), measures, ids, notes, builder.notations, planRowsInto(builder, ids), safeguardPoints(builder)) : []),
  ], report);
  describeFront(fm, report);
  return finish({ fm, imprint, builder, closing, attachments, notes, report, all });
}

interface Parts {
  fm: FrontMatter;
  imprint: Imprint;
  builder: BodyBuilder;
  closing: Body;
  attachments: Plan['attachments'];
  notes: string[];
  report: ImportReport;
  all: string;
}

function finish({ fm, imprint, builder, closing, attachments, notes, report, all }: Parts): Result<ImportResult> {
  const title = fm.title ?? '';
  const { year, from } = yearOf(title, fm, all);
  if (from !== '标题') report.warnings.push(`计划年度取自${from}：${year}，请核对`);
  const notation = mostUsed(builder.notations, 'division' as const);
  const date = fm.date ?? dateFromDamagedNumber(fm, report);
  const region = regionOf(title);
  const leads = new Map<string, number>();
  for (const s of builder.sections) for (const x of [s, ...s.sections]) for (const b of x.body) if (b.type === 'item') for (const u of b.leadUnits.filter(isDepartment).slice(0, 1)) leads.set(u, (leads.get(u) ?? 0) + 1);
  // "某区人民政府办公室转发区生态环境局关于《…》的通知": the organ before 转发 (關于/關於/轉發 in a traditional copy).
  const titleOrgan = fm.notice ? /^((?:(?!关于|關[于於]).)+?)(?:关于|關[于於]|[转轉][发發])/.exec(fm.notice.title)?.[1] ?? null : null;
  const noticeIssuer = fm.issuerHead ?? titleOrgan;
  const plan: Plan = {
    format: PLAN_FORMAT, schemaVersion: PLAN_SCHEMA_VERSION,
    meta: {
      title, kind: kindOf(title), region, year, templateId: null, templateVersion: null,
      leadDepartment: fm.preparedBy ? leadUnitOf(fm.preparedBy) ?? fm.preparedBy.replace(/[(（].*$/, '') : mostUsed(leads, ''),
      numbering: builder.restarts > 0 ? 'per-section' : 'continuous',
      responsibilityNotation: notation,
      issuer: fm.issuerHead ?? fm.signature ?? noticeIssuer ?? '',
      docNumber: fm.docNumber?.docNumber ? DocNumber.parse(fm.docNumber.docNumber) : null,
      ...(fm.docNumber && fm.docNumber.raw !== fm.docNumber.docNumber ? { docNumberRaw: fm.docNumber.raw } : {}),
      mark: null, signers: [], copyNumber: null, secrecy: null, secrecyTerm: null, urgency: null,
      mainRecipients: fm.mainRecipients, signature: fm.signature ?? (fm.unsigned ? titleOrgan : noticeIssuer) ?? '', date, sealed: false, note: fm.note,
      copyTo: imprint.copyTo, printer: imprint.printer, printDate: imprint.printDate, preparedBy: fm.preparedBy,
    },
    notice: fm.notice ? { title: fm.notice.title, body: paragraphs(fm.notice.body) } : null,
    departments: [],
    preamble: builder.preamble, sections: builder.sections, closing, attachments,
  };
  plan.departments = Plan.unitsInUse(plan).map((name) => ({ name, aliases: [] }));
  if (!fm.signature && plan.meta.signature) report.guesses.push({ what: `原文没有署名，按通知标题取发文机关“${plan.meta.signature}”`, confidence: 0.5 });
  // One odd element must not lose the file: invalid elements are degraded (reported), never the whole import.
  const checked = degradeInvalid(plan, report);
  if (!checked.success) {
    const d = describeIssues(checked.error);
    return UserError.fail('import.invalid', `导入结果不符合计划格式：${d.zh}`, `imported plan is invalid: ${d.en}`);
  }
  if (imprint.copyTo.length) report.recognised.push(`抄送：${imprint.copyTo.join('，')}`);
  if (imprint.printer) report.recognised.push(`印发机关：${imprint.printer}，印发日期：${imprint.printDate}`);
  report.recognised.push(`编号方式：${plan.meta.numbering === 'continuous' ? '连续编号' : '各部分分别编号'}；责任单位写法：${notationName(notation)}`);
  if (builder.preamble.length) report.recognised.push(`制定依据（前言）${builder.preamble.length} 段`);
  if (closing.length) report.recognised.push('结束语 1 段');
  // Loops, not push(...list): a spread passes every element as an argument, and 200,000 notes overflow the stack.
  for (const n of builder.notes) report.warnings.push(n);
  for (const g of builder.guesses) report.guesses.push(g);
  for (const n of notes) (/请核对|不同|未能/.test(n) ? report.warnings : report.recognised).push(n);
  countPlan(plan, report);
  return UserError.ok({ plan: checked.data as Plan, report });
}
