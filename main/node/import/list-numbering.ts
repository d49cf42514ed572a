import { attr, xmlTokens } from './xml-tokens';

/** A list instance (w:num): its definition, and the levels whose start it overrides (重新开始编号, 设置编号值). */
interface Num {
  abstractId: string;
  starts: Map<number, number>;
}

/** One level of a Word list definition (word/numbering.xml, or a .doc's LVL). */
export interface ListLevel {
  format: string;
  text: string;
  start: number;
}

const CHINESE = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function chinese(n: number): string {
  if (n < 10) return CHINESE[n]!;
  if (n < 20) return `十${n % 10 ? CHINESE[n % 10] : ''}`;
  if (n < 100) return `${CHINESE[Math.floor(n / 10)]}十${n % 10 ? CHINESE[n % 10] : ''}`;
  return String(n);
}

function format(n: number, fmt: string): string {
  if (/^(chineseCounting|chineseCountingThousand|chineseLegalSimplified|ideographDigital|japaneseCounting|taiwaneseCounting|taiwaneseCountingThousand)$/.test(fmt)) return chinese(n);
  // ①–⑳ as the reader sees them (past 20 Word falls back to digits too).
  if (/^decimalEnclosedCircle(Chinese)?$/.test(fmt) && n >= 1 && n <= 20) return String.fromCharCode(0x2460 + n - 1);
  if (fmt === 'decimalFullWidth' || fmt === 'decimalFullWidth2') return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  if (fmt === 'upperLetter') return String.fromCharCode(64 + ((n - 1) % 26) + 1);
  if (fmt === 'lowerLetter') return String.fromCharCode(96 + ((n - 1) % 26) + 1);
  if (fmt === 'none' || fmt === 'bullet') return '';
  return String(n);
}

/**
 * Word's automatic list numbering: documents that number 一、（一）1. with a list style carry no label
 * in the text. This recreates the labels (as the reader shows them) so the importer sees them.
 *
 * ECMA-376 17.9: the running count belongs to the abstract definition, not to a w:num. Lists that share
 * an abstractNum go on counting across their w:nums (an author's list split by a pasted paragraph, a
 * style-linked heading list beside direct numbering); a w:num whose w:lvlOverride sets a start restarts
 * that level where it is first used (重新开始编号 / 设置编号值 write such a w:num).
 */
export class ListNumbering {
  private readonly counters = new Map<string, number[]>();
  // "numId:ilvl" of the start overrides already applied: an override restarts its level once.
  private readonly restarted = new Set<string>();

  private constructor(
    private readonly abstracts: Map<string, Map<number, ListLevel>>,
    private readonly nums: Map<string, Num>,
    // An abstract list that only points at a list style (w:numStyleLink): the style's w:num holds the levels.
    private readonly links: Map<string, string>,
    private readonly styleNums: ReadonlyMap<string, { numId: string }>,
  ) {}

  /** Lists given as data (a .doc's PlfLst and PlfLfo): definitions by id, instances by id. */
  static of(abstracts: Map<string, Map<number, ListLevel>>, nums: Map<string, Num>): ListNumbering {
    return new ListNumbering(abstracts, nums, new Map(), new Map());
  }

  /** `styleNums`: the w:numId each style carries (docx-styles), to follow a list style's link. */
  static parse(xml: string | null, styleNums: ReadonlyMap<string, { numId: string }> = new Map()): ListNumbering {
    const abstracts = new Map<string, Map<number, ListLevel>>();
    const nums = new Map<string, Num>();
    const links = new Map<string, string>();
    if (!xml) return new ListNumbering(abstracts, nums, links, styleNums);
    let absId = '';
    let abs: Map<number, ListLevel> | null = null;
    let level: ListLevel | null = null;
    let num: Num | null = null;
    let override: number | null = null;
    for (const tok of xmlTokens(xml)) {
      if (tok.type === 'text') continue;
      if (tok.type === 'close') {
        if (tok.name === 'w:abstractNum') abs = null;
        else if (tok.name === 'w:lvl') level = null;
        else if (tok.name === 'w:num') num = null;
        else if (tok.name === 'w:lvlOverride') override = null;
        continue;
      }
      const a = tok.attrs;
      if (tok.name === 'w:abstractNum') abstracts.set((absId = attr(a, 'w:abstractNumId') ?? ''), (abs = new Map()));
      else if (tok.name === 'w:numStyleLink' && abs) links.set(absId, attr(a, 'w:val') ?? '');
      else if (tok.name === 'w:lvl' && abs) abs.set(Number(attr(a, 'w:ilvl') ?? 0), (level = { format: 'decimal', text: '', start: 1 }));
      else if (tok.name === 'w:numFmt' && level) level.format = attr(a, 'w:val') ?? 'decimal';
      else if (tok.name === 'w:lvlText' && level) level.text = attr(a, 'w:val') ?? '';
      else if (tok.name === 'w:start' && level) level.start = Number(attr(a, 'w:val') ?? 1);
      else if (tok.name === 'w:num') nums.set(attr(a, 'w:numId') ?? '', (num = { abstractId: '', starts: new Map() }));
      else if (tok.name === 'w:abstractNumId' && num) num.abstractId = attr(a, 'w:val') ?? '';
      else if (tok.name === 'w:lvlOverride' && num) override = Number(attr(a, 'w:ilvl') ?? 0);
      else if (tok.name === 'w:startOverride' && num && override !== null) num.starts.set(override, Number(attr(a, 'w:val') ?? 1));
    }
    return new ListNumbering(abstracts, nums, links, styleNums);
  }

  /**
   * The abstract list that holds the levels: a list defined as a list style (列表样式) is written as an
   * abstractNum with only w:numStyleLink; the style's w:numPr names the w:num whose abstractNum (with
   * w:styleLink) defines the levels (ECMA-376 17.9.21). A few hops at most, so a cycle ends.
   */
  private resolve(abstractId: string): string {
    let id = abstractId;
    for (let hop = 0; hop < 4; hop++) {
      const link = (this.abstracts.get(id)?.size ?? 0) === 0 ? this.links.get(id) : undefined;
      const numId = link !== undefined ? this.styleNums.get(link)?.numId : undefined;
      const next = numId !== undefined ? this.nums.get(numId)?.abstractId : undefined;
      if (next === undefined) return id;
      id = next;
    }
    return id;
  }

  /** The label of the next paragraph in list `numId` at level `ilvl` ("一、", "（一）", "1."), or ''. */
  next(numId: string, ilvl: number): string {
    const num = this.nums.get(numId);
    const abstractId = this.resolve(num?.abstractId ?? '');
    const abs = this.abstracts.get(abstractId);
    const lvl = abs?.get(ilvl);
    // A bullet (often a Wingdings code in the private use area) is no label: the text keeps what it says.
    if (!abs || !lvl || lvl.format === 'bullet') return '';
    const counts = this.counters.get(abstractId) ?? [];
    const start = (i: number) => abs.get(i)?.start ?? 1;
    const override = num?.starts.get(ilvl);
    if (override !== undefined && !this.restarted.has(`${numId}:${ilvl}`)) {
      this.restarted.add(`${numId}:${ilvl}`);
      counts[ilvl] = override - 1;
    }
    counts[ilvl] = (counts[ilvl] ?? (start(ilvl) - 1)) + 1;
    counts.length = ilvl + 1;
    this.counters.set(abstractId, counts);
    return lvl.text.replace(/%(\d)/g, (_, d: string) => {
      const i = Number(d) - 1;
      return format(counts[i] ?? num?.starts.get(i) ?? start(i), abs.get(i)?.format ?? 'decimal');
    });
  }
}
