/** The smallest single replacement turning `a` into `b`: keeps concurrent edits elsewhere in a Y.Text. */
export function textDiff(a: string, b: string): { index: number; remove: number; insert: string } {
  let p = 0;
  const max = Math.min(a.length, b.length);
  while (p < max && a[p] === b[p]) p++;
  let s = 0;
  while (s < max - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return { index: p, remove: a.length - p - s, insert: b.slice(p, b.length - s) };
}
