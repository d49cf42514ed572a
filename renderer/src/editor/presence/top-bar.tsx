import { useSyncExternalStore, type ReactNode } from 'react';
import { statusLabel } from '../collab/connection-status';
import type { PlanSession } from '../collab/plan-session';
import { usePresence } from './use-presence';

/** 首页 link, title, connection / save state, who is here, 设置. */
export function TopBar({ session, title, onSettings, actions }: { session: PlanSession; title: string; onSettings(): void; actions?: ReactNode }) {
  const status = useSyncExternalStore(session.subscribeStatus, session.getStatus);
  const s = statusLabel(status);
  const people = usePresence(session);
  return (
    <nav className="topbar editor-topbar">
      <a href="#/">← 首页</a>
      <span className="topbar-title">{title || '（未命名计划）'}</span>
      <span className={`sync-status ${s.tone}`} role="status" aria-label="同步状态">{s.text}</span>
      <ul className="presence-list" aria-label="在线成员">
        {people.map((p) => (
          <li key={p.clientId} className="presence-chip" style={{ borderColor: p.color }} title={p.dept}>
            <span className="presence-dot" style={{ background: p.color }} />{p.name}{p.self ? '（我）' : ''}{p.dept ? ` · ${p.dept}` : ''}
          </li>
        ))}
      </ul>
      {actions}
      <button type="button" onClick={onSettings}>设置</button>
    </nav>
  );
}
