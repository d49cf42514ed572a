import { Editor, Text, Transforms } from 'slate';
import type { SuggestMark } from '../../../../main/common/model/suggest-mark';
import type { Decision } from '../../../../main/common/review/suggestions';

/**
 * 接受 / 拒绝 修订 in one body (owner or edit grant): accepting an insertion or rejecting a deletion drops
 * the mark; accepting a deletion or rejecting an insertion removes the text. The same rules as the pure
 * Suggestions.decide (main/common/review/suggestions.ts), as Slate operations so co-editors converge.
 * Leaves are handled last to first, so earlier paths stay valid.
 */
export function decideSuggestions(editor: Editor, args: { decision: Decision; which: (mark: SuggestMark) => boolean }): void {
  const leaves = [...Editor.nodes(editor, { at: [], match: (n) => Text.isText(n) && n.suggest !== undefined && args.which(n.suggest) })];
  Editor.withoutNormalizing(editor, () => {
    for (const [node, path] of leaves.reverse()) {
      const mark = (node as Text).suggest!;
      const keep = (mark.kind === 'ins') === (args.decision === 'accept');
      if (keep) Transforms.unsetNodes(editor, 'suggest', { at: path });
      else Transforms.delete(editor, { at: Editor.range(editor, path) });
    }
  });
}
