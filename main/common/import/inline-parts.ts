import { makeLine } from './line';
import { extractResponsibility } from './responsibility';

/**
 * "1.加强X。主要包括：（1）……；（2）……。（A牵头，B配合）": the （n） parts written inside one paragraph, found
 * in order from （1） after a ：；。， — at least two. The annotation closing the last part names the units
 * of the whole measure: it is moved to the head (`movedNote`). Null when the line has no such parts.
 */
export function splitInlineParts(text: string, m: string, start: number): { head: string; parts: string[]; movedNote: boolean } | null {
  const at: number[] = [];
  for (const h of m.matchAll(/\((\d{1,2})\)/g)) {
    if (h.index <= start || Number(h[1]) !== at.length + 1 || !/[:;。,]/.test(m[h.index - 1] ?? '')) continue;
    at.push(h.index);
  }
  if (at.length < 2) return null;
  const parts = at.map((from, i) => text.slice(from, at[i + 1] ?? text.length));
  let head = text.slice(0, at[0]);
  const last = parts[parts.length - 1]!;
  const resp = extractResponsibility(last, makeLine(last).m);
  if (!resp || resp.text.length >= last.length) return { head, parts, movedNote: false };
  parts[parts.length - 1] = resp.text;
  head = `${head.replace(/\s+$/, '')}${last.slice(resp.text.length).trim()}`;
  return { head, parts, movedNote: true };
}
