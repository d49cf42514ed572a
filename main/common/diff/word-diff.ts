/** One run of a text diff: kept, inserted (only in the new text) or deleted (only in the old one). */
export interface DiffRun {
  op: 'keep' | 'insert' | 'delete';
  text: string;
}

/** Past this many cells (old segments × new segments) the middle is replaced whole rather than aligned. */
const MAX_CELLS = 4_000_000;

let segmenter: Intl.Segmenter | null = null;

/**
 * Words as a Chinese reader sees them: Intl.Segmenter's dictionary word breaks ("质量|基础|设施"), so a
 * changed word is shown as one replaced word, not as scattered characters that happen to match.
 */
export function segmentWords(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(text)].map((s) => s.segment);
}

function push(out: DiffRun[], op: DiffRun['op'], text: string): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last && last.op === op) last.text += text;
  else out.push({ op, text });
}

/** Longest common subsequence of two segment lists, as runs (deletions before insertions at each change). */
function alignSegments(a: readonly string[], b: readonly string[], out: DiffRun[]): void {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || n * m > MAX_CELLS) {
    push(out, 'delete', a.join(''));
    push(out, 'insert', b.join(''));
    return;
  }
  // lengths[i][j] = LCS of a[i..] and b[j..], in one flat array.
  const w = m + 1;
  const lengths = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * w + j] = a[i] === b[j] ? lengths[(i + 1) * w + j + 1]! + 1 : Math.max(lengths[(i + 1) * w + j]!, lengths[i * w + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  let del = '';
  let ins = '';
  const flush = () => {
    push(out, 'delete', del);
    push(out, 'insert', ins);
    del = '';
    ins = '';
  };
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      flush();
      push(out, 'keep', a[i]!);
      i++;
      j++;
    } else if (lengths[(i + 1) * w + j]! >= lengths[i * w + j + 1]!) del += a[i++]!;
    else ins += b[j++]!;
  }
  del += a.slice(i).join('');
  ins += b.slice(j).join('');
  flush();
}

/**
 * Word-level diff of two texts: the common prefix and suffix are kept as they are, the middle is
 * segmented into words and aligned. Concatenating the keep+delete runs gives `before`, keep+insert `after`.
 */
export function wordDiff(before: string, after: string): DiffRun[] {
  const out: DiffRun[] = [];
  if (before === after) {
    push(out, 'keep', before);
    return out;
  }
  const a = segmentWords(before);
  const b = segmentWords(after);
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  push(out, 'keep', a.slice(0, p).join(''));
  alignSegments(a.slice(p, a.length - s), b.slice(p, b.length - s), out);
  push(out, 'keep', a.slice(a.length - s).join(''));
  return out;
}

/** The text a run list reads as before (`old`) or after (`new`) the change. */
export function runsText(runs: readonly DiffRun[], side: 'old' | 'new'): string {
  return runs.filter((r) => r.op === 'keep' || r.op === (side === 'old' ? 'delete' : 'insert')).map((r) => r.text).join('');
}
