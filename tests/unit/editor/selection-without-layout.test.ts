import { afterEach, describe, expect, it } from 'vitest';
import { mapSelectionsWithoutLayout, selectionAsRange } from '../../../renderer/src/editor/selection-without-layout';

const a = { name: 'a' } as unknown as Node;
const b = { name: 'b' } as unknown as Node;

/** A stand-in for the DOM Selection whose isCollapsed, like Chromium's, is not to be read (it lays the page out). */
class FakeSelection {
  constructor(public anchorNode: Node | null, public anchorOffset: number, public focusNode: Node | null, public focusOffset: number, public rangeCount = 1) {}
  get isCollapsed(): boolean {
    throw new Error('isCollapsed read');
  }
}

describe('selectionAsRange', () => {
  it('keeps the anchor as start and the focus as end, so a backward selection stays backward', () => {
    expect(selectionAsRange({ anchorNode: b, anchorOffset: 3, focusNode: a, focusOffset: 1 })).toEqual({
      startContainer: b, startOffset: 3, endContainer: a, endOffset: 1, collapsed: false,
    });
  });

  it('is collapsed exactly when anchor and focus are the same point', () => {
    expect(selectionAsRange({ anchorNode: a, anchorOffset: 2, focusNode: a, focusOffset: 2 })?.collapsed).toBe(true);
    expect(selectionAsRange({ anchorNode: a, anchorOffset: 2, focusNode: a, focusOffset: 3 })?.collapsed).toBe(false);
    expect(selectionAsRange({ anchorNode: a, anchorOffset: 2, focusNode: b, focusOffset: 2 })?.collapsed).toBe(false);
  });

  it('is null without a selection', () => {
    expect(selectionAsRange({ anchorNode: null, anchorOffset: 0, focusNode: null, focusOffset: 0 })).toBeNull();
  });
});

describe('mapSelectionsWithoutLayout', () => {
  const g = globalThis as { Selection?: unknown };
  afterEach(() => {
    delete g.Selection;
  });

  function patchedTarget() {
    g.Selection = FakeSelection;
    const seen: unknown[] = [];
    const target = { toSlateRange: ((_editor: unknown, range: unknown) => { seen.push(range); return null; }) as never };
    mapSelectionsWithoutLayout(target);
    return { target: target as unknown as { toSlateRange(e: unknown, r: unknown, o: unknown): unknown }, seen };
  }

  it('hands slate-dom a selection as a range, never reading isCollapsed', () => {
    const { target, seen } = patchedTarget();
    target.toSlateRange({}, new FakeSelection(a, 1, a, 1), { exactMatch: true, suppressThrow: true });
    expect(seen).toEqual([{ startContainer: a, startOffset: 1, endContainer: a, endOffset: 1, collapsed: true }]);
  });

  it('passes ranges, and a selection of several ranges (Firefox tables), through unchanged', () => {
    const { target, seen } = patchedTarget();
    const range = { startContainer: a, startOffset: 0, endContainer: b, endOffset: 1, collapsed: false };
    const several = new FakeSelection(a, 0, b, 1, 2);
    target.toSlateRange({}, range, {});
    target.toSlateRange({}, several, {});
    expect(seen[0]).toBe(range);
    expect(seen[1]).toBe(several);
  });

  it('patches a target once', () => {
    const { target, seen } = patchedTarget();
    mapSelectionsWithoutLayout(target as never);
    target.toSlateRange({}, new FakeSelection(a, 0, b, 2), {});
    expect(seen).toHaveLength(1);
  });
});
