import type { SourceParagraph } from '../../../common/import/import-plan';
import { DocxTableRows } from '../docx-table-rows';
import { ImportLimitError, LimitErrors } from '../import-limits';
import type { DocChar } from './doc-pieces';
import type { CellMerge, ParagraphProps } from './doc-paragraph-props';

const FIELD_BEGIN = 0x13;
const FIELD_SEPARATOR = 0x14;
const FIELD_END = 0x15;
const CELL_MARK = 0x07;

/** Characters of the text stream that stand for something else ([MS-DOC] 2.8.25), or for nothing. */
function visible(ch: string): string {
  switch (ch.charCodeAt(0)) {
    case 0x0b: return '\n'; // a line break inside the paragraph
    case 0x1e: return '-'; // a non-breaking hyphen
    case 0xa0: return ' ';
    case 0x09: return '\t';
    default: return ch.charCodeAt(0) < 0x20 ? '' : ch; // anchors of pictures, notes, drawn objects; optional hyphens
  }
}

/**
 * One pass over the main text of a .doc: paragraphs as they end (a paragraph mark, a cell mark, a page or
 * section break), fields shown as their results, and tables given row by row through the same table
 * reader as a .docx's ("cell | cell |").
 */
export class DocBodyReader {
  private readonly out: SourceParagraph[] = [];
  private text = '';
  /** Open fields, innermost last: true while in its instructions (before its separator). */
  private readonly fields: boolean[] = [];
  private table: DocxTableRows | null = null;
  /** The open row's cells (their merges are stated by the row's end mark, after them) and the open cell. */
  private row: SourceParagraph[][] = [];
  private cell: SourceParagraph[] = [];

  constructor(
    private readonly propsAt: (fc: number) => ParagraphProps,
    /** The automatic list number of a paragraph ("一、", "（一）"), which is not in the text; '' if none. */
    private readonly labelOf: (props: ParagraphProps) => string,
    private readonly maxParagraphs: number,
  ) {}

  add({ ch, fc }: DocChar): void {
    const code = ch.charCodeAt(0);
    if (code === 0x0d || code === CELL_MARK || code === 0x0c) return this.endParagraph(code, fc);
    if (code === FIELD_BEGIN) this.fields.push(true);
    else if (code === FIELD_SEPARATOR) this.fields[this.fields.length - 1] = false;
    else if (code === FIELD_END) this.fields.pop();
    // "PAGE", "HYPERLINK "…"", "TOC \o": a field's instructions are not text; its result is.
    else if (!this.fields.includes(true)) this.text += visible(ch);
  }

  finish(): SourceParagraph[] {
    this.closeTable();
    if (this.text) this.push({ text: this.text });
    return this.out;
  }

  private endParagraph(code: number, fc: number): void {
    let text = this.text;
    this.text = '';
    // A page break inside a paragraph ("…\f…") or a section's end: the text so far is a paragraph.
    if (code === 0x0c && !text) return;
    const props = code === 0x0c ? null : this.propsAt(fc);
    const label = props && !props.rowEnd && text.trim() ? this.labelOf(props) : '';
    text = label + text;
    if (!props?.inTable) {
      this.closeTable();
      this.push(label ? { text, listed: true } : { text });
      return;
    }
    this.table ??= new DocxTableRows();
    if (props.rowEnd) return this.endRow(props.merges);
    this.cell.push({ text });
    // A nested table's marks are paragraphs of the cell around it: its text is kept, its rows are not.
    if (code === CELL_MARK && props.depth <= 1) {
      this.row.push(this.cell);
      this.cell = [];
    }
  }

  /** The row's end mark: its cells go to the table reader with the merges the mark states. */
  private endRow(merges: readonly CellMerge[]): void {
    const table = this.table!;
    table.startRow();
    this.row.forEach((paragraphs, i) => {
      table.startCell();
      const merge = merges[i] ?? null;
      if (merge) table.merge(merge);
      for (const p of paragraphs) table.addParagraph(p);
      table.endCell();
    });
    table.endRow();
    this.row = [];
    this.cell = [];
  }

  private closeTable(): void {
    if (!this.table) return;
    // A table cut off before its last row's end mark (a damaged file) keeps the cells it has.
    if (this.row.length || this.cell.length) this.endRow([]);
    for (const b of this.table.endTable().blocks) this.push(b);
    this.table = null;
  }

  private push(p: SourceParagraph): void {
    if (this.out.length >= this.maxParagraphs) throw new ImportLimitError(LimitErrors.paragraphs(this.maxParagraphs));
    this.out.push(p);
  }
}
