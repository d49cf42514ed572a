import type { Attachment } from '../model/attachment';
import type { Item } from '../model/item';
import type { ResponsibilityNotation } from '../model/meta';
import { PAGE_HEADING } from './attached-pages';
import { classifyLine } from './classify-line';
import type { IdMaker } from './id-maker';
import { fold, sliceLine, type Line } from './line';
import { parseRegulation } from './regulation';
import { applyTaskRows, parseCellTable } from './task-table';
import { tableMeasures } from './table-measures';
import type { Body } from '../model/element-types';

interface Group {
  title: string;
  lines: Line[];
}

// What an attachment's title ends with: a form, a list, a plan ("…重点村名单", "…任务分解表", "…实施方案").
const TITLE_END = /(表|单|册|方案|计划|要点|办法|细则|规则|规定|目录|清单|指南|标准|意见|制度|任务|分工|指标|流程图|台账|预案|协议|承诺书|申请书|[)）])$/;

/**
 * "附件" / "某县2026年农村人居环境整治提升行动" / "重点村名单": a centred title set on two lines. The next line is
 * its rest when the title so far ends no title and no sentence, and the line is short, a phrase with no
 * sentence mark or label, ending as a title does.
 */
function isTitleRest(title: string, m: string): boolean {
  const next = m.trim();
  if (!title || TITLE_END.test(fold(title)) || /[。;:,!?]$/.test(fold(title)) || title.length + next.length > 60) return false;
  return next.length >= 2 && next.length <= 24 && TITLE_END.test(next) && !/[。;:,|!?]/.test(next) && classifyLine({ text: next, m: next }).kind === 'text';
}

/** Split the lines from the first "附件：" on into one group per attachment. */
function groups(lines: readonly Line[]): Group[] {
  const out: Group[] = [];
  for (const line of lines) {
    const c = classifyLine(line);
    const current = out[out.length - 1];
    const page = c.kind === 'attachment' ? null : PAGE_HEADING.exec(line.m.trim());
    if (page) {
      // "附表1  …申请表": a page attached after the document's date opens the next attachment.
      out.push({ title: line.text.trim().slice(line.text.trim().length - page[1]!.length).trim(), lines: [] });
    } else if (c.kind === 'attachment') {
      const title = sliceLine(line, c.start).text.trim();
      // "附件：" repeated above the attachment itself, or the title restated: same attachment.
      if (current && current.lines.length === 0 && (!title || title === current.title)) continue;
      out.push({ title, lines: [] });
    } else if (!current || /^附\s*[件表]\s*\d*$/.test(line.m)) {
      // The bare "附件" (or "附表") label at the top of an attachment page (GB/T 9704 puts it there).
      continue;
    } else if (!current.title && current.lines.length === 0 && c.kind === 'text') {
      current.title = line.text;
    } else if (line.m.replace(/\s/g, '') === fold(current.title).replace(/\s/g, '')) {
      continue;
    } else if (current.lines.length === 0 && isTitleRest(current.title, line.m)) {
      current.title += line.text.trim();
    } else current.lines.push(line);
  }
  return out;
}

/**
 * Attachments: an 办法 with 第X章/第X条 → document (regulation numbering); a `|` table whose rows match
 * the measures → the task table (generated from the measures; the rows supply missing units); another
 * table → a table attachment; anything else → a document.
 */
export function parseAttachments(
  lines: readonly Line[], measures: readonly Item[], ids: IdMaker, notes: string[], notations: Map<ResponsibilityNotation, number>,
  planRows?: (body: Body, title: string) => void, spare: readonly Item[] = [],
): Attachment[] {
  return groups(lines).map((g): Attachment => {
    const title = g.title || '附件';
    const kinds = g.lines.map((l) => classifyLine(l).kind);
    if (kinds.includes('article')) {
      const reg = parseRegulation(g.lines, ids);
      notes.push(`附件“${title}”识别为办法：${reg.sections.length} 章 ${reg.articles} 条`);
      return { id: ids.next('a'), title, kind: 'document', numberingScheme: 'regulation', sections: reg.sections };
    }
    const cells = g.lines.filter((l) => classifyLine(l).kind === 'cell');
    const table = cells.length >= 2 ? parseCellTable(cells) : null;
    // A 责任分解 notice whose plan is the table itself (no measure in the text): its rows are the measures.
    const rows = table && measures.length === 0 && planRows ? tableMeasures(table, 3, ids) : null;
    if (rows && planRows) {
      planRows(rows.body, title);
      for (const n of rows.notations) notations.set(n, (notations.get(n) ?? 0) + 1);
      notes.push(`附件“${title}”是任务分解表，正文没有措施：表中 ${rows.measures} 行作为措施导入正文，附件由措施生成，请核对`);
      return { id: ids.next('a'), title, kind: 'task-table' };
    }
    if (table) {
      const match = applyTaskRows(table, measures, spare);
      if (measures.length > 0 && match.matched + match.spareRows >= Math.ceil((table.rows.length - match.continued) * 0.8)) {
        match.apply();
        for (const [k, v] of match.notations) notations.set(k, (notations.get(k) ?? 0) + v);
        notes.push(`附件“${title}”识别为任务分解表：${table.rows.length} 行，与 ${match.matched} 条措施对应，为 ${match.filled} 条措施补充了责任单位`);
        if (match.promoted) notes.push(`任务分解表为 ${match.promoted} 条保障措施补充了责任单位，已按措施导入，请核对`);
        if (match.contentAdded) notes.push(`任务分解表中措施正文没有的内容（“主要内容”等列）已接在 ${match.contentAdded} 条措施正文之后，请核对`);
        for (const d of match.differing) notes.push(`任务分解表“${d}”的责任单位与措施正文不同，已保留措施正文中的单位`);
        return { id: ids.next('a'), title, kind: 'task-table' };
      }
      notes.push(`附件“${title}”识别为表格（${table.rows.length} 行），未能与措施对应`);
      return { id: ids.next('a'), title, kind: 'table', body: [table.table] };
    }
    const reg = parseRegulation(g.lines, ids);
    return { id: ids.next('a'), title, kind: 'document', numberingScheme: 'plan', sections: reg.sections };
  });
}
