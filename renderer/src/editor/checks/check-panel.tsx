import { useMemo, useState, useSyncExternalStore } from 'react';
import type { IgnoredFinding } from '../../../../main/common/checks/checks';
import { SEVERITIES, type Finding } from '../../../../main/common/checks/finding';
import type { Plan } from '../../../../main/common/model/plan';
import { findingKey } from '../../../../main/common/checks/finding-key';
import { sectionsOf } from '../../../../main/common/checks/own-first';
import { excerptParts, whereLabel } from '../../../../main/common/checks/where-label';
import { PlanDoc } from '../../../../main/common/collab/plan-doc';
import { Numbering } from '../../../../main/common/model/numbering';
import { usePageEnv } from '../page-env';
import type { CheckStore } from './check-store';

export const SEVERITY_LABEL: Record<Finding['severity'], string> = { error: '错误', warning: '警告', info: '提示' };

export interface CheckPanelActions {
  /** Go to the place and select the flagged text. */
  jump(f: Finding): void;
  /** Apply the finding's fix where it is. */
  fix(f: Finding): void;
  /** Apply the fixes of many findings (one rule's), each body as one undo step. */
  fixAll(list: readonly Finding[]): void;
}

/** The flagged text in its context: `…推进[,]落实…`. */
function Excerpt({ plan, f }: { plan: Plan; f: Finding }) {
  const x = excerptParts(plan, f.where, 10);
  if (!x || !x.text) return null;
  return <p className="check-excerpt">{x.before}<mark className={`sev-${f.severity}`}>{x.text}</mark>{x.after}</p>;
}

/** One rule's findings with a replace-text fix (what 全部改正 applies). */
function fixableByRule(findings: readonly Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) if (f.fix?.kind === 'replace-text') out.set(f.rule, [...(out.get(f.rule) ?? []), f]);
  return out;
}

/**
 * 体检 panel: counts by severity, the findings (the user's department's sections first), each with
 * 定位, its fix and 忽略 with a reason; the ignored ones below with who ignored them and why.
 */
export function CheckPanel({ store, actions, readOnly }: { store: CheckStore; actions: CheckPanelActions; readOnly: boolean }) {
  const { session, user } = usePageEnv();
  const snap = useSyncExternalStore(store.subscribe, store.get);
  const [filter, setFilter] = useState<Finding['severity'] | null>(null);
  const [ignoring, setIgnoring] = useState<Finding | null>(null);
  const [showIgnored, setShowIgnored] = useState(false);
  const plan = snap.plan;
  const labels = useMemo(() => (plan ? Numbering.plan(plan) : new Map<string, string>()), [plan]);
  const own = useMemo(() => (plan && user.dept ? sectionsOf(plan, user.dept) : new Set<string>()), [plan, user.dept]);
  const bulk = useMemo(() => fixableByRule(snap.findings), [snap.findings]);
  if (!plan) return <section className="check-panel" aria-label="公文体检"><h3>公文体检</h3><p className="muted">正在检查…</p></section>;
  const shown = snap.findings.filter((f) => !filter || f.severity === filter);
  const ignore = (f: Finding, reason: string) => {
    PlanDoc.ignoreFinding(session.planDoc, { rule: f.rule, key: findingKey(plan, f), reason, by: user.name || user.dept, at: new Date().toISOString() });
    setIgnoring(null);
  };
  return (
    <section className="check-panel" aria-label="公文体检">
      <h3>公文体检</h3>
      <div className="check-counts" role="group" aria-label="按严重程度筛选">
        {SEVERITIES.map((s) => (
          <button key={s} type="button" className={`check-count sev-${s}`} aria-pressed={filter === s} onClick={() => setFilter(filter === s ? null : s)}>
            {SEVERITY_LABEL[s]} <b>{snap.counts[s]}</b>
          </button>
        ))}
      </div>
      {shown.length === 0 && <p className="muted">{snap.findings.length === 0 ? '未发现问题。' : '没有该类问题。'}</p>}
      <ol className="check-list">
        {shown.slice(0, 200).map((f, i) => (
          <li key={`${f.rule}:${f.where.sectionId ?? ''}:${f.where.itemId ?? ''}:${f.where.field ?? ''}:${f.where.start ?? ''}:${i}`} className={`check-item sev-${f.severity}`}>
            {/* Named 定位到原文, not by the place: the outline's section buttons keep their names to themselves. */}
            <button type="button" className="check-where link" onClick={() => actions.jump(f)} aria-label="定位到原文" title="定位到原文">
              <span className={`sev-tag sev-${f.severity}`}>{SEVERITY_LABEL[f.severity]}</span>
              {own.has(f.where.sectionId ?? '') && <span className="own-tag">本部门</span>}
              <span className="check-place">{whereLabel(plan, f.where, labels)}</span>
            </button>
            <Excerpt plan={plan} f={f} />
            <p className="check-message">{f.message}</p>
            <p className="check-source">依据：{f.source}</p>
            {ignoring === f
              ? <IgnoreForm onCancel={() => setIgnoring(null)} onIgnore={(reason) => ignore(f, reason)} />
              : (
                <div className="check-actions">
                  {f.fix && !readOnly && <button type="button" className="check-fix" onClick={() => actions.fix(f)}>{f.fix.label}</button>}
                  {f.fix?.kind === 'replace-text' && !readOnly && (bulk.get(f.rule)?.length ?? 0) > 1 && (
                    <button type="button" title="对所有同类问题应用修正" onClick={() => actions.fixAll(bulk.get(f.rule)!)}>全部同类（{bulk.get(f.rule)!.length}）</button>
                  )}
                  {!readOnly && <button type="button" onClick={() => setIgnoring(f)}>忽略</button>}
                </div>
              )}
          </li>
        ))}
      </ol>
      {shown.length > 200 && <p className="muted">另有 {shown.length - 200} 项未列出，请先处理以上问题。</p>}
      <p className="check-note muted">导出红头文件时，还会检查发文字号、成文日期、落款和版记是否齐全（见导出对话框）。</p>
      {snap.ignored.length > 0 && (
        <div className="check-ignored">
          <button type="button" className="link" aria-expanded={showIgnored} onClick={() => setShowIgnored(!showIgnored)}>已忽略 {snap.ignored.length} 项</button>
          {showIgnored && <ol>{snap.ignored.map((x, i) => <IgnoredRow key={i} x={x} label={whereLabel(plan, x.finding.where, labels)} readOnly={readOnly}
            onRestore={() => PlanDoc.unignoreFinding(session.planDoc, x.ignore.rule, x.ignore.key)} />)}</ol>}
        </div>
      )}
    </section>
  );
}

function IgnoreForm({ onIgnore, onCancel }: { onIgnore(reason: string): void; onCancel(): void }) {
  const [reason, setReason] = useState('');
  return (
    <form className="check-ignore-form" onSubmit={(e) => {
      e.preventDefault();
      if (reason.trim()) onIgnore(reason.trim());
    }}>
      <label>忽略原因<input autoFocus value={reason} maxLength={200} placeholder="如：引用原文，保持不变" onChange={(e) => setReason(e.target.value)} /></label>
      <button type="submit" disabled={!reason.trim()}>确认忽略</button>
      <button type="button" onClick={onCancel}>取消</button>
    </form>
  );
}

function IgnoredRow({ x, label, readOnly, onRestore }: { x: IgnoredFinding; label: string; readOnly: boolean; onRestore(): void }) {
  return (
    <li className="check-item ignored">
      <span className={`sev-tag sev-${x.finding.severity}`}>{SEVERITY_LABEL[x.finding.severity]}</span>{label}
      <p className="check-message">{x.finding.message}</p>
      <p className="muted">{x.ignore.by || '有人'}忽略：{x.ignore.reason}</p>
      {!readOnly && <button type="button" onClick={onRestore}>取消忽略</button>}
    </li>
  );
}
