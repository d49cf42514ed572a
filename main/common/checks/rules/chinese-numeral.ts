const DIGIT: Record<string, number> = { 〇: 0, 零: 0, '○': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * The value of a Chinese numeral as written in a 文号 someone typed out: digit by digit (二〇二三 → 2023,
 * and always so for a year), or with 十/百 (十二 → 12, 一百零五 → 105). NaN for anything else.
 */
export function numeralValue(text: string, digitsOnly: boolean): number {
  if (digitsOnly || !/[十百]/.test(text)) {
    let v = 0;
    for (const c of text) {
      const d = DIGIT[c];
      if (d === undefined) return NaN;
      v = v * 10 + d;
    }
    return v;
  }
  let total = 0;
  let digit = 0;
  for (const c of text) {
    if (c === '百' || c === '十') {
      total += (digit || 1) * (c === '百' ? 100 : 10);
      digit = 0;
      continue;
    }
    const d = DIGIT[c];
    if (d === undefined) return NaN;
    digit = d;
  }
  return total + digit;
}
