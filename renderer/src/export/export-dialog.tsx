import { useEffect, useMemo, useState } from 'react';
import type { RouteName } from '../../../main/common/api/api-routes';
import type { ExportPreview } from '../../../main/common/api/export-contract';
import { exportDialogChoice, type ExportDefaults, type ExportPlanFacts } from '../../../main/common/docx/export-options';
import { fileNameFor } from '../../../main/common/file-name';
import type { DocumentKind } from '../../../main/common/checks/document-gaps';
import type { Finding } from '../../../main/common/checks/finding';
import { layoutSummary } from '../../../main/common/docx/layout/layout-summary';
import { ApiError, type ApiClient } from '../api/api-client';
import type { Host } from '../host/host';
import { CompareExport } from '../versions/compare-export';
import { ConfirmDialog } from '../home/confirm-dialog';
import { useEscape } from '../ui/use-escape';
import { FontReport } from './font-report';
import { GlyphWarning } from './glyph-warning';
import { PrintPreview } from './print-preview';

export type ExportChoice = ReturnType<typeof exportDialogChoice>;

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PDF = 'application/pdf';

/** The export as the chosen options make it, asked again whenever they change. */
function usePreview(api: ApiClient, planId: string, query: string): { preview: ExportPreview | null; error: string | null } {
  const [state, setState] = useState<{ preview: ExportPreview | null; error: string | null }>({ preview: null, error: null });
  useEffect(() => {
    let live = true;
    api.exportPreview(planId, new URLSearchParams(query)).then(
      (preview) => live && setState({ preview, error: null }),
      (e: unknown) => live && setState({ preview: null, error: e instanceof ApiError ? e.userMessage : '无法预估页数。' }),
    );
    return () => {
      live = false;
    };
  }, [api, planId, query]);
  return state;
}

/** 导出 Word: the per-export options of GB/T 9704 layout; desktop saves through a native dialog, browsers download. */
export function ExportDialog(props: {
  api: ApiClient; host: Host; planId: string; title: string; defaults: ExportDefaults; facts: ExportPlanFacts;
  /** The 公文体检 errors for the chosen kind of document (over the live plan: what is missing or wrong). */
  errors: (kind: DocumentKind) => Finding[];
  /** Go to where an error is fixed (the 文件信息 panel, the title, the text). */
  onGo: (finding: Finding) => void;
  /** Open the 公文体检 at its 繁体字 findings (each has a 繁→简 fix, and 全部同类 fixes them all). */
  onFixTraditional: (first: Finding) => void;
  onClose: () => void;
}) {
  // The template's defaults as the API and the CLI apply them (docx/export-options.ts).
  const [choice, setChoice] = useState<ExportChoice>(() => exportDialogChoice(props.facts, props.defaults));
  const hasNotice = props.facts.hasNotice;
  const [asking, setAsking] = useState<(() => void) | null>(null);
  // Asked once per dialog: having said 仍要导出, the user is not asked again for the next format.
  const [confirmed, setConfirmed] = useState(false);
  useEscape(() => {
    if (!asking) props.onClose();
  });
  const errors = props.errors({ redHead: choice.redHead, notice: hasNotice && choice.notice });
  const traditional = errors.find((f) => f.rule === 'traditional-chars');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);
  const [previewing, setPreviewing] = useState(false);
  // 修订稿 (issue #14): not a template default, a per-export choice.
  const [revisions, setRevisions] = useState(false);
  const query = useMemo(() => new URLSearchParams({
    redHead: choice.redHead ? '1' : '0',
    taskTable: choice.taskTable ? '1' : '0',
    sealed: choice.sealed ? '1' : '0',
    duplex: choice.duplex ? '1' : '0',
    lineMode: choice.lineMode,
    ...(revisions ? { revisions: '1' } : {}),
    ...(hasNotice ? { notice: choice.notice ? '1' : '0' } : {}),
  }).toString(), [choice, hasNotice, revisions]);
  const { preview, error: previewError } = usePreview(props.api, props.planId, query);

  const run = async (route: Extract<RouteName, 'exportDocx' | 'exportPdf' | 'taskTableXlsx' | 'taskTableDocx'>, name: string, mime: string) => {
    setBusy(true);
    setMessage(null);
    try {
      const bytes = await props.api.call(route, { planId: props.planId }, route === 'exportDocx' || route === 'exportPdf' ? { query: new URLSearchParams(query) } : {});
      const saved = await props.host.saveFile(name, bytes, mime);
      setMessage(saved ? { kind: 'ok', text: `已导出“${name}”。` } : null);
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof ApiError ? e.userMessage : (e as Error).message });
    } finally {
      setBusy(false);
    }
  };
  const set = (patch: Partial<ExportChoice>) => setChoice((c) => ({ ...c, ...patch }));
  /** A 文件 (红头) with errors asks once before it is exported; a draft never asks. */
  const issue = (go: () => void) => {
    if (choice.redHead && errors.length > 0 && !confirmed) setAsking(() => go);
    else go();
  };

  return (
    <div className="dialog-backdrop">
      <div className="dialog export-dialog" role="dialog" aria-modal="true" aria-label="导出 Word">
        <h2>导出 Word（GB/T 9704 公文格式）</h2>
        <fieldset className="export-options">
          <legend>格式</legend>
          <label><input type="radio" name="head" checked={!choice.redHead} onChange={() => set({ redHead: false })} />普通文本（无版头）</label>
          <label><input type="radio" name="head" checked={choice.redHead} onChange={() => set({ redHead: true })} />红头文件（发文机关标志、发文字号、红色分隔线）</label>
        </fieldset>
        <label className="inline-check"><input type="checkbox" checked={choice.notice} disabled={!hasNotice} onChange={(e) => set({ notice: e.target.checked })} />
          以印发通知发文，计划作为附件{hasNotice ? '' : '（本计划没有印发通知）'}</label>
        <label className="inline-check"><input type="checkbox" checked={choice.taskTable} onChange={(e) => set({ taskTable: e.target.checked })} />附任务分解表（由各项措施自动生成，横排）</label>
        <label className="inline-check" title="GB/T 9704 7.3.5.1：成文日期右空四字，发文机关署名以成文日期为准居中">
          <input type="checkbox" checked={choice.sealed} onChange={(e) => set({ sealed: e.target.checked })} />加盖印章（落款按有印章的格式排列）</label>
        <label className="inline-check" title="GB/T 9704：公文双面印刷，版记位于最后一页（偶数页）；需要时在版记页前留空白页，空白页和版记页均不编页码">
          <input type="checkbox" checked={choice.duplex} onChange={(e) => set({ duplex: e.target.checked })} />双面印刷（版记排在偶数页）</label>
        <label className="inline-check" title="修订稿：未处理的修订以修订标记（作者为提出修订的部门）写入，批注写为 Word 批注，可在 WPS 或 Word 中逐条接受或拒绝">
          <input type="checkbox" checked={revisions} onChange={(e) => setRevisions(e.target.checked)} />包含修订和批注（修订稿）</label>
        <label>行距
          <select value={choice.lineMode} onChange={(e) => set({ lineMode: e.target.value as ExportChoice['lineMode'] })}>
            <option value="office-grid">常用模板：每页 22 行（28.95 磅）</option>
            <option value="glyph-accurate">精确版心：文字区严格落在 225 毫米版心内（29.6 磅）</option>
          </select>
        </label>
        <p className="export-layout" aria-label="页面预估">
          {preview ? `预计${layoutSummary(preview.layout)}` : previewError ?? '正在预估页数…'}
        </p>
        {preview && <GlyphWarning glyphs={preview.glyphs} onFixTraditional={traditional ? () => props.onFixTraditional(traditional) : null} />}
        {preview && <FontReport fonts={preview.fonts} />}
        <CompareExport api={props.api} host={props.host} planId={props.planId} title={props.title} query={query} />
        {errors.length > 0 && (
          <div className="export-gaps" role="region" aria-label="公文体检错误">
            <p><strong>{choice.redHead ? `作为正式文件，公文体检发现 ${errors.length} 项错误：` : `公文体检发现 ${errors.length} 项错误：`}</strong><span className="muted">（仍可导出草稿）</span></p>
            <ul>
              {errors.slice(0, 30).map((f, i) => (
                <li key={`${f.rule}-${i}`}>{f.message}<button type="button" className="link-button" onClick={() => props.onGo(f)}>去处理</button></li>
              ))}
            </ul>
            {errors.length > 30 && <p className="muted">另有 {errors.length - 30} 项，见公文体检面板。</p>}
          </div>
        )}
        {message && <p className={message.kind === 'error' ? 'error-text' : 'ok-text'} role={message.kind === 'error' ? 'alert' : 'status'}>{message.text}</p>}
        <div className="dialog-actions">
          <button type="button" disabled={busy} title="只导出由各项措施生成的任务分解表"
            onClick={() => void run('taskTableXlsx', fileNameFor(props.title, '计划', '任务分解表.xlsx'), XLSX)}>任务分解表（Excel）</button>
          <button type="button" disabled={busy}
            onClick={() => void run('taskTableDocx', fileNameFor(props.title, '计划', '任务分解表.docx'), DOCX)}>任务分解表（Word）</button>
          <span className="spacer" />
          <button type="button" onClick={props.onClose}>关闭</button>
          <button type="button" disabled={busy} title="按导出后的样子逐页查看（与 PDF 相同的版面）" onClick={() => setPreviewing(true)}>打印预览</button>
          <button type="button" disabled={busy}
            onClick={() => issue(() => void run('exportPdf', fileNameFor(props.title, '计划', '.pdf'), PDF))}>导出 PDF</button>
          <button type="button" className="primary" disabled={busy}
            onClick={() => issue(() => void run('exportDocx', fileNameFor(props.title, '计划', '.docx'), DOCX))}>
            {busy ? '正在导出…' : '导出 Word'}
          </button>
        </div>
      </div>
      {asking && (
        <ConfirmDialog title="仍要导出正式文件？" confirmKind="primary" confirmLabel="仍要导出"
          message={`公文体检发现 ${errors.length} 项错误（见上方列表）。作为红头文件印发前应先改正。仍要导出吗？`}
          onCancel={() => setAsking(null)}
          onConfirm={() => {
            const go = asking;
            setAsking(null);
            setConfirmed(true);
            go();
          }} />
      )}
      {previewing && <PrintPreview api={props.api} planId={props.planId} query={query} onClose={() => setPreviewing(false)} />}
    </div>
  );
}
