import { describe, expect, it } from 'vitest';
import { applyMove, insertionIndex, moveBefore, stepMove, type OutlineRowLike } from '../../../main/common/collab/outline-moves';

// A1 [a1 a2] B1 C1 [c1]
const rows: OutlineRowLike[] = [
  { id: 'A', level: 1 }, { id: 'a1', level: 2 }, { id: 'a2', level: 2 }, { id: 'B', level: 1 }, { id: 'C', level: 1 }, { id: 'c1', level: 2 },
];
const ids = rows.map((r) => r.id);
const after = (m: ReturnType<typeof stepMove>) => (m ? applyMove(ids, m).join(' ') : null);

describe('outline moves (ids only, never content)', () => {
  const cases: Array<{ name: string; run: () => ReturnType<typeof stepMove>; expected: string | null }> = [
    { name: 'a level-1 section moves down past the next block, with its sub-sections', run: () => stepMove(rows, 'A', 1), expected: 'B A a1 a2 C c1' },
    { name: 'a level-1 section moves up past the previous block', run: () => stepMove(rows, 'C', -1), expected: 'A a1 a2 C c1 B' },
    { name: 'the first section cannot move up', run: () => stepMove(rows, 'A', -1), expected: null },
    { name: 'the last block cannot move down', run: () => stepMove(rows, 'C', 1), expected: null },
    { name: 'sub-sections swap with a sibling', run: () => stepMove(rows, 'a2', -1), expected: 'A a2 a1 B C c1' },
    { name: 'the first sub-section of the plan cannot move above its heading', run: () => stepMove(rows, 'a1', -1), expected: null },
    { name: 'a sub-section moving up past its heading joins the previous section', run: () => stepMove(rows, 'c1', -1), expected: 'A a1 a2 B c1 C' },
    { name: 'a last sub-section moving down becomes the next section\'s first', run: () => stepMove(rows, 'a2', 1), expected: 'A a1 B a2 C c1' },
    { name: 'drag a block before another', run: () => moveBefore(rows, 'C', 'A'), expected: 'C c1 A a1 a2 B' },
    { name: 'drag a block to the end', run: () => moveBefore(rows, 'A', null), expected: 'B C c1 A a1 a2' },
    { name: 'drag a block onto a sub-section snaps to that section\'s heading', run: () => moveBefore(rows, 'C', 'a2'), expected: 'C c1 A a1 a2 B' },
    { name: 'drag a block into itself does nothing', run: () => moveBefore(rows, 'A', 'a1'), expected: null },
    { name: 'a sub-section cannot be dragged to the very top', run: () => moveBefore(rows, 'c1', 'A'), expected: null },
  ];
  for (const c of cases) it(c.name, () => expect(after(c.run())).toBe(c.expected));

  it('new sections go after the current block (level 1) or inside it (level 2)', () => {
    expect(insertionIndex(rows, 'a1', 1)).toBe(3);
    expect(insertionIndex(rows, 'A', 2)).toBe(3);
    expect(insertionIndex(rows, 'a1', 2)).toBe(2);
    expect(insertionIndex(rows, null, 1)).toBe(6);
  });
});
