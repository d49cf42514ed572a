import type { SourceParagraph } from '../../common/import/import-plan';
import type { ListNumbering } from './list-numbering';
import { joinWrappedBreaks } from './docx-soft-breaks';
import { WordTableRows } from './word-table-rows';
import { HeadingLabels, isOn, type ParagraphStyles } from './docx-styles';
import { ImportLimitError, LimitErrors } from './import-limits';
import { symbolChar } from './docx-symbol';
import { attr } from './xml-tokens';
import { isRedRgb } from './doc/doc-red-runs';

/** Collects a paragraph's runs: its text and the bold run it starts with (a run-in title). */
class ParagraphState {
  text = '';
  numId: string | null = null;
  ilvl: number | null = null;
  style: string | null = null;
  bold = '';
  boldOpen = true;
  markRemoved = false;
  // The paragraph mark's own w:vanish / w:specVanish (a style separator): null = as its style says.
  markHidden: boolean | null = null;
  runBold = false;
  /** The run's direct w:color is red; visible characters set red and otherwise (all red: a 标志's paragraph). */
  runRed = false;
  redChars = 0;
  otherChars = 0;
  addText(t: string): void {
    if (this.boldOpen && this.runBold) this.bold += t;
    else if (t.trim()) this.boldOpen = false;
    if (t.trim()) {
      if (this.runRed) this.redChars++;
      else this.otherChars++;
    }
    this.text += t;
  }
}

/** A w:color value of red's family ("FF0000", "E60012", "C00000"); "auto" and theme colours are not. */
function redColor(val: string | null): boolean {
  const m = /^([0-9A-Fa-f]{2})([0-9A-Fa-f]{2})([0-9A-Fa-f]{2})$/.exec(val ?? '');
  return !!m && isRedRgb(parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16));
}

const TABLE_PARTS = new Set(['w:tr', 'w:tc', 'w:gridBefore', 'w:gridSpan', 'w:vMerge']);
const FORMER_PROPS = /^w:(pPr|rPr|tblPr|tcPr|trPr|sectPr|tblGridChange|numbering)Change$|^w:tblPrExChange$/;

/** The state of one pass over word/document.xml (docxParagraphs): paragraphs, runs, tables, tracked changes. */
export class DocxBodyReader {
  readonly out: SourceParagraph[] = [];
  private readonly headingLabels = new HeadingLabels();
  private paragraphs = 0;
  // A stack: a text box (w:txbxContent) holds paragraphs inside a paragraph's run.
  private readonly openParagraphs: ParagraphState[] = [];
  private p: ParagraphState | null = null;
  private inRunProps = false;
  // In w:pPr: run properties there are the paragraph mark's, not a run's.
  private inParaProps = false;
  private inText = false;
  // Hidden text (w:vanish, directly or by the run's character style): Word neither shows nor prints it.
  private runVanish: boolean | null = null;
  private runStyle: string | null = null;
  // Runs open (a text box nests runs in a run): a w:tab outside any run is a tab stop of w:pPr/w:tabs, not text.
  private runs = 0;
  // Tables open, innermost last: a table inside a cell gives that cell its rows or paragraphs.
  private readonly tables: WordTableRows[] = [];
  // Tracked changes: text moved away (w:moveFrom holds w:t, not w:delText) or deleted is not the text now;
  // what was inserted (w:ins) or moved here (w:moveTo) is. A ruby's text (w:rt, 拼音指南's pinyin over its
  // characters) is no text of the line either: "质(zhì)" would be read.
  private removed = 0;
  // Tracked formatting (w:pPrChange, w:rPrChange, …) holds the properties as they were: not the paragraph's now.
  private formerProps = 0;
  // A paragraph whose mark was deleted (tracked) runs on into the next one: its text, waiting for it.
  private joined: SourceParagraph | null = null;

  /**
   * `chunk`: the paragraphs of an embedded part a w:altChunk names (text pasted from a web page into WPS, a
   * file inserted as text): Word shows them where the element stands.
   */
  constructor(
    private readonly numbering: ListNumbering, private readonly styles: ParagraphStyles, private readonly maxParagraphs: number,
    private readonly chunk: (relId: string) => SourceParagraph[] = () => [],
  ) {}

  text(t: string): void {
    if (this.inText && this.p && this.removed === 0 && !this.runHidden(this.p)) this.p.addText(t);
  }

  /** A symbol (w:sym, 插入 → 符号): its character, as a run's text is. */
  private symbol(p: ParagraphState, attrs: string): void {
    if (this.runs > 0 && this.removed === 0 && !this.runHidden(p)) p.addText(symbolChar(attr(attrs, 'w:font'), attr(attrs, 'w:char')));
  }

  /** An embedded part's paragraphs, each its own (an altChunk stands between paragraphs, in the body or a cell). */
  private altChunk(attrs: string): void {
    const id = attr(attrs, 'r:id');
    if (!id || this.removed > 0) return;
    for (const para of this.chunk(id)) {
      if (++this.paragraphs > this.maxParagraphs) throw new ImportLimitError(LimitErrors.paragraphs(this.maxParagraphs));
      this.place(para);
    }
  }

  /** A run's direct w:vanish decides, then its character style's, then its paragraph style's. */
  private runHidden(p: ParagraphState): boolean {
    const { hidden } = this.styles;
    return this.runVanish ?? ((this.runStyle !== null && hidden.has(this.runStyle)) || (p.style !== null && hidden.has(p.style)));
  }

  open(name: string, attrs: string, selfClosing: boolean): void {
    const p = this.p;
    if (FORMER_PROPS.test(name)) {
      if (!selfClosing) this.formerProps++;
    } else if (this.formerProps > 0) return;
    else if (name === 'w:moveFrom' || name === 'w:del' || name === 'w:rt') {
      if (!selfClosing) this.removed++;
      // In the paragraph mark's run properties: the paragraph itself was deleted or moved away.
      else if (this.inRunProps && p) p.markRemoved = true;
    } else if (name === 'w:tbl') {
      if (!selfClosing) this.tables.push(new WordTableRows());
    } else if (this.table && TABLE_PARTS.has(name)) this.tablePart(this.table, name, attrs);
    else if (name === 'w:p' && !selfClosing) this.openParagraphs.push((this.p = new ParagraphState()));
    else if (name === 'w:r') {
      if (!selfClosing) this.runs++;
      if (p) {
        p.runBold = false;
        p.runRed = false;
      }
      this.runVanish = null;
      this.runStyle = null;
    } else if (name === 'w:pPr') this.inParaProps = !selfClosing;
    else if (name === 'w:rPr') this.inRunProps = !selfClosing;
    else if (name === 'w:t' && !selfClosing) this.inText = true;
    else if (name === 'w:altChunk') this.altChunk(attrs);
    else if (!p) return;
    else if (name === 'w:sym') this.symbol(p, attrs);
    else if (name === 'w:b' && this.inRunProps) p.runBold = isOn(attr(attrs, 'w:val'));
    else if (name === 'w:color' && this.inRunProps && !this.inParaProps) p.runRed = redColor(attr(attrs, 'w:val'));
    else if ((name === 'w:vanish' || name === 'w:specVanish') && this.inRunProps) this.vanish(p, isOn(attr(attrs, 'w:val')));
    else if (name === 'w:rStyle' && this.inRunProps && !this.inParaProps) this.runStyle = attr(attrs, 'w:val');
    else if (name === 'w:numId') p.numId = attr(attrs, 'w:val');
    else if (name === 'w:pStyle') p.style = attr(attrs, 'w:val');
    else if (name === 'w:ilvl') p.ilvl = Number(attr(attrs, 'w:val') ?? 0);
    else if ((name === 'w:tab' || name === 'w:ptab') && this.runs > 0 && !this.runHidden(p)) p.addText('\t');
    else if ((name === 'w:br' || name === 'w:cr') && !this.runHidden(p)) p.addText('\n');
  }

  /** The innermost table open, if any. */
  private get table(): WordTableRows | undefined {
    return this.tables[this.tables.length - 1];
  }

  /** A paragraph of the text as it stands: into the cell open, else the body. */
  private place(p: SourceParagraph): void {
    const table = this.table;
    if (table?.inCell) table.addParagraph(p);
    else this.out.push(p);
  }

  /** A table's rows, cells and the cell properties that say where a cell stands (merged, spanning). */
  private tablePart(table: WordTableRows, name: string, attrs: string): void {
    const val = attr(attrs, 'w:val');
    if (name === 'w:tr') table.startRow();
    else if (name === 'w:tc') table.startCell();
    else if (name === 'w:gridBefore') table.skipColumns(Number(val));
    else if (name === 'w:gridSpan') table.span(Number(val));
    else table.merge(val);
  }

  /** w:vanish in the paragraph mark's properties hides the mark (the paragraph runs on into the next), in a run's its text. */
  private vanish(p: ParagraphState, on: boolean): void {
    if (this.inParaProps) p.markHidden = on;
    else this.runVanish = on;
  }

  close(name: string): void {
    if (FORMER_PROPS.test(name)) this.formerProps = Math.max(0, this.formerProps - 1);
    else if (this.formerProps > 0) return;
    else if (name === 'w:moveFrom' || name === 'w:del' || name === 'w:rt') this.removed = Math.max(0, this.removed - 1);
    else if (name === 'w:t') this.inText = false;
    else if (name === 'w:r') this.runs = Math.max(0, this.runs - 1);
    else if (name === 'w:rPr') this.inRunProps = false;
    else if (name === 'w:pPr') this.inParaProps = false;
    else if (name === 'w:p' && this.p) this.closeParagraph(this.p);
    else if (name === 'w:tc') this.table?.endCell();
    else if (name === 'w:tr') this.table?.endRow();
    else if (name === 'w:tbl' && this.tables.length > 0) {
      const done = this.tables.pop()!.endTable();
      if (this.table?.inCell) this.table.addTable(done);
      else this.out.push(...done.blocks);
    }
  }

  private closeParagraph(p: ParagraphState): void {
    // Counted as they close, so a document of a million paragraphs stops here, not after the parse.
    if (++this.paragraphs > this.maxParagraphs) throw new ImportLimitError(LimitErrors.paragraphs(this.maxParagraphs));
    const label = p.text.trim() && !this.joined ? this.label(p) : '';
    const text = label + joinWrappedBreaks(p.text);
    // A paragraph deleted or moved away whole (tracked) is not even a blank line of the text as it stands;
    // a line of the table of contents is not text of the plan.
    // A hidden mark (w:specVanish of a style separator, or w:vanish) shows the paragraph run on into the next.
    const markHidden = p.markHidden ?? (p.style !== null && this.styles.hidden.has(p.style));
    const runsOn = p.markRemoved || markHidden;
    const gone = (runsOn && !text.trim()) || (p.style !== null && this.styles.contents.has(p.style));
    const listed = label ? { listed: true as const } : {};
    const red = p.redChars > 0 && p.otherChars === 0 && !label ? { red: true as const } : {};
    if (!gone) this.emit(p.bold.trim() ? { text, bold: label + p.bold, ...listed, ...red } : { text, ...listed, ...red }, runsOn);
    this.openParagraphs.pop();
    this.p = this.openParagraphs[this.openParagraphs.length - 1] ?? null;
  }

  /**
   * A paragraph as it stands: one whose mark was deleted (a reviewer joined two paragraphs) is the start
   * of the next one, which keeps the first one's label and bold run-in title.
   */
  private emit(para: SourceParagraph, runsOn: boolean): void {
    const joined = this.joined;
    const whole = joined ? { ...joined, text: joined.text + para.text } : para;
    this.joined = runsOn && !this.table?.inCell ? whole : null;
    if (this.joined) return;
    this.place(whole);
  }

  /** The end of the body: a paragraph whose mark was deleted but that has none after it stands alone. */
  finish(): SourceParagraph[] {
    if (this.joined) this.out.push(this.joined);
    this.joined = null;
    return this.out;
  }

  /**
   * Automatic list numbering: the label is not in the text, so put it back (一、 （一） 1.). The paragraph's
   * own w:numPr first, then its style's (unless the paragraph turns it off with w:numId 0), then a heading
   * style's level.
   */
  private label(p: ParagraphState): string {
    if (p.numId !== null && p.numId !== '0') return this.numbering.next(p.numId, p.ilvl ?? 0);
    const byStyle = p.numId === null && p.style ? this.styles.numbered.get(p.style) : undefined;
    if (byStyle) return this.numbering.next(byStyle.numId, p.ilvl ?? byStyle.ilvl);
    return headingLabel(p, this.styles.headings, this.headingLabels, this.out);
  }
}

/**
 * A heading-styled paragraph with no typed or list label gets one from its level, except a first
 * heading that is the plan's title (styled 标题 1 by some authors).
 */
function headingLabel(p: ParagraphState, headings: Map<string, number>, labels: HeadingLabels, before: SourceParagraph[]): string {
  const level = p.style ? headings.get(p.style) : undefined;
  if (!level) return '';
  const isTitle = level === 1 && !before.some((x) => x.text.trim()) && /(方案|计划|要点|意见|办法)$/.test(p.text.trim());
  return isTitle ? '' : labels.label(level, p.text);
}
