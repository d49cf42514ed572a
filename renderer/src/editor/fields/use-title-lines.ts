import { useCallback } from 'react';
import { PlanDoc } from '../../../../main/common/collab/plan-doc';
import { exportTitleLines } from '../../../../main/common/docx/layout/title-lines';
import { usePlanDoc } from '../collab/use-plan-doc';
import { usePageEnv } from '../page-env';

const namesOf = (doc: Parameters<typeof PlanDoc.meta>[0]) => {
  const meta = PlanDoc.meta(doc);
  return [meta.region, meta.issuer].filter(Boolean).join('\n');
};

/**
 * A title's lines as the export breaks it (2号, centred, title-lines.ts), so the page does not break it
 * inside a word where the export would not. A title the breaking would change (spaces at its ends, a
 * line break the user typed: the field keeps it in its text) is shown as it is.
 */
export function useTitleLines(): (title: string) => string[] {
  const { session } = usePageEnv();
  const names = usePlanDoc(session.planDoc, 'meta', namesOf);
  return useCallback((title: string) => {
    const lines = exportTitleLines(title, names ? names.split('\n') : []);
    return lines.join('') === title ? lines : [title];
  }, [names]);
}
