import { useCallback, useEffect, useState } from 'react';
import type { PlanSummary } from '../../../main/common/api/contracts';
import type { TemplateSummary } from '../../../main/common/templates/template';
import { ApiError, type ApiClient } from '../api/api-client';
import { navigate } from '../use-route';
import { ConfirmDialog } from './confirm-dialog';
import { ImportPanel } from './import-panel';
import { NewPlanDialog } from './new-plan-dialog';
import { RollForwardDialog } from './roll-forward-dialog';

export function HomePage({ api }: { api: ApiClient }) {
  const [templates, setTemplates] = useState<TemplateSummary[] | null>(null);
  const [plans, setPlans] = useState<PlanSummary[] | null>(null);
  const [broken, setBroken] = useState<Array<{ id: string; message: string }>>([]);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState<TemplateSummary | null>(null);
  const [deleting, setDeleting] = useState<PlanSummary | null>(null);
  const [rolling, setRolling] = useState<PlanSummary | null>(null);

  const reload = useCallback(async () => {
    try {
      const [t, p] = await Promise.all([api.templates(), api.plans()]);
      setTemplates(t.templates);
      setPlans(p.plans);
      setBroken(p.broken);
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError ? e.userMessage : String(e));
    }
  }, [api]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return (
    <div className="home">
      <header className="home-header">
        <h1>计划编制助手</h1>
        <p>起草县级年度行动计划，多部门协同编辑，导出符合 GB/T 9704 的公文。</p>
      </header>
      {error && <div className="banner error" role="alert">{error}</div>}
      <section className="home-section">
        <h2>最近的计划</h2>
        {plans !== null && plans.length === 0 && <p className="muted">还没有计划。请从下面的模板新建一个。</p>}
        {plans !== null && plans.length > 0 && <p className="muted">以去年的计划为底稿：点计划后的“以此为底稿”；去年印发的 .docx 可先在下方导入。</p>}
        <ul className="plan-list" aria-label="最近的计划">
          {plans?.map((p) => (
            <li key={p.id} className="plan-row">
              <a href={`#/plan/${p.id}`} className="plan-title">{p.title || '（未命名计划）'}</a>
              <span className="muted">{p.region} · {p.year}年 · 更新于 {new Date(p.updatedAt).toLocaleString('zh-CN')}</span>
              <button type="button" className="link-button" title="以此计划为底稿生成下一年度的计划草稿" onClick={() => setRolling(p)}>以此为底稿</button>
              <button type="button" className="danger-link" onClick={() => setDeleting(p)}>删除</button>
            </li>
          ))}
          {broken.map((b) => (
            <li key={b.id} className="plan-row broken">
              <span className="plan-title">计划 {b.id}</span>
              <span className="error-text">{b.message}</span>
            </li>
          ))}
        </ul>
      </section>
      <section className="home-section">
        <h2>新建计划</h2>
        {templates === null && !error && <p className="muted">正在加载模板…</p>}
        <ul className="template-list">
          {templates?.map((t) => (
            <li key={t.id} className="template-card">
              <h3>{t.name}</h3>
              <p>{t.description}</p>
              <button type="button" className="primary" onClick={() => setCreating(t)}>用此模板新建</button>
            </li>
          ))}
        </ul>
      </section>
      <ImportPanel api={api} onImported={() => void reload()} onRollForward={setRolling} />
      {creating && (
        <NewPlanDialog
          template={creating}
          onCancel={() => setCreating(null)}
          onCreate={async (input) => {
            const { plan } = await api.createPlan({ templateId: creating.id, ...input });
            setCreating(null);
            navigate({ page: 'plan', planId: plan.id });
          }}
        />
      )}
      {rolling && <RollForwardDialog api={api} source={rolling} onClose={() => setRolling(null)} onCreated={() => void reload()} />}
      {deleting && (
        <ConfirmDialog
          title="删除计划"
          message={`确定要删除“${deleting.title}”吗？删除后无法恢复。`}
          confirmLabel="删除"
          onCancel={() => setDeleting(null)}
          onConfirm={async () => {
            try {
              await api.deletePlan(deleting.id);
            } catch (e) {
              setError(e instanceof ApiError ? e.userMessage : String(e));
            }
            setDeleting(null);
            await reload();
          }}
        />
      )}
    </div>
  );
}
