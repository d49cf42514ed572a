import type { PlanSummary } from '../../../main/common/api/contracts';
import { useRef, useState, type DragEvent } from 'react';
import type { ImportResponse } from '../../../main/common/api/import-contract';
import { ApiError, type ApiClient } from '../api/api-client';
import { ImportReportDialog } from './import-report-dialog';
import { ConfirmDialog } from './confirm-dialog';
import { mergeSummary, openStatesFile, type StatesFileStep } from './states-file-open';
import { navigate } from '../use-route';
import { OnEscape } from '../ui/on-escape';

/** 导入: pick or drop a .txt/.docx; the server parses it into a new plan and reports what it recognised. */
export function ImportPanel({ api, onImported, onRollForward }: { api: ApiClient; onImported: () => void; onRollForward?: (plan: PlanSummary) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [simplify, setSimplify] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResponse | null>(null);
  const [over, setOver] = useState(false);
  const [planFile, setPlanFile] = useState<StatesFileStep | null>(null);

  const finishPlanFile = (step: StatesFileStep) => {
    setPlanFile(step);
    if (step.kind === 'done') onImported();
  };

  const upload = async (file: File | undefined) => {
    if (!file) return;
    if (/\.planfile$/i.test(file.name)) {
      setError(null);
      setBusy(`正在打开“${file.name}”…`);
      try {
        finishPlanFile(await openStatesFile(api, file));
      } catch (e) {
        setError(e instanceof ApiError ? e.userMessage : String(e));
      } finally {
        setBusy(null);
        if (input.current) input.current.value = '';
      }
      return;
    }
    if (!/\.(txt|docx?|wps|html?|xlsx?|et)$/i.test(file.name)) {
      setError(`“${file.name}”不是 Word 文档（.docx、.doc）、WPS 文档（.wps）、Excel 或 WPS 表格（.xlsx、.xls、.et）、文本（.txt）或网页（.htm）文件。PDF 请先在 Word/WPS 中打开并另存为 .docx。`);
      return;
    }
    setError(null);
    setBusy(`正在导入“${file.name}”…`);
    try {
      const res = await api.importFile(file, simplify);
      setResult(res);
      onImported();
    } catch (e) {
      setError(e instanceof ApiError ? e.userMessage : String(e));
    } finally {
      setBusy(null);
      if (input.current) input.current.value = '';
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void upload(e.dataTransfer.files[0]);
  };

  return (
    <section className="home-section">
      <h2>导入已有计划</h2>
      <div
        className={`drop-zone${over ? ' over' : ''}`}
        onDragOver={(e) => { e.preventDefault(); setOver(true); }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        aria-label="导入文件"
      >
        <p>把 Word 文档（.docx、.doc）、WPS 文档（.wps）、Excel/WPS 表格的任务分解表（.xlsx、.xls、.et）、.txt、网页（.htm）或计划文件（.planfile）拖到这里，或</p>
        <button type="button" className="primary" disabled={busy !== null} onClick={() => input.current?.click()}>选择文件…</button>
        <input ref={input} type="file" accept=".txt,.docx,.doc,.wps,.xlsx,.xls,.et,.htm,.html,.planfile" hidden data-testid="import-file" onChange={(e) => void upload(e.target.files?.[0])} />
        <label className="inline-check"><input type="checkbox" checked={simplify} onChange={(e) => setSimplify(e.target.checked)} />繁体字转换为简体字</label>
        {busy && <p className="muted" role="status"><span className="spinner" />{busy}</p>}
        {error && <p className="error-text" role="alert">{error}</p>}
      </div>
      {result && <ImportReportDialog result={result} onClose={() => setResult(null)} onRollForward={onRollForward} />}
      {planFile?.kind === 'confirm-merge' && (
        <ConfirmDialog title="合并计划文件"
          message={`本机已有计划“${planFile.title}”。合并后，文件中的修改和本机的修改都会保留（不会覆盖任何人的内容）。是否合并？`}
          confirmLabel="合并" confirmKind="primary" onCancel={() => setPlanFile(null)}
          onConfirm={() => void api.uploadStatesFile(planFile.contents).then(
            (r) => finishPlanFile({ kind: 'done', result: r }),
            (e: unknown) => { setPlanFile(null); setError(e instanceof ApiError ? e.userMessage : String(e)); })} />
      )}
      {planFile?.kind === 'done' && (
        <div className="dialog-backdrop">
          <div className="dialog" role="dialog" aria-modal="true" aria-label="计划文件">
            <OnEscape run={() => setPlanFile(null)} />
            <h2>{planFile.result.created ? '已打开计划文件' : '已合并计划文件'}</h2>
            <p role="status">{mergeSummary(planFile.result)}</p>
            <div className="dialog-actions">
              <button type="button" onClick={() => setPlanFile(null)}>关闭</button>
              <button type="button" className="primary" onClick={() => { const id = planFile.result.planId; setPlanFile(null); navigate({ page: 'plan', planId: id }); }}>打开计划</button>
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
