import { DocumentFields, type DocumentFieldValues } from '../../../../main/common/collab/document-fields';
import { PlanDoc } from '../../../../main/common/collab/plan-doc';
import type { PlanSession } from '../collab/plan-session';
import { useY } from '../collab/use-y';

const sameJson = <T,>(a: T, b: T) => JSON.stringify(a) === JSON.stringify(b);

/** The 文件信息 fields of the plan doc, live (local and remote edits). */
export function useDocumentFields(session: PlanSession): DocumentFieldValues {
  return useY(PlanDoc.records.meta(session.planDoc) as never, () => DocumentFields.read(session.planDoc), sameJson);
}

/** The 印发/转发通知 title, or null when the plan has none; live. */
export function useNoticeTitle(session: PlanSession): string | null {
  return useY(PlanDoc.records.notice(session.planDoc) as never, () => DocumentFields.noticeTitle(session.planDoc));
}
