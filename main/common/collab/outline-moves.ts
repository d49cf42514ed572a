/** Reordering the flat outline: pure index arithmetic; the caller applies it to the Y.Array. */
export interface OutlineRowLike {
  id: string;
  level: 1 | 2;
}

/** Remove `count` ids at `from`, then insert them at `to` (an index in the array after the removal). */
export interface Move {
  from: number;
  count: number;
  to: number;
}

/** [start, end) of what moves with row `i`: a level-1 section takes its level-2 sections along. */
export function blockRange(rows: readonly OutlineRowLike[], i: number): [number, number] {
  if (rows[i]?.level !== 1) return [i, i + 1];
  let end = i + 1;
  while (end < rows.length && rows[end]!.level === 2) end++;
  return [i, end];
}

function headOf(rows: readonly OutlineRowLike[], i: number): number {
  let h = i;
  while (h > 0 && rows[h]!.level === 2) h--;
  return h;
}

/** One step up or down (the outline's ↑ ↓ buttons); null when the section cannot move that way. */
export function stepMove(rows: readonly OutlineRowLike[], id: string, dir: -1 | 1): Move | null {
  const i = rows.findIndex((r) => r.id === id);
  if (i < 0) return null;
  if (rows[i]!.level === 1) {
    const [s, e] = blockRange(rows, i);
    if (dir === -1) {
      if (s === 0) return null;
      return { from: s, count: e - s, to: headOf(rows, s - 1) };
    }
    if (e >= rows.length) return null;
    const [, ne] = blockRange(rows, e);
    return { from: s, count: e - s, to: ne - (e - s) };
  }
  if (dir === -1) {
    if (rows[i - 1]?.level === 2) return { from: i, count: 1, to: i - 1 };
    // Past its own heading: it becomes the last sub-section of the previous section.
    return i - 1 > 0 ? { from: i, count: 1, to: i - 1 } : null;
  }
  if (i + 1 >= rows.length) return null;
  // Next row is a sibling (swap) or the next heading (become its first sub-section): both are "one down".
  return { from: i, count: 1, to: i + 1 };
}

/** Drag and drop: move `id` (with its sub-sections) before `targetId`, or to the end when null. */
export function moveBefore(rows: readonly OutlineRowLike[], id: string, targetId: string | null): Move | null {
  const i = rows.findIndex((r) => r.id === id);
  if (i < 0 || id === targetId) return null;
  const [s, e] = blockRange(rows, i);
  let t = targetId === null ? rows.length : rows.findIndex((r) => r.id === targetId);
  if (t < 0) return null;
  if (rows[i]!.level === 1 && t < rows.length) t = headOf(rows, t);
  if (rows[i]!.level === 2 && t === 0) return null; // a sub-section cannot open the plan
  if (t >= s && t <= e) return null;
  return { from: s, count: e - s, to: t > s ? t - (e - s) : t };
}

export function applyMove<T>(items: readonly T[], m: Move): T[] {
  const out = [...items];
  const moved = out.splice(m.from, m.count);
  out.splice(m.to, 0, ...moved);
  return out;
}

/** Where a new section goes: a level-1 after the current section's block, a level-2 inside it. */
export function insertionIndex(rows: readonly OutlineRowLike[], currentId: string | null, level: 1 | 2): number {
  const i = currentId === null ? -1 : rows.findIndex((r) => r.id === currentId);
  if (i < 0) return rows.length;
  if (level === 2 && rows[i]!.level === 2) return i + 1;
  return blockRange(rows, headOf(rows, i))[1];
}
