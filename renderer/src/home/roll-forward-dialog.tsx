import { useState } from 'react';
import type { PlanSummary } from '../../../main/common/api/contracts';
import { rollForwardYearError } from '../../../main/common/api/roll-forward-contract';
import type { RollForwardReport } from '../../../main/common/reuse/roll-forward-report';
import { ApiError, type ApiClient } from '../api/api-client';
import { useEscape } from '../ui/use-escape';
import { navigate } from '../use-route';

type Done = { planId: string; title: string; report: RollForwardReport };

/**
 * 以去年的计划为底稿: pick the new year, get a new plan (the source is not changed) and read what
 * changed — years moved, years kept and why, target figures to check, 文件 fields cleared.
 */
export function RollForwardDialog({ api, source, onClose, onCreated }: { api: ApiClient; source: PlanSummary; onClose(): void; onCreated(): void }) {
  useEscape(onClose);
  const [year, setYear] = useState(String(source.year + 1));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const submit = async () => {
    const refusal = rollForwardYearError(source.year, Number(year));
    if (refusal) return setError(refusal);
    setBusy(true);
    try {
      const r = await api.rollForward(source.id, Number(year));
      setDone({ planId: r.plan.id, title: r.plan.title, report: r.report });
      setError(null);
      onCreated();
    } catch (e) {
      setError(e instanceof ApiError ? e.userMessage : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="dialog-backdrop">
      <div className="dialog wide" role="dialog" aria-modal="true" aria-label="以去年的计划为底稿">
        <h2>以去年的计划为底稿</h2>
        {!done ? (
          <>
            <p>以“{source.title}”（{source.year}年）为底稿生成新年度计划草稿：标题、正文和完成时限中的年份顺延，
              往年、年份区间和规划期年份保持不变；措施连同责任单位沿用；目标数字标为“待核对”；文号序号和日期清空。原计划不变。</p>
            <label>新计划年度
              <input type="number" value={year} min={source.year + 1} max={2200} onChange={(e) => setYear(e.target.value)} aria-label="新计划年度" />
            </label>
            {error && <p className="error-text" role="alert">{error}</p>}
            <div className="dialog-actions">
              <button type="button" onClick={onClose}>取消</button>
              <button type="button" className="primary" disabled={busy} onClick={() => void submit()}>{busy ? '正在生成…' : '生成草稿'}</button>
            </div>
          </>
        ) : <RollForwardReportView done={done} onClose={onClose} />}
      </div>
    </div>
  );
}

function RollForwardReportView({ done, onClose }: { done: Done; onClose(): void }) {
  const r = done.report;
  return (
    <>
      <p className="import-counts" aria-label="底稿摘要">
        已生成“{done.title}”：顺延年份 <b>{r.changes.length}</b> 处，未改动 <b>{r.kept.length}</b> 处，
        待核对的目标数字 <b>{r.flagged.length}</b> 处；沿用措施 <b>{r.measures}</b> 项（其中 {r.measuresWithUnits} 项带责任单位）。
      </p>
      {r.cleared.length > 0 && <p className="muted">已清空：{r.cleared.join('、')}。</p>}
      <details open><summary>待核对的目标数字（{r.flagged.length}）</summary>
        <ul className="warnings">{r.flagged.map((f, i) => <li key={i}><b>{f.where}</b>：{f.text}</li>)}</ul>
      </details>
      <details><summary>顺延的年份（{r.changes.length}）</summary>
        <ul>{r.changes.map((c, i) => <li key={i}>{c.where}：{c.before} → {c.after}{c.baseline ? '（基数年份，请核对数据）' : ''}</li>)}</ul>
      </details>
      {r.kept.length > 0 && (
        <details><summary>未改动的年份（{r.kept.length}）</summary>
          <ul className="muted">{r.kept.map((k, i) => <li key={i}>{k.where}：“{k.text}”（{k.why}）</li>)}</ul>
        </details>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>关闭</button>
        <button type="button" className="primary" onClick={() => { onClose(); navigate({ page: 'plan', planId: done.planId }); }}>打开新计划</button>
      </div>
    </>
  );
}
