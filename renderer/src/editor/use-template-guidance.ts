import { useEffect, useState } from 'react';
import { guidanceFor } from '../../../main/common/templates/instantiate';
import type { Template } from '../../../main/common/templates/template';
import type { ApiClient } from '../api/api-client';

/** The plan's template (for 写作提示); a plan without one, or a failed fetch, simply has no hints. */
export function useTemplateGuidance(api: ApiClient, templateId: string | null): (bodyId: string) => string {
  const [template, setTemplate] = useState<Template | null>(null);
  useEffect(() => {
    if (!templateId) return;
    let live = true;
    api.template(templateId).then((t) => live && setTemplate(t), () => undefined);
    return () => {
      live = false;
    };
  }, [api, templateId]);
  const [fn, setFn] = useState<(id: string) => string>(() => () => '');
  useEffect(() => {
    const cache = new Map<string, string>();
    setFn(() => (id: string) => {
      if (!template) return '';
      if (!cache.has(id)) cache.set(id, guidanceFor(template, id));
      return cache.get(id)!;
    });
  }, [template]);
  return fn;
}
