import type { SourceParagraph } from '../../../common/import/import-plan';
import { joinWrappedBreaks } from '../docx-soft-breaks';
import { ImportLimitError, LimitErrors } from '../import-limits';
import type { DocChar } from './doc-pieces';
import type { ParagraphProps } from './doc-paragraph-props';
import { DocTables } from './doc-tables';

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
 * section break), fields shown as their results, text boxes where they are anchored, and tables given row by
 * row through the same table reader as a .docx's ("cell | cell |", `DocTables`).
 */
export class DocBodyReader {
  private readonly out: SourceParagraph[] = [];
  private text = '';
  /** The bold run the paragraph starts with (a run-in title), open until a character that is not bold. */
  private bold = '';
  private boldOpen = true;
  /** Open fields, innermost last: true while in its instructions (before its separator). */
  private readonly fields: boolean[] = [];
  private readonly tables = new DocTables();

  constructor(
    private readonly propsAt: (fc: number) => ParagraphProps,
    private readonly boldAt: (fc: number) => boolean,
    /** The automatic list number of a paragraph ("一、", "（一）"), which is not in the text; '' if none. */
    private readonly labelOf: (props: ParagraphProps) => string,
    private readonly maxParagraphs: number,
    /** The paragraphs of text boxes anchored at a character position, read where they stand. */
    private readonly boxesAt: (cp: number) => SourceParagraph[] = () => [],
    /** Whether the character at a stream offset is set red (a 发文机关标志's colour). */
    private readonly redAt: (fc: number) => boolean = () => false,
  ) {}

  /** Visible characters of the paragraph set red, and set otherwise: all red is a 标志's paragraph. */
  private redChars = 0;
  private otherChars = 0;

  /** Text boxes met in the paragraph being read: they come before it (a 红头's 标志 box sits in an empty one), in its cell when it is in a table. */
  private boxes: SourceParagraph[] = [];

  add({ ch, cp, fc }: DocChar): void {
    const code = ch.charCodeAt(0);
    // 0x08: a drawn object's anchor; a text box's story is read there.
    if (code === 0x08) for (const p of this.boxesAt(cp)) this.boxes.push(p);
    if (code === 0x0d || code === CELL_MARK || code === 0x0c) return this.endParagraph(code, fc);
    if (code === FIELD_BEGIN) this.fields.push(true);
    else if (code === FIELD_SEPARATOR) this.fields[this.fields.length - 1] = false;
    else if (code === FIELD_END) this.fields.pop();
    // "PAGE", "HYPERLINK "…"", "TOC \o": a field's instructions are not text; its result is.
    else if (!this.fields.includes(true)) this.addText(visible(ch), fc);
  }

  private addText(t: string, fc: number): void {
    this.text += t;
    if (t.trim()) {
      if (this.redAt(fc)) this.redChars++;
      else this.otherChars++;
    }
    if (this.boldOpen && this.boldAt(fc)) this.bold += t;
    else if (t.trim()) this.boldOpen = false;
  }

  finish(): SourceParagraph[] {
    for (const p of this.tables.closeTo(0)) this.push(p);
    for (const p of this.boxes.splice(0)) this.push(p);
    if (this.text) this.push(this.bold.trim() ? { text: this.text, bold: this.bold } : { text: this.text });
    return this.out;
  }

  private endParagraph(code: number, fc: number): void {
    const boxes = this.boxes.splice(0);
    let text = this.text;
    let bold = this.bold.trim() ? this.bold : '';
    const red = this.redChars > 0 && this.otherChars === 0;
    this.redChars = 0;
    this.otherChars = 0;
    this.text = '';
    this.bold = '';
    this.boldOpen = true;
    // A page break inside a paragraph ("…\f…") or a section's end: the text so far is a paragraph.
    if (code === 0x0c && !text) return;
    const props = code === 0x0c ? null : this.propsAt(fc);
    // A line break typed to wrap a line (换行符, as a .docx's w:br) is read as the .docx reader reads it.
    text = joinWrappedBreaks(text);
    const label = props && !props.rowEnd && text.trim() ? this.labelOf(props) : '';
    text = label + text;
    if (bold) bold = label + bold;
    const paragraph: SourceParagraph = { text, ...(bold ? { bold } : {}), ...(red && !label ? { red: true as const } : {}) };
    if (!props?.inTable) {
      // Word's own list number ends the paragraph where Word ends it (the importer does not join it on).
      if (label) paragraph.listed = true;
      for (const p of [...this.tables.closeTo(0), ...boxes, paragraph]) this.push(p);
      return;
    }
    for (const p of this.tables.add(boxes, paragraph, props, code === CELL_MARK)) this.push(p);
  }

  private push(p: SourceParagraph): void {
    if (this.out.length >= this.maxParagraphs) throw new ImportLimitError(LimitErrors.paragraphs(this.maxParagraphs));
    this.out.push(p);
  }
}
