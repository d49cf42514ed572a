import { attr, xmlTokens } from './xml-tokens';

/**
 * Heading levels of paragraph styles (word/styles.xml): "heading 1" / "标题 1" → 1. Style ids differ
 * between Word languages ("Heading1", "1", "a3"), so the style's name decides.
 */
export function headingStyles(xml: string | null): Map<string, number> {
  const levels = new Map<string, number>();
  if (!xml) return levels;
  let styleId: string | null = null;
  for (const tok of xmlTokens(xml)) {
    if (tok.type === 'text') continue;
    if (tok.type === 'close') {
      if (tok.name === 'w:style') styleId = null;
      continue;
    }
    if (tok.name === 'w:style') styleId = attr(tok.attrs, 'w:styleId');
    else if (tok.name === 'w:name' && styleId) {
      const m = /^(heading|标题)\s*([1-4])$/i.exec((attr(tok.attrs, 'w:val') ?? '').trim());
      if (m) levels.set(styleId, Number(m[2]));
    }
  }
  return levels;
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
