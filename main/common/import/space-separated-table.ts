import { makeLine, type Line } from './line';

/** A column heading of a task table (the words of a header line). */
const HEADING = /任务|措施|内容|事项|举措|类别|领域|单位|部门|时限|时间|目标|要求|名称|项目|牵头|配合|参与|协办|责任|领导|备注|工作$/;
/** Columns whose cells hold unit names. */
const UNITS_COL = /单位|部门|牵头|配合|参与|协办/;

/** The header's headings when the line is "序号 类别 主要任务 … 牵头单位 参与单位 责任单位" (single spaces between). */
function headerWords(text: string): string[] | null {
  const words = text.trim().split(/\s+/);
  if (words.length < 4 || !/^(序号|编号)$/.test(words[0]!)) return null;
  const rest = words.slice(1);
  return rest.every((w) => w.length <= 8 && HEADING.test(w)) && rest.some((w) => UNITS_COL.test(w)) ? words : null;
}

/**
 * Pieces of a row's text cells, more than its columns (a narrow cell's wrap copied as a space, "加强水资源保 护",
 * "严守用水 效率控制 红线"): the shortest piece that follows a filled one is joined to it, until they fit.
 * An empty piece (two spaces) is an empty cell and is never joined. Null when they are fewer than the columns.
 */
function fitCells(pieces: readonly string[], columns: number): string[] | null {
  const cells = [...pieces];
  while (cells.length > columns) {
    let at = -1;
    for (let i = 1; i < cells.length; i++) if (cells[i] && cells[i - 1] && (at < 0 || cells[i]!.length < cells[at]!.length)) at = i;
    if (at < 0) return null;
    cells.splice(at - 1, 2, cells[at - 1]! + cells[at]!);
  }
  return cells.length === columns ? cells : null;
}

/** One row line ("2  严守用水 效率控制 红线 落实… 市水利局 …") as its cells, or null. */
function rowCells(text: string, n: number, header: readonly string[]): string[] | null {
  const m = new RegExp(`^${n} (.*)$`).exec(text);
  if (!m) return null;
  const pieces = m[1]!.trimEnd().split(' ');
  // The units columns close the row: its last pieces, one each (a unit list holds no space).
  let units = 0;
  while (units < header.length - 1 && UNITS_COL.test(header[header.length - 1 - units]!)) units++;
  if (!units || pieces.length < units + 1) return null;
  const lead = fitCells(pieces.slice(0, pieces.length - units), header.length - 1 - units);
  return lead ? [String(n), ...lead, ...pieces.slice(pieces.length - units)] : null;
}

/**
 * A table a page set one row a line with its cells set apart by single spaces ("序号 类别 主要任务 细化措施 牵头单位
 * 参与单位 责任单位" / "1 加强水资源保 护 严守… 实施… 市水利局 …"): an empty cell is a second space ("2  严守用水…"),
 * a narrow cell's wrap a space inside it. Under a header line whose words are all column headings, the lines
 * numbered 1, 2, 3 … in order are its rows: the units columns that close the header take the row's last pieces,
 * the text columns the others, wrap pieces joined (`fitCells`). Set as `|` rows, the form the table reader takes.
 */
export function spacedTableRows(lines: readonly Line[]): { lines: Line[]; tables: number } {
  const out: Line[] = [];
  let tables = 0;
  for (let i = 0; i < lines.length; i++) {
    const header = headerWords(lines[i]!.text);
    const first = header ? rowCells(lines[i + 1]?.text ?? '', 1, header) : null;
    if (!header || !first) {
      out.push(lines[i]!);
      continue;
    }
    tables++;
    out.push(makeLine(`${header.join(' | ')} |`));
    let n = 1;
    let j = i + 1;
    for (let cells: string[] | null = first; cells; cells = rowCells(lines[j]?.text ?? '', ++n, header)) {
      out.push(makeLine(`${cells.join(' | ')} |`));
      j++;
    }
    i = j - 1;
  }
  return { lines: out, tables };
}
