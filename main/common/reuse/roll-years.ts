/**
 * The years of one text rolled from the plan's year to the new one. Only what is this year's schedule
 * moves: "2025年" in a 2025 plan, "2025年底前", "2025年度", a date next year ("2026年3月底前"), and a
 * last-year baseline ("较2024年增长" → "较2025年增长", reported: its figure needs a new base). History
 * stays: "2020年以来", "自2025年以来" (but "自2025年3月起施行" moves), earlier years, year ranges ("2025—2027年"), horizons ("到2027年").
 */

export interface YearChange {
  before: string;
  after: string;
  /** A baseline year moved: the figure it qualifies must be checked. */
  baseline?: true;
}

export interface YearKept {
  text: string;
  why: string;
}

export interface RolledText {
  text: string;
  changes: YearChange[];
  kept: YearKept[];
}

const CN_DIGITS = '〇一二三四五六七八九';
const YEAR = /(\d{4}|[〇零一二三四五六七八九]{4})(\s*年)/g;
const RANGE_BEFORE = /(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年?\s*[-—–~～至到]\s*$/;
const RANGE_AFTER = /^\s*[-—–~～至到]\s*(?:\d{4}|[〇零一二三四五六七八九]{4})/;
const SINCE_AFTER = /^(?:度)?(?:以来|至今|来)/;
const BASELINE_BEFORE = /(?:较|比|同比|相比|对比|相较|与)\s*$/;
/** A date inside the year: a deadline that moves with the plan ("2026年3月底前", "2026年一季度", "2026年底"). */
const DATE_AFTER = /^(?:\d{1,2}\s*月|[一二三四]季度|上半年|下半年|底|年底|末|年末|前|内)/;

function parseYear(s: string): number {
  return /^\d/.test(s) ? Number(s) : Number([...s].map((c) => String(CN_DIGITS.indexOf(c === '零' ? '〇' : c))).join(''));
}

/** The new year written as the old one was: Arabic, or 〇-style Chinese digits (二〇二六年). */
function writeYear(year: number, like: string): string {
  return /^\d/.test(like) ? String(year) : [...String(year)].map((d) => CN_DIGITS[Number(d)]).join('');
}

function excerpt(text: string, at: number, len: number): string {
  return text.slice(Math.max(0, at - 6), Math.min(text.length, at + len + 8));
}

export function rollYears(text: string, fromYear: number, toYear: number): RolledText {
  const changes: YearChange[] = [];
  const kept: YearKept[] = [];
  const delta = toYear - fromYear;
  if (delta === 0) return { text, changes, kept };
  const out = text.replace(YEAR, (whole, digits: string, nian: string, at: number) => {
    const year = parseYear(digits);
    const before = text.slice(0, at);
    const after = text.slice(at + whole.length);
    const keep = (why: string): string => {
      kept.push({ text: excerpt(text, at, whole.length), why });
      return whole;
    };
    if (year < 1949 || year > 2200) return whole;
    if (RANGE_BEFORE.test(before) || RANGE_AFTER.test(after)) return keep('年份区间，未改动');
    if (SINCE_AFTER.test(after)) return keep('历史年份，未改动');
    let baseline = false;
    if (year < fromYear) {
      if (year !== fromYear - 1 || !BASELINE_BEFORE.test(before)) return keep('往年，未改动');
      baseline = true;
    } else if (year > fromYear && !DATE_AFTER.test(after)) return keep('规划期内的后续年份，未改动');
    const rolled = writeYear(year + delta, digits) + nian;
    changes.push(baseline ? { before: whole, after: rolled, baseline: true } : { before: whole, after: rolled });
    return rolled;
  });
  return { text: out, changes, kept };
}
