import { useEffect, useState } from 'react';
import { ApiError, type ApiClient } from '../api/api-client';
import { departmentProgress, type DepartmentProgress } from './progress';
import { useEscape } from '../ui/use-escape';

/** The plan owner's view: which department has filled in the sections assigned to it. */
export function ProgressDialog({ api, planId, onClose }: { api: ApiClient; planId: string; onClose(): void }) {
  useEscape(onClose);
  const [rows, setRows] = useState<DepartmentProgress[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.plan(planId).then((p) => setRows(departmentProgress(p)), (e: unknown) => setError(e instanceof ApiError ? e.userMessage : String(e)));
  }, [api, planId]);
  return (
    <div className="dialog-backdrop">
      <div className="dialog wide" role="dialog" aria-modal="true" aria-label="填写进度">
        <h2>各部门填写进度</h2>
        {error && <p className="error-text" role="alert">{error}</p>}
        {rows && rows.length === 0 && <p className="muted">还没有章节分配给部门。在左侧导航中点击 ⚑ 可把章节分配给部门。</p>}
        {rows && rows.length > 0 && (
          <table className="progress-table">
            <thead><tr><th>部门</th><th>进度</th><th>章节</th></tr></thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.department}>
                  <td>{r.department}</td>
                  <td>{r.filled} / {r.sections.length}</td>
                  <td>{r.sections.map((s) => <span key={s.id} className={`progress-chip${s.filled ? ' done' : ''}`}>{s.filled ? '✓ ' : '○ '}{s.title}</span>)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div className="dialog-actions"><button type="button" onClick={onClose}>关闭</button></div>
      </div>
    </div>
  );
}
