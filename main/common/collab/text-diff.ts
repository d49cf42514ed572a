import * as Y from 'yjs';

/** The smallest single replacement turning `a` into `b`: keeps concurrent edits elsewhere in a Y.Text. */
export function textDiff(a: string, b: string): { index: number; remove: number; insert: string } {
  let p = 0;
  const max = Math.min(a.length, b.length);
  while (p < max && a[p] === b[p]) p++;
  let s = 0;
  while (s < max - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return { index: p, remove: a.length - p - s, insert: b.slice(p, b.length - s) };
}

/**
 * A Y.Text field of `map` brought to `value` by the one replacement it differs by, so a colleague typing
 * elsewhere in it keeps their characters; a field that is not a Y.Text (missing or malformed) gets one.
 * Call inside the caller's transaction.
 */
export function setTextField(map: Y.Map<unknown>, key: string, value: string): void {
  const t = map.get(key);
  if (!(t instanceof Y.Text)) {
    map.set(key, new Y.Text(value));
    return;
  }
  const d = textDiff(t.toString(), value);
  if (d.remove > 0) t.delete(d.index, d.remove);
  if (d.insert) t.insert(d.index, d.insert);
}
