import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { ReactEditor } from 'slate-react';
import type { ClauseSearchResponse } from '../../../main/common/api/clauses-contract';
import type { Clause, ClauseOrigin } from '../../../main/common/clauses/clause';
import { queryTerms } from '../../../main/common/clauses/cjk-tokens';
import { PlanDoc } from '../../../main/common/collab/plan-doc';
import { unitWord } from '../../../main/common/templates/instantiate';
import { ApiError, type ApiClient } from '../api/api-client';
import { useEscape } from '../ui/use-escape';
import { insertClause } from './commands/insert-clause';
import { usePageEnv } from './page-env';

const ORIGIN: Record<ClauseOrigin, string> = { seed: '范例', template: '模板', plan: '计划' };

/** The query's terms marked in a result's text (case and width as typed are matched after NFKC). */
function Marked({ text, terms }: { text: string; terms: string[] }) {
  const wanted = terms.filter((t) => t.length > 0);
  if (wanted.length === 0) return <>{text}</>;
  const escaped = wanted.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const parts = text.split(new RegExp(`(${escaped.join('|')})`, 'gi'));
  return <>{parts.map((p, i) => (i % 2 === 1 ? <mark key={i}>{p}</mark> : p))}</>;
}

/**
 * 条款库: search the measures and paragraphs of the seeds, the templates and the plans this user can
 * read; each result shows its text, units and source, and 插入 puts it at the caret as a measure.
 */
export function ClauseLibraryDialog({ api, planId, onClose }: { api: ApiClient; planId: string; onClose(): void }) {
  useEscape(onClose);
  const { active, session } = usePageEnv();
  const state = useSyncExternalStore(active.subscribe, active.get);
  const [q, setQ] = useState('');
  const [res, setRes] = useState<ClauseSearchResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const seq = useRef(0);
  useEffect(() => {
    const query = q.trim();
    if (!query) {
      setRes(null);
      return;
    }
    const mine = ++seq.current;
    const timer = setTimeout(() => {
      api.searchClauses(planId, query).then((r) => {
        if (mine === seq.current) { setRes(r); setError(null); }
      }, (e: unknown) => {
        if (mine === seq.current) setError(e instanceof ApiError ? e.userMessage : String(e));
      });
    }, 150);
    return () => clearTimeout(timer);
  }, [api, planId, q]);
  const terms = queryTerms(q);
  const insert = (clause: Clause) => {
    const editor = state.editor;
    if (!editor) return setStatus('请先在正文中点一下要插入的位置。');
    if (ReactEditor.isReadOnly(editor as ReactEditor)) return setStatus('光标所在的章节为只读，无法插入。');
    insertClause(editor, { clause, unit: unitWord(PlanDoc.meta(session.planDoc).region) });
    setStatus(`已插入：${(clause.lead || clause.body).slice(0, 20)}……`);
  };
  return (
    <div className="dialog-backdrop">
      <div className="dialog wide clause-library" role="dialog" aria-modal="true" aria-label="条款库">
        <h2>条款库</h2>
        <input type="search" className="clause-search" value={q} autoFocus maxLength={100} aria-label="搜索条款"
          placeholder="输入关键词，如：标准化、质量月、计量 检定、市场监督管理局" onChange={(e) => setQ(e.target.value)} />
        {error && <p className="error-text" role="alert">{error}</p>}
        {status && <p className="muted" role="status">{status}</p>}
        {res && (
          <p className="muted clause-count">在 {res.searched.toLocaleString('zh-CN')} 条条款中找到 {res.results.length} 条{res.results.length >= 20 ? '（只显示最相关的 20 条）' : ''}</p>
        )}
        <ul className="clause-results" aria-label="搜索结果">
          {res?.results.map(({ clause }) => (
            <li key={clause.id} className="clause-result">
              <p className="clause-text">
                {clause.lead && <b><Marked text={clause.lead} terms={terms} /></b>}<Marked text={clause.body} terms={terms} />
              </p>
              {clause.leadUnits.length + clause.supportUnits.length > 0 && (
                <p className="clause-units">牵头：{clause.leadUnits.join('、') || '—'}{clause.supportUnits.length > 0 && `；责任：${clause.supportUnits.join('、')}`}</p>
              )}
              <p className="clause-meta">
                <span className={`clause-origin origin-${clause.source.origin}`}>{ORIGIN[clause.source.origin]}</span>
                {clause.source.plan}{clause.source.year ? ` · ${clause.source.year}年` : ''} · {clause.source.section}
                <button type="button" className="primary clause-insert" onClick={() => insert(clause)}>插入</button>
              </p>
            </li>
          ))}
        </ul>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>关闭</button>
        </div>
      </div>
    </div>
  );
}
