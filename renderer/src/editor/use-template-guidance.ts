import { useEffect, useState } from 'react';
import { guidanceFor } from '../../../main/common/templates/instantiate';
import type { Template } from '../../../main/common/templates/template';

/** 写作提示 per body from the plan's template; a plan without one simply has no hints. */
export function useTemplateGuidance(template: Template | null): (bodyId: string) => string {
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
