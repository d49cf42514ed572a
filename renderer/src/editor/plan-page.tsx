import { useEffect, useState } from 'react';
import { Item } from '../../../main/common/model/item';
import { Numbering } from '../../../main/common/model/numbering';
import type { Plan } from '../../../main/common/model/plan';
import type { Body } from '../../../main/common/model/element-types';
import { ApiError, type ApiClient } from '../api/api-client';
import type { Host } from '../host/host';

/** Read-only view of a plan (the Slate editor replaces the body of this page). */
export function PlanPage({ api, planId }: { api: ApiClient; host: Host; planId: string }) {
  const [plan, setPlan] = useState<Plan | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.plan(planId).then(setPlan, (e: unknown) => setError(e instanceof ApiError ? e.userMessage : String(e)));
  }, [api, planId]);
  if (error) return <div className="banner error" role="alert">{error} <a href="#/">返回首页</a></div>;
  if (!plan) return <p className="muted">正在打开计划…</p>;
  const labels = Numbering.plan(plan);
  const body = (b: Body) => b.map((block, i) => {
    if (block.type === 'paragraph') return <p key={i} className="doc-p">{block.children.map((l) => l.text).join('')}</p>;
    if (block.type === 'item') {
      return (
        <p key={block.id} className="doc-p">
          {labels.get(block.id)}<span className={`lead level-${block.level}`}>{Item.leadText(block)}</span>{Item.bodyText(block)}
        </p>
      );
    }
    return null;
  });
  return (
    <div className="plan-page">
      <nav className="topbar"><a href="#/">← 首页</a><span>{plan.meta.title}</span></nav>
      <article className="page" aria-label="计划正文">
        <h1 className="doc-title">{plan.meta.title}</h1>
        {body(plan.preamble)}
        {plan.sections.map((s) => (
          <section key={s.id}>
            <h2 className="doc-h1">{labels.get(s.id)}{s.title}</h2>
            {body(s.body)}
            {s.sections.map((sub) => (
              <section key={sub.id}>
                <h3 className="doc-h2">{labels.get(sub.id)}{sub.title}</h3>
                {body(sub.body)}
              </section>
            ))}
          </section>
        ))}
        {body(plan.closing)}
      </article>
    </div>
  );
}
