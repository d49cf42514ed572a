import { useSyncExternalStore } from 'react';
import { usePageEnv } from './page-env';

/** 写作提示 of the section the caret is in, from the plan's template. */
export function GuidancePanel({ guidance, titleOf }: { guidance(bodyId: string): string; titleOf(bodyId: string): string }) {
  const { active } = usePageEnv();
  const bodyId = useSyncExternalStore(active.subscribe, () => active.get().bodyId);
  const text = bodyId ? guidance(bodyId) : '';
  return (
    <section className="guidance-panel" aria-label="写作提示">
      <h3>写作提示{bodyId ? ` · ${titleOf(bodyId)}` : ''}</h3>
      {text ? <p>{text}</p> : <p className="muted">{bodyId ? '本节没有写作提示。' : '点击正文任一节，这里显示该节的写作提示。'}</p>}
    </section>
  );
}
