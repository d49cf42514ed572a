/** GB/T 9704 7.3.5.4, 7.4.3: Arabic digits, full year, no zero padding — 2025-03-06 → 2025年3月6日. */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}

/** The calendar date of `now` in the machine's own time zone (a county office's today), as ISO yyyy-mm-dd. */
export function localIsoDate(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
