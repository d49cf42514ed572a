import { DocumentFields, type DocumentFieldValues } from '../../../../main/common/collab/document-fields';
import type { PlanSession } from '../collab/plan-session';
import { usePlanDoc } from '../collab/use-plan-doc';

const sameJson = <T,>(a: T, b: T) => JSON.stringify(a) === JSON.stringify(b);

/** The 文件信息 fields of the plan doc, live (local and remote edits). */
export function useDocumentFields(session: PlanSession): DocumentFieldValues {
  return usePlanDoc(session.planDoc, 'meta', (doc) => DocumentFields.read(doc), sameJson);
}

/** The 印发/转发通知 title, or null when the plan has none; live. */
export function useNoticeTitle(session: PlanSession): string | null {
  return usePlanDoc(session.planDoc, 'notice', (doc) => DocumentFields.noticeTitle(doc));
}
