import type { Body } from '../model/element-types';
import type { Line } from './line';
import type { BuildContext } from './paragraph-measures';
import { tableMeasures } from './table-measures';
import { parseCellTable } from './task-table';
import { isFormCaptionRow } from './form-caption-row';
import { isIndicatorHeader } from './indicator-header';

/**
 * Consecutive `|` rows of the body (a .txt's TAB rows, a Word table): with a task column and a units column
 * in a part that holds measures, each row is a measure (reported); another table stays a table; a lone row
 * is a paragraph with its cells set apart by spaces.
 */
export function cellsToBody(all: readonly Line[], measuresPart: boolean, ctx: BuildContext): Body {
  if (all.length === 0) return [];
  // A form's caption rows ("部门：管理科 | 部门责任人： | 毛伟") stand over its header: paragraphs, not the header.
  let k = 0;
  while (k < all.length - 2 && isFormCaptionRow(all[k]!)) k++;
  const caption: Body = all.slice(0, k).map((r) => ({ type: 'paragraph', children: [{ text: r.text.replace(/\s*\|\s*$/, '').replace(/\s*\|\s*/g, ' ') }] }));
  return [...caption, ...tableBody(all.slice(k), measuresPart, ctx)];
}

function tableBody(rows: readonly Line[], measuresPart: boolean, ctx: BuildContext): Body {
  const parse = rows.length >= 2 ? parseCellTable(rows) : null;
  if (!parse) return rows.map((r) => ({ type: 'paragraph', children: [{ text: r.text.replace(/\s*\|\s*$/, '').replace(/\s*\|\s*/g, ' ') }] }));
  // An indicator table ("序号 | 指标名称 | 2025年 | 属性") gives targets wherever it stands (总体要求, 发展目标).
  const read = measuresPart || isIndicatorHeader(parse.header) ? tableMeasures(parse, 3, ctx.ids) : null;
  if (!read) return [parse.table];
  for (const n of read.notations) ctx.notations.set(n, (ctx.notations.get(n) ?? 0) + 1);
  const targets = read.body.filter((e) => e.type === 'item' && e.role === 'target').length;
  const counted = [read.measures - targets ? `${read.measures - targets} 行作为措施` : '', targets ? `${targets} 行作为目标` : ''].filter(Boolean).join('、');
  ctx.guesses.push({ what: `正文中的表格（表头“${parse.header.join('、')}”）按${read.targets ? '目标表' : '任务表'}读取：${counted}导入`, confidence: 0.75 });
  return read.body;
}
