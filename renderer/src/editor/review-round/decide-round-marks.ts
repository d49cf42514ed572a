import type { Editor } from 'slate';
import { BodyDoc } from '../../../../main/common/collab/body-doc';
import { PlanDoc } from '../../../../main/common/collab/plan-doc';
import { Suggestions, type Decision, type ReviewNode } from '../../../../main/common/review/suggestions';
import { editOffPage } from '../checks/off-page-editor';
import type { PlanSession } from '../collab/plan-session';
import { decideSuggestions } from '../commands/decide-suggestions';

/**
 * 是否采纳 set in the 采纳情况表 on an opinion that came from 修订 (both marks of a replacement): the text
 * follows, as the margin's 接受 / 拒绝 does — through decideSuggestions on the body's own editor when it
 * is mounted (a second editor bound to the same doc would write with the same slate-yjs origin, which the
 * mounted one ignores as its own), else on a headless editor bound for the edit (editOffPage, as the 体检
 * fixes do). Marks already decided are simply not found. Returns how many marks were decided.
 */
export async function decideRoundMarks(
  session: PlanSession, editorOf: (bodyId: string) => Editor | null, marks: readonly string[], decision: Decision,
): Promise<number> {
  const ids = new Set(marks);
  const which = (m: { id: string }) => ids.has(m.id);
  let decided = 0;
  for (const bodyId of PlanDoc.bodyIds(session.planDoc)) {
    if (decided === ids.size) break;
    const conn = session.body(bodyId);
    if (!conn.ready) continue;
    const found = Suggestions.list(BodyDoc.read(conn.local) as unknown as ReviewNode[]).filter(which).length;
    if (found === 0) continue;
    const mounted = editorOf(bodyId);
    if (mounted) decideSuggestions(mounted, { decision, which });
    else if (!(await editOffPage(conn, (editor) => decideSuggestions(editor, { decision, which })))) continue;
    decided += found;
  }
  return decided;
}
