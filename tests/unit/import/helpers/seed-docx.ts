import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

/**
 * The run-in title of a numbered line, written bold as Word users do ("1.扎实推进…工作。"): a known
 * measure title (from the reviewed golden), else a short first sentence.
 */
function boldPrefix(line: string, titles: readonly string[]): string {
  const label = /^(\d{1,2}\s*[.．、]?|[(（][一二三四五六七八九十]+[)）])/.exec(line);
  if (!label) return '';
  const rest = line.slice(label[0].length);
  const known = titles.find((t) => t && rest.startsWith(t) && rest.length > t.length);
  if (known) return label[0] + known;
  const stop = line.indexOf('。');
  return stop > 0 && stop <= 18 && stop < line.length - 1 ? line.slice(0, stop + 1) : '';
}

function paragraph(line: string, titles: readonly string[]): Paragraph {
  const bold = boldPrefix(line, titles);
  const runs = bold ? [new TextRun({ text: bold, bold: true }), new TextRun(line.slice(bold.length))] : [new TextRun(line)];
  return new Paragraph({ children: runs });
}

function table(cells: string[], columns: number): Table {
  const rows: TableRow[] = [];
  for (let i = 0; i < cells.length; i += columns) {
    rows.push(new TableRow({
      children: cells.slice(i, i + columns).map((c) => new TableCell({ children: [new Paragraph(c)] })),
    }));
  }
  return new Table({ rows });
}

/**
 * A .docx made from a seed text, as someone would have it in Word: one paragraph per line, run-in
 * titles bold, and the `|` cell lines (seed 003) as a real three-column table.
 */
export async function seedDocx(text: string, titles: readonly string[] = []): Promise<Uint8Array> {
  const children: Array<Paragraph | Table> = [];
  let cells: string[] = [];
  const flush = () => {
    if (cells.length) children.push(table(cells, 3));
    cells = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (/\|\s*$/.test(line)) {
      cells.push(line.replace(/\s*\|\s*$/, ''));
      continue;
    }
    flush();
    children.push(paragraph(line, titles));
  }
  flush();
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
