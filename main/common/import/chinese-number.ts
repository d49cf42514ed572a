const DIGIT: Record<string, number> = {
  '〇': 0, '零': 0, 'O': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};

/** 十五 → 15, 二十四 → 24, 一百零一 → 101; NaN when it is not a Chinese numeral. */
export function parseChineseNumber(s: string): number {
  if (!/^[〇零一二两三四五六七八九十百]+$/.test(s)) return NaN;
  let total = 0;
  let digit = 0;
  for (const c of s) {
    if (c === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (c === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else digit = DIGIT[c]!;
  }
  return total + digit;
}

/** 二〇一四 → 2014 (digit by digit, as years are written). */
function yearDigits(s: string): number {
  if (/^\d{4}$/.test(s)) return Number(s);
  let out = '';
  for (const c of s) {
    const d = DIGIT[c];
    if (d === undefined) return NaN;
    out += String(d);
  }
  return out.length === 4 ? Number(out) : NaN;
}

function numberOf(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : parseChineseNumber(s);
}

/** A line that is a date and nothing else: 2014年7月1日, 二〇一四年七月一日 → 2014-07-01. */
export function parseChineseDate(raw: string): string | null {
  // ○ (U+25CB) and Ｏ/O stand for 〇 in many typed dates ("二○○九年").
  const text = raw.replace(/[○ＯO]/g, '〇');
  const m = /^\s*([\d〇零一二三四五六七八九]{4})\s*年\s*([\d一二三四五六七八九十]{1,3})\s*月\s*([\d一二三四五六七八九十]{1,3})\s*日\s*$/.exec(text);
  if (!m) return null;
  const y = yearDigits(m[1]!);
  const mo = numberOf(m[2]!);
  const d = numberOf(m[3]!);
  if (!(y >= 1949 && y <= 2200 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const iso = (y: string, mo: number, day: number) => `${y}-${String(mo).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * "2024419": a date whose 年/月/日 were lost; every reading of the digits as month and day is tried. Also
 * the digits with only the 日 kept ("2022827日"), set apart by spaces where the characters were
 * ("{ 2017 6 23", a stray bracket around them: one reading), a date that lost only its 日 ("2021年2月22") and one that kept only its 年 ("2018年416").
 */
export function damagedDate(m: string): { iso: string; sure: boolean; readings?: string[] } | null {
  const spaced = /^[^\d\u4e00-\u9fff]{0,2}\s*((?:19|20)\d{2})\s+(\d{1,2})\s+(\d{1,2})\s*[^\d\u4e00-\u9fff]{0,2}$/.exec(m.trim())
    ?? /^((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})$/.exec(m.replace(/\s/g, ''));
  if (spaced) {
    const [mo, day] = [Number(spaced[2]), Number(spaced[3])];
    return mo >= 1 && mo <= 12 && day >= 1 && day <= 31 ? { iso: iso(spaced[1]!, mo, day), sure: true } : null;
  }
  // "2018年416": the 年 kept, 月 and 日 lost (three digits at least, so "2018年12" stays a year and a number).
  const d = /^((?:19|20)\d{2})(\d{2,4})日?$/.exec(m.replace(/\s/g, '')) ?? /^((?:19|20)\d{2})年(\d{3,4})$/.exec(m.replace(/\s/g, ''));
  if (!d) return null;
  const rest = d[2]!;
  const reads = new Set<string>();
  for (let k = 1; k < rest.length; k++) {
    const [mo, day] = [rest.slice(0, k), rest.slice(k)];
    if (mo.length > 2 || day.length > 2 || (mo.length === 1 && mo === '0') || (day.length === 1 && day === '0')) continue;
    const [a, b] = [Number(mo), Number(day)];
    if (a >= 1 && a <= 12 && b >= 1 && b <= 31) reads.add(iso(d[1]!, a, b));
  }
  const all = [...reads];
  if (!all.length) return null;
  return all.length === 1 ? { iso: all[0]!, sure: true } : { iso: all[0]!, sure: false, readings: all };
}

