import { SuggestMarkSchema, type SuggestMark } from '../model/suggest-mark';

/** A Slate node as read from Yjs or the plan JSON: an element (attributes + children) or a text leaf. */
export type ReviewNode = Record<string, unknown>;

/** One open suggestion: its mark and the text it covers (its leaves may be split by other marks). */
export interface OpenSuggestion extends SuggestMark {
  text: string;
}

export type Decision = 'accept' | 'reject';

const isLeaf = (n: ReviewNode): boolean => typeof n['text'] === 'string';

/** The 修订 mark of a leaf, when it is a well-formed one. */
export function suggestMarkOf(leaf: ReviewNode): SuggestMark | null {
  const parsed = SuggestMarkSchema.safeParse(leaf['suggest']);
  return parsed.success ? parsed.data : null;
}

/** JSON with sorted keys, so two trees compare equal whatever order Yjs returned attributes in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value as object).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Leaves of one element with adjacent equal marks merged and empty ones dropped (one empty leaf if none is left). */
function normaliseLeaves(children: ReviewNode[]): ReviewNode[] {
  const out: ReviewNode[] = [];
  for (const child of children) {
    if (!isLeaf(child)) { out.push(child); continue; }
    if (child['text'] === '') continue;
    const prev = out[out.length - 1];
    const { text: _t, ...marks } = child;
    if (prev && isLeaf(prev)) {
      const { text: _p, ...prevMarks } = prev;
      if (canonicalJson(marks) === canonicalJson(prevMarks)) { prev['text'] = (prev['text'] as string) + (child['text'] as string); continue; }
    }
    out.push({ ...child });
  }
  return out.length > 0 ? out : [{ text: '' }];
}

/**
 * Rewrites every leaf with `leafFn` (null drops it), bottom-up, without recursion (stored data is not
 * trusted to be shallow: docs/coediting.md "Bad data already stored").
 */
function mapLeaves(nodes: ReviewNode[], leafFn: (leaf: ReviewNode) => ReviewNode | null): ReviewNode[] {
  const root: ReviewNode = { children: nodes };
  const rebuilt = new Map<ReviewNode, ReviewNode>();
  const order: ReviewNode[] = [];
  const stack: ReviewNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    order.push(n);
    for (const c of (n['children'] as ReviewNode[] | undefined) ?? []) if (!isLeaf(c)) stack.push(c);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i]!;
    const children: ReviewNode[] = [];
    for (const c of (n['children'] as ReviewNode[] | undefined) ?? []) {
      if (isLeaf(c)) { const m = leafFn(c); if (m) children.push(m); } else children.push(rebuilt.get(c)!);
    }
    // The root stands for the body (a list of blocks, possibly empty), not an element.
    rebuilt.set(n, { ...n, children: n === root ? children : normaliseLeaves(children) });
  }
  return rebuilt.get(root)!['children'] as ReviewNode[];
}

function withoutMark(leaf: ReviewNode): ReviewNode {
  const { suggest: _s, ...rest } = leaf;
  return rest;
}

export const Suggestions = {
  /**
   * The text as it stands without any open suggestion: suggested insertions left out, suggested
   * deletions kept as ordinary text. A suggest-grant writer must leave this unchanged (the gate).
   */
  acceptedView(nodes: ReviewNode[]): ReviewNode[] {
    return mapLeaves(nodes, (leaf) => {
      // A malformed mark is kept as it is, so it shows as a change of the text and is refused.
      const mark = suggestMarkOf(leaf);
      if (!mark) return leaf;
      return mark.kind === 'ins' ? null : withoutMark(leaf);
    });
  },
  /** Open suggestions in document order, one per id. */
  list(nodes: ReviewNode[]): OpenSuggestion[] {
    const byId = new Map<string, OpenSuggestion>();
    const stack: ReviewNode[] = [...nodes].reverse();
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (!isLeaf(n)) { for (const c of [...((n['children'] as ReviewNode[] | undefined) ?? [])].reverse()) stack.push(c); continue; }
      const mark = suggestMarkOf(n);
      if (!mark) continue;
      const seen = byId.get(mark.id);
      if (seen) seen.text += n['text'] as string;
      else byId.set(mark.id, { ...mark, text: n['text'] as string });
    }
    return [...byId.values()];
  },
  /**
   * Replacements: a suggested deletion and a suggested insertion of the same department right next to
   * each other (either order; typing over a selection in suggest mode leaves the insertion before the
   * deletion), as [deletion id, insertion id]. Each mark is in at most one pair, taken in document order.
   */
  replacements(nodes: ReviewNode[]): Array<[string, string]> {
    const pairs: Array<[string, string]> = [];
    const paired = new Set<string>();
    // Leaves in document order, block by block: a pair never spans a block boundary.
    const stack: ReviewNode[] = [...nodes].reverse();
    let prev: SuggestMark | null = null;
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (!isLeaf(n)) {
        prev = null;
        for (const c of [...((n['children'] as ReviewNode[] | undefined) ?? [])].reverse()) stack.push(c);
        continue;
      }
      if (n['text'] === '') continue;
      const mark = suggestMarkOf(n);
      if (mark && prev && mark.id !== prev.id && mark.kind !== prev.kind && mark.dept === prev.dept && !paired.has(mark.id) && !paired.has(prev.id)) {
        pairs.push(mark.kind === 'del' ? [mark.id, prev.id] : [prev.id, mark.id]);
        paired.add(mark.id).add(prev.id);
      }
      prev = mark;
    }
    return pairs;
  },
  /**
   * Accept or reject the suggestions `which` selects: accepting an insertion keeps its text unmarked,
   * accepting a deletion removes the text; rejecting does the opposite. Pure; other leaves untouched.
   */
  decide(nodes: ReviewNode[], decision: Decision, which: (mark: SuggestMark) => boolean): ReviewNode[] {
    return mapLeaves(nodes, (leaf) => {
      const mark = suggestMarkOf(leaf);
      if (!mark || !which(mark)) return leaf;
      const keep = (mark.kind === 'ins') === (decision === 'accept');
      return keep ? withoutMark(leaf) : null;
    });
  },
  /**
   * What a suggest-grant writer of department `dept` may change, checked on the trees before and after
   * its update (main/node/server/limits/suggest-guard.ts): the accepted view stays the same (no direct
   * text, structure or attribute change), other departments' suggestions stay exactly as they were, and
   * every new suggestion is its own department's. Returns the English reason of a violation, or null.
   */
  violation(before: ReviewNode[], after: ReviewNode[], dept: string): string | null {
    if (canonicalJson(Suggestions.acceptedView(before)) !== canonicalJson(Suggestions.acceptedView(after))) {
      return 'the text itself changed (not only suggestions)';
    }
    const others = (list: OpenSuggestion[]) => canonicalJson(list.filter((s) => s.dept !== dept).sort((a, b) => a.id.localeCompare(b.id)));
    if (others(Suggestions.list(before)) !== others(Suggestions.list(after))) return "another department's suggestions changed";
    return null;
  },
};
