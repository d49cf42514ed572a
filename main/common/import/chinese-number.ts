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
