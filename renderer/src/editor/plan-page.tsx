import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { CLOSING_BODY, PREAMBLE_BODY } from '../../../main/common/collab/doc-names';
import { PlanDoc } from '../../../main/common/collab/plan-doc';
import type * as Y from 'yjs';
import type { DocumentKind, GapField } from '../../../main/common/checks/document-gaps';
import { Checks } from '../../../main/common/checks/checks';
import { isoDay } from '../../../main/common/checks/iso-day';
import type { DocumentFieldKey } from '../../../main/common/collab/document-fields';
import type { ExportPlanFacts } from '../../../main/common/docx/export-options';
import type { NumberingMode, PlanMeta, ResponsibilityNotation } from '../../../main/common/model/meta';
import type { ApiClient } from '../api/api-client';
import type { Host } from '../host/host';
import { ExportDialog } from '../export/export-dialog';
import { SaveAsButton } from '../export/save-as-button';
import { ProgressDialog } from '../share/progress-dialog';
import { ShareDialog } from '../share/share-dialog';
import { SettingsDialog } from '../settings/settings-dialog';
import { anonymousUser, loadUserSettings, saveUserSettings, type UserSettings } from '../settings/user-settings';
import { ActiveEditorStore } from './active-editor-store';
import { CheckPanel } from './checks/check-panel';
import { CheckStore } from './checks/check-store';
import { useCheckActions } from './checks/use-check-actions';
import type { PlanSession } from './collab/plan-session';
import { useOutline } from './collab/use-outline';
import { shallowArrayEqual, usePlanDoc } from './collab/use-plan-doc';
import { DocumentView } from './document-view';
import { DocumentFieldsPanel } from './document-fields/document-fields-panel';
import { EditorEnvContext } from './editor-env';
import { FocusChain } from './focus-chain';
import { GuidancePanel } from './guidance-panel';
import { MeasureInspector } from './inspector/measure-inspector';
import { NumberingStore } from './numbering/numbering-store';
import { OutlinePane } from './outline/outline-pane';
import { PageEnvContext, type PageEnv } from './page-env';
import { TopBar } from './presence/top-bar';
import { DepartmentDirectoryDialog } from './department-directory-dialog';
import { VersionsDialog } from '../versions/versions-dialog';
import { LockChip, usePlanLock } from '../versions/lock-chip';
import { ReviewRoundDialog } from './review-round/review-round-dialog';
import { RoundNotice } from './review-round/round-notice';
import { Toolbar } from './toolbar';
import { ClauseLibraryDialog } from './clause-library-dialog';
import { usePlanSession } from './use-plan-session';
import { useTemplate } from './use-template';
import { useTemplateGuidance } from './use-template-guidance';
import './editor.css';

/** The plan editor: outline | page of stacked section editors | inspector and 写作提示. */
export function PlanPage({ api, host, planId }: { api: ApiClient; host: Host; planId: string }) {
  const [saved, setSaved] = useState<UserSettings | null>(() => loadUserSettings());
  const [anon] = useState(anonymousUser);
  const [settingsOpen, setSettingsOpen] = useState(saved === null);
  const user = saved ?? anon;
  const { session, ready } = usePlanSession(api, host, planId, user);
  const saveSettings = (s: UserSettings) => {
    saveUserSettings(s);
    setSaved(s);
    setSettingsOpen(false);
  };
  if (!session || !ready) return <Opening session={session} />;
  return (
    <>
      <PlanEditorView api={api} host={host} planId={planId} session={session} user={user} onSettings={() => setSettingsOpen(true)} />
      {settingsOpen && (
        <SettingsDialog initial={saved} firstTime={saved === null}
          departments={PlanDoc.departments(session.planDoc).map((d) => d.name)}
          onSave={saveSettings} onCancel={() => setSettingsOpen(false)} />
      )}
    </>
  );
}

/** Until the plan doc holds the server's state; a refused plan (deleted, wrong link, no right) says so instead of waiting. */
function Opening({ session }: { session: PlanSession | null }) {
  const noop = useCallback(() => () => undefined, []);
  const refused = useSyncExternalStore(session?.subscribeStatus ?? noop, () => session?.getStatus().authFailed ?? false);
  const deleted = useSyncExternalStore(session?.subscribeStatus ?? noop, () => session?.getStatus().deleted ?? false);
  return (
    <div className="plan-page">
      <nav className="topbar"><a href="#/">← 首页</a></nav>
      {refused
        ? <div className="banner error" role="alert">{deleted ? '该计划已被删除，无法打开。' : '无法打开该计划：计划可能已被删除，或您没有访问权限。'}<a href="#/">返回首页</a></div>
        : <p className="muted page-loading">正在打开计划…</p>}
    </div>
  );
}

interface MetaView {
  title: string;
  region: string;
  templateId: string | null;
  numbering: NumberingMode;
  notation: ResponsibilityNotation;
}

/** What the page shows of the meta, with the model's defaults for fields a malformed doc lacks. */
function readMeta(doc: Y.Doc): MetaView {
  const m: Partial<PlanMeta> = PlanDoc.meta(doc);
  return {
    title: m.title ?? '',
    region: m.region ?? '',
    templateId: m.templateId ?? null,
    numbering: m.numbering ?? 'continuous',
    notation: m.responsibilityNotation ?? 'division',
  };
}

const sameMeta = (a: MetaView, b: MetaView) =>
  a.title === b.title && a.region === b.region && a.templateId === b.templateId && a.numbering === b.numbering && a.notation === b.notation;

/** What of the plan decides which export defaults apply (as exportPlanFacts reads plan JSON). */
function exportFacts(doc: Y.Doc): ExportPlanFacts {
  const m: Partial<PlanMeta> = PlanDoc.meta(doc);
  return {
    hasNotice: PlanDoc.noticeEnabled(doc),
    hasIssuer: Boolean(m.issuer?.trim() || m.signature?.trim()),
    hasTaskTable: PlanDoc.attachmentList(doc).some((a) => a.kind === 'task-table'),
    sealed: m.sealed === true,
  };
}

type Dialog = 'export' | 'share' | 'progress' | 'departments' | 'fields' | 'clauses' | 'versions' | 'round' | null;

function PlanEditorView({ api, host, planId, session, user, onSettings }: {
  api: ApiClient; host: Host; planId: string; session: PlanSession; user: UserSettings; onSettings(): void;
}) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const lock = usePlanLock(api, planId, session.subscribeAccess);
  const meta = usePlanDoc(session.planDoc, 'meta', readMeta, sameMeta);
  const departments = usePlanDoc(session.planDoc, 'departments', (d) => PlanDoc.departments(d).map((x) => x.name), shallowArrayEqual);
  const [fieldFocus, setFieldFocus] = useState<GapField | null>(null);
  const rows = useOutline(session);
  const template = useTemplate(api, planId, meta.templateId);
  const guidance = useTemplateGuidance(template);
  const [chain] = useState(() => new FocusChain());
  const [numbering] = useState(() => new NumberingStore());
  const [active] = useState(() => new ActiveEditorStore());
  const [checks] = useState(() => new CheckStore(session, user.dept || null));
  const [checksOpen, setChecksOpen] = useState(true);
  useEffect(() => () => checks.destroy(), [checks]);
  useEffect(() => checks.setDepartment(user.dept || null), [checks, user.dept]);
  // A number, not the counts object: each check run makes a new one, and this is the whole page.
  const flagged = useSyncExternalStore(checks.subscribe, () => checks.get().counts.error + checks.get().counts.warning);
  useEffect(() => numbering.setOutline(rows, meta.numbering), [numbering, rows, meta.numbering]);
  const env: PageEnv = useMemo(() => ({ session, chain, numbering, active, user, checks }), [session, chain, numbering, active, user, checks]);
  const editorEnv = useMemo(() => ({ numbering, notation: meta.notation }), [numbering, meta.notation]);
  const jump = useCallback((id: string) => {
    const heading = () => document.getElementById(`sec-${id}`);
    heading()?.scrollIntoView({ block: 'start' });
    chain.focus(`title:${id}`, 'end');
    // Sections above it may lay out only now (content-visibility): place it again, below the sticky toolbar.
    requestAnimationFrame(() => heading()?.scrollIntoView({ block: 'start' }));
  }, [chain]);
  const openField = useCallback((field: DocumentFieldKey) => {
    setFieldFocus(field);
    setDialog('fields');
  }, []);
  const checkActions = useCheckActions({ session, checks, chain, openField });
  // The export dialog's list: the 体检 errors for the kind of document chosen, over the live plan.
  const exportErrors = useCallback((kind: DocumentKind) => {
    const plan = checks.get().plan;
    return plan ? Checks.run(plan, { today: isoDay(new Date()), kind }).findings.filter((f) => f.severity === 'error') : [];
  }, [checks]);
  const titleOf = useCallback((bodyId: string) => {
    if (bodyId === PREAMBLE_BODY) return '制定依据';
    if (bodyId === CLOSING_BODY) return '结束语';
    return rows.find((r) => r.id === bodyId)?.title ?? '';
  }, [rows]);
  return (
    <PageEnvContext.Provider value={env}>
      <EditorEnvContext.Provider value={editorEnv}>
        <div className="editor-shell">
          <TopBar session={session} title={meta.title} onSettings={onSettings} actions={(
            <>
              <LockChip state={lock} />
              <button type="button" onClick={() => { setFieldFocus(null); setDialog('fields'); }}>文件信息</button>
              <button type="button" aria-pressed={checksOpen} onClick={() => setChecksOpen(!checksOpen)} title="公文体检：检查格式、标点、责任单位等问题">
                体检{flagged > 0 ? `（${flagged}）` : ''}</button>
              <button type="button" onClick={() => setDialog('export')}>导出 Word</button>
              <button type="button" onClick={() => setDialog('share')}>共享协作</button>
              <RoundNotice session={session} onOpen={() => setDialog('round')} />
            </>
          )} more={(
            <>
              <button type="button" role="menuitem" onClick={() => setDialog('progress')}>填写进度</button>
              <button type="button" role="menuitem" onClick={() => setDialog('departments')}>部门名录</button>
              <button type="button" role="menuitem" onClick={() => setDialog('versions')}>版本</button>
              <button type="button" role="menuitem" onClick={() => setDialog('round')}>征求意见</button>
              <SaveAsButton host={host} planId={planId} title={meta.title} />
            </>
          )} />
          <div className="editor-columns">
            <OutlinePane rows={rows} onJump={jump} />
            <main className="doc-scroll">
              <Toolbar onClauseLibrary={() => setDialog('clauses')} />
              <DocumentView rows={rows} title={meta.title} guidance={guidance} />
            </main>
            <aside className="side-pane">
              {checksOpen && <CheckPanel store={checks} actions={checkActions} readOnly={session.planReadOnly} />}
              <MeasureInspector notation={meta.notation} region={meta.region} />
              <GuidancePanel guidance={guidance} titleOf={titleOf} />
            </aside>
          </div>
        </div>
        {dialog === 'export' && (
          <ExportDialog api={api} host={host} planId={planId} title={meta.title} defaults={template?.exportDefaults ?? {}} facts={exportFacts(session.planDoc)}
            errors={exportErrors} onGo={(f) => {
              setDialog(null);
              checkActions.jump(f);
            }} onFixTraditional={(f) => {
              setDialog(null);
              setChecksOpen(true);
              checkActions.jump(f);
            }} onClose={() => setDialog(null)} />
        )}
        {dialog === 'fields' && (
          <DocumentFieldsPanel session={session} focus={fieldFocus} onClose={() => setDialog(null)} />
        )}
        {dialog === 'share' && (
          <ShareDialog host={host} planId={planId} departments={departments}
            onClose={() => setDialog(null)} />
        )}
        {dialog === 'departments' && <DepartmentDirectoryDialog session={session} onClose={() => setDialog(null)} />}
        {dialog === 'versions' && (
          <VersionsDialog api={api} host={host} planId={planId} userName={user.name} onClose={() => setDialog(null)} onLockChange={lock.reopen} />
        )}
        {dialog === 'round' && (
          <ReviewRoundDialog host={host} session={session} planId={planId} title={meta.title} user={user} onClose={() => setDialog(null)} />
        )}
        {dialog === 'progress' && <ProgressDialog api={api} planId={planId} onClose={() => setDialog(null)} />}
        {dialog === 'clauses' && <ClauseLibraryDialog api={api} planId={planId} onClose={() => setDialog(null)} />}
      </EditorEnvContext.Provider>
    </PageEnvContext.Provider>
  );
}
