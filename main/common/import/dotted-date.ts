/**
 * "2017.4.17", "2018．6．5": a closing date typed with dots instead of 年月日, as officials often type it at
 * the end of a Word document. Only a line that is the date alone; "-" and "/" dates are left to the page
 * readers (a web page's own publishing date is written that way). ISO date or null.
 */
export function parseDottedDate(m: string): string | null {
  const d = /^((?:19|20)\d{2})[.．](\d{1,2})[.．](\d{1,2})$/.exec(m.replace(/\s+/g, ''));
  if (!d) return null;
  const [mo, day] = [Number(d[2]), Number(d[3])];
  if (mo < 1 || mo > 12 || day < 1 || day > 31) return null;
  return `${d[1]}-${String(mo).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
