import { useEffect, useState } from 'react';
import type { Template } from '../../../main/common/templates/template';
import type { ApiClient } from '../api/api-client';

/** The plan's template (写作提示, export defaults); null without one, before it arrives, or when the fetch fails. */
export function useTemplate(api: ApiClient, planId: string, templateId: string | null): Template | null {
  const [template, setTemplate] = useState<Template | null>(null);
  useEffect(() => {
    if (!templateId) return;
    let live = true;
    api.planTemplate(planId, templateId).then((t) => live && setTemplate(t), () => undefined);
    return () => {
      live = false;
    };
  }, [api, planId, templateId]);
  return template;
}
