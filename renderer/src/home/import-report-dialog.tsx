import type { ImportResponse } from '../../../main/common/api/import-contract';
import { navigate } from '../use-route';
import { useEscape } from '../ui/use-escape';

/** What the importer recognised and what it did not: the user sees both before editing. */
export function ImportReportDialog({ result, onClose, onRollForward }: {
  result: ImportResponse; onClose: () => void; onRollForward?: (plan: ImportResponse['plan']) => void;
}) {
  useEscape(onClose);
  const { plan, report } = result;
  const c = report.counts;
  return (
    <div className="dialog-backdrop">
      <div className="dialog wide" role="dialog" aria-modal="true" aria-label="导入结果">
        <h2>已导入：{plan.title || '（未识别到标题）'}</h2>
        <p className="import-counts">
          识别出 <b>{c.sections}</b> 个标题、<b>{c.measures}</b> 项措施（其中 {c.measuresWithUnits} 项带责任单位）、
          <b>{c.targets}</b> 项目标、<b>{c.units}</b> 个单位、<b>{c.attachments}</b> 个附件；{c.plainParagraphs} 段作为普通段落保留。
        </p>
        {report.recognised.length > 0 && (
          <details open><summary>已识别</summary><ul>{report.recognised.map((r, i) => <li key={i}>{r}</li>)}</ul></details>
        )}
        {report.warnings.length > 0 && (
          <details open><summary>需要核对（{report.warnings.length}）</summary><ul className="warnings">{report.warnings.map((w, i) => <li key={i}>{w}</li>)}</ul></details>
        )}
        {report.guesses.length > 0 && (
          <details open><summary>推断的内容（{report.guesses.length}，原文未明写，请核对）</summary>
            <ul className="warnings">{report.guesses.map((g, i) => <li key={i}>{g.what}（把握 {Math.round(g.confidence * 100)}%）</li>)}</ul>
          </details>
        )}
        {report.unitSuggestions.length > 0 && (
          <details><summary>单位名称建议（{report.unitSuggestions.length}）</summary>
            <ul>{report.unitSuggestions.map((s, i) => <li key={i}>{s.name} → {s.current}（{s.reason}）</li>)}</ul>
          </details>
        )}
        {report.droppedLines.length > 0 && (
          <details><summary>已忽略的网页内容（{report.droppedLines.length} 行）</summary>
            <ul className="muted">{report.droppedLines.map((l, i) => <li key={i}>{l}</li>)}</ul>
          </details>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>关闭</button>
          {onRollForward && (
            <button type="button" title="去年印发的计划：以它为底稿生成下一年度的草稿" onClick={() => { onClose(); onRollForward(plan); }}>以此为底稿</button>
          )}
          <button type="button" className="primary" onClick={() => { onClose(); navigate({ page: 'plan', planId: plan.id }); }}>打开计划</button>
        </div>
      </div>
    </div>
  );
}
