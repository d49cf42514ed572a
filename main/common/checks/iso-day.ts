/** A date's day in local time, yyyy-mm-dd: what callers pass as CheckContext.today (rules never read the clock). */
export function isoDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
