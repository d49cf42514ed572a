import { Fragment, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useEscape } from '../../ui/use-escape';
import { statusLabel } from '../collab/connection-status';
import type { PlanSession } from '../collab/plan-session';
import { useTitleLines } from '../fields/use-title-lines';
import { usePresence, type Present } from './use-presence';

/** More people than this and the chips collapse to "N 人在线" (the 1366×768 laptop keeps one line). */
const MAX_CHIPS = 2;

/**
 * 首页 link, title, connection / save state, who is here, the main actions and a 更多 menu, on one
 * line at 1366×768 with five people online: the title gives way (two lines, broken where the exported
 * title breaks), presence collapses to a count with the list in a popover, the less used actions sit in
 * the menu.
 */
export function TopBar({ session, title, onSettings, actions, more }: {
  session: PlanSession; title: string; onSettings(): void; actions?: ReactNode; more?: ReactNode;
}) {
  // Re-rendered when the words change, not on every count of unsynced changes (each keystroke moves it).
  const s = {
    text: useSyncExternalStore(session.subscribeStatus, () => statusLabel(session.getStatus()).text),
    tone: useSyncExternalStore(session.subscribeStatus, () => statusLabel(session.getStatus()).tone),
  };
  const people = usePresence(session);
  // Break opportunities only where the exported title breaks (CSS keep-all elsewhere), not inside a word.
  const lines = useTitleLines()(title.replace(/\s*\n\s*/g, ''));
  return (
    <nav className="topbar editor-topbar">
      <a href="#/" className="topbar-home">← 首页</a>
      <span className="topbar-title" title={title}>
        {title ? lines.map((l, i) => <Fragment key={i}>{i > 0 && <wbr />}{l}</Fragment>) : '（未命名计划）'}
      </span>
      <span className={`sync-status ${s.tone}`} role="status" aria-label="同步状态">{s.text}</span>
      <Presence people={people} />
      {actions}
      <Menu label="更多">
        {more}
        <button type="button" role="menuitem" onClick={onSettings}>设置</button>
      </Menu>
    </nav>
  );
}

function Chip({ p }: { p: Present }) {
  return (
    <li className="presence-chip" style={{ borderColor: p.color }} title={p.dept}>
      <span className="presence-dot" style={{ background: p.color }} />{p.name}{p.self ? '（我）' : ''}{p.dept ? ` · ${p.dept}` : ''}
    </li>
  );
}

function Presence({ people }: { people: Present[] }) {
  if (people.length <= MAX_CHIPS) {
    return <ul className="presence-list" aria-label="在线成员">{people.map((p) => <Chip key={p.clientId} p={p} />)}</ul>;
  }
  return (
    <div className="presence-list">
      <Menu label={`${people.length} 人在线`} className="presence-count" dots={people.map((p) => p.color)}>
        <ul className="presence-popover" aria-label="在线成员">{people.map((p) => <Chip key={p.clientId} p={p} />)}</ul>
      </Menu>
    </div>
  );
}

/** A button with a drop-down; closes on Esc, on a click outside and after choosing an item. */
function Menu({ label, className, dots, children }: { label: string; className?: string; dots?: string[]; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const away = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [open]);
  return (
    <div className={`menu ${className ?? ''}`} ref={ref}>
      <button type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {dots && <span className="presence-dots" aria-hidden="true">{dots.slice(0, 5).map((c, i) => <span key={i} className="presence-dot" style={{ background: c }} />)}</span>}
        {label}{dots ? '' : ' ▾'}
      </button>
      {open && <MenuPopover onClose={() => setOpen(false)}>{children}</MenuPopover>}
    </div>
  );
}

function MenuPopover({ onClose, children }: { onClose(): void; children: ReactNode }) {
  useEscape(onClose);
  // A click on an item runs it, then the menu closes (the item's own handler runs first).
  return <div className="menu-popover" role="menu" onClick={(e) => { if ((e.target as HTMLElement).closest('button')) onClose(); }}>{children}</div>;
}
