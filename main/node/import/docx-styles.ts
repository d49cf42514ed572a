import { attr, xmlTokens } from './xml-tokens';

/** A paragraph style's automatic list numbering (w:pPr/w:numPr in styles.xml), inherited through w:basedOn. */
export interface StyleNumbering {
  numId: string;
  ilvl: number;
}

/** What the reader needs of word/styles.xml: heading levels, and the list numbering styles carry. */
export interface ParagraphStyles {
  /** "heading 1" / "标题 1" → 1. Style ids differ between Word languages ("Heading1", "1", "a3"), so the style's name decides. */
  headings: Map<string, number>;
  /**
   * A style that numbers its paragraphs (a multilevel list linked to 标题 1–3, or a custom 措施 style): the
   * paragraphs carry no w:numPr of their own, and without this their 一、（一）1. would be lost.
   */
  numbered: Map<string, StyleNumbering>;
  /**
   * A table of contents' styles ("toc 1"…"toc 9", "TOC Heading"): its lines repeat the headings with page
   * numbers ("一、总体要求\t3") and would be read as a second outline before the body.
   */
  contents: Set<string>;
  /** Styles whose text is hidden (w:vanish in the style's run properties, its own or its base's): Word shows none of it. */
  hidden: Set<string>;
}

interface RawStyle {
  basedOn: string | null;
  numId: string | null;
  ilvl: number | null;
  vanish: boolean | null;
}

export function paragraphStyles(xml: string | null): ParagraphStyles {
  const headings = new Map<string, number>();
  const contents = new Set<string>();
  const raw = new Map<string, RawStyle>();
  if (!xml) return { headings, numbered: new Map(), contents, hidden: new Set() };
  let id: string | null = null;
  for (const tok of xmlTokens(xml)) {
    if (tok.type === 'text') continue;
    if (tok.type === 'close') {
      if (tok.name === 'w:style') id = null;
      continue;
    }
    if (tok.name === 'w:style') {
      id = attr(tok.attrs, 'w:styleId');
      if (id) raw.set(id, { basedOn: null, numId: null, ilvl: null, vanish: null });
      continue;
    }
    const style = id ? raw.get(id) : undefined;
    if (!style || !id) continue;
    const val = attr(tok.attrs, 'w:val');
    if (tok.name === 'w:name') {
      const m = /^(heading|标题)\s*([1-4])$/i.exec((val ?? '').trim());
      if (m) headings.set(id, Number(m[2]));
      if (/^toc( \d| heading)$/i.test((val ?? '').trim())) contents.add(id);
    } else if (tok.name === 'w:basedOn') style.basedOn = val;
    else if (tok.name === 'w:numId') style.numId = val;
    else if (tok.name === 'w:ilvl') style.ilvl = Number(val ?? 0);
    else if (tok.name === 'w:vanish') style.vanish = isOn(val);
  }
  return { headings, numbered: resolveNumbering(raw), contents, hidden: resolveHidden(raw) };
}

/** Each style's numbering, its own or its base's (w:numId 0 turns a base's numbering off). */
function resolveNumbering(raw: Map<string, RawStyle>): Map<string, StyleNumbering> {
  const numbered = new Map<string, StyleNumbering>();
  for (const id of raw.keys()) {
    let numId: string | null = null;
    let ilvl: number | null = null;
    for (const s of chain(raw, id)) {
      numId ??= s.numId;
      ilvl ??= s.ilvl;
    }
    if (numId && numId !== '0') numbered.set(id, { numId, ilvl: ilvl ?? 0 });
  }
  return numbered;
}

/** A toggle property's value: absent or anything but 0/false/off is on. */
export function isOn(val: string | null): boolean {
  return !/^(0|false|off)$/.test(val ?? 'true');
}

/** A chain of bases, cut at 16 so a cycle in a damaged file ends. */
function* chain(raw: Map<string, RawStyle>, id: string): Generator<RawStyle> {
  for (let s = raw.get(id), n = 0; s && n < 16; s = s.basedOn ? raw.get(s.basedOn) : undefined, n++) yield s;
}

/** The hidden styles: the nearest w:vanish up the chain of bases decides. */
function resolveHidden(raw: Map<string, RawStyle>): Set<string> {
  const hidden = new Set<string>();
  for (const id of raw.keys()) {
    for (const s of chain(raw, id)) {
      if (s.vanish === null) continue;
      if (s.vanish) hidden.add(id);
      break;
    }
  }
  return hidden;
}

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];
const HAS_LABEL = /^\s*([一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[.．、]|第[一二三四五六七八九十百]+[章条节])/;

/** Labels for heading-styled paragraphs that carry none in their text: 一、 （一） 1. （1）. */
export class HeadingLabels {
  private readonly counts = [0, 0, 0, 0];

  label(level: number, text: string): string {
    if (HAS_LABEL.test(text) || level < 1 || level > 4) return '';
    this.counts[level - 1]!++;
    for (let deeper = level; deeper < 4; deeper++) this.counts[deeper] = 0;
    const n = this.counts[level - 1]!;
    const cn = CN[n] ?? String(n);
    return [`${cn}、`, `（${cn}）`, `${n}.`, `（${n}）`][level - 1]!;
  }
}
