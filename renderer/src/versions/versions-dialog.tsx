import { useCallback, useEffect, useMemo, useState } from 'react';
import { LOCKING_VERSION_NAME, VERSION_NAME_PRESETS, type VersionSummary } from '../../../main/common/api/version-contract';
import type { RouteResponseValue } from '../../../main/common/api/api-routes';
import { PlanDiff } from '../../../main/common/diff/plan-diff';
import type { PlanChange } from '../../../main/common/diff/plan-change';
import { fileNameFor } from '../../../main/common/file-name';
import type { Plan } from '../../../main/common/model/plan';
import { ApiError, type ApiClient } from '../api/api-client';
import type { Host } from '../host/host';
import { useEscape } from '../ui/use-escape';
import { ChangeRow } from './change-view';
import { VersionView } from './version-view';

type Listing = RouteResponseValue<'listVersions'>;
const NOW = 'now';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const KIND_LABEL: Record<VersionSummary['kind'], string> = { manual: '手动保存', export: '导出时', round: '征求意见开始时' };
const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });
const message = (e: unknown) => (e instanceof ApiError ? e.userMessage : String((e as Error)?.message ?? e));

/**
 * 版本 (更多 menu): save a named version (初稿, 征求意见稿, 送审稿, 签发稿 or any name), list them, open one
 * read-only, compare two (or one and now) inline or side by side, restore one as new edits, download
 * the difference as a 修订稿, and — for the owner — unlock a plan a 签发稿 locked.
 */
export function VersionsDialog({ api, host, planId, userName, onClose, onLockChange }: {
  api: ApiClient; host: Host; planId: string; userName: string; onClose(): void; onLockChange(): void;
}) {
  useEscape(onClose);
  const [listing, setListing] = useState<Listing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [name, setName] = useState<string>(VERSION_NAME_PRESETS[0]);
  const [busy, setBusy] = useState(false);
  const [viewing, setViewing] = useState<{ summary: VersionSummary; plan: Plan } | null>(null);
  const [compare, setCompare] = useState<{ from: string; to: string } | null>(null);
  const refresh = useCallback(() => api.call('listVersions', { planId }).then(setListing, (e: unknown) => setError(message(e))), [api, planId]);
  useEffect(() => void refresh(), [refresh]);

  const act = async (what: () => Promise<string | null>) => {
    setBusy(true);
    setError(null);
    setNote(null);
    try {
      setNote(await what());
      await refresh();
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  };
  const save = () => act(async () => {
    const r = await api.call('saveVersion', { planId }, { body: { name, author: userName } });
    if (r.lock) onLockChange();
    return r.lock ? `已保存“${r.version.name}”，计划已锁定，所有人都不能再修改，直到计划所有者解锁。` : `已保存版本“${r.version.name}”。`;
  });
  const restore = (v: VersionSummary) => act(async () => {
    if (!window.confirm(`把计划恢复为“${v.name}”（${when(v.createdAt)}）的内容？\n恢复作为一次新的修改进行，正在编辑的同事会同步看到；之后的内容不会丢失，可保存为版本后再恢复。`)) return null;
    const r = await api.call('restoreVersion', { planId, versionId: v.id });
    return r.changedDocuments === 0 ? '计划内容已与该版本相同，无需恢复。' : `已恢复为“${v.name}”（修改了 ${r.changedDocuments} 个文档）。`;
  });
  const unlock = () => act(async () => {
    await api.call('unlockPlan', { planId });
    onLockChange();
    return '已解锁，可以继续编辑。';
  });
  const view = (v: VersionSummary) => act(async () => {
    setViewing({ summary: v, plan: (await api.call('getVersion', { planId, versionId: v.id })).plan });
    return null;
  });

  const versions = listing?.versions ?? [];
  const lock = listing?.lock ?? null;
  return (
    <div className="dialog-backdrop">
      <div className="dialog wide versions-dialog" role="dialog" aria-modal="true" aria-label="版本">
        <h2>版本</h2>
        {lock && (
          <div className="banner lock-banner" role="status">
            已锁定（{lock.versionName}）· {lock.lockedBy} 于 {when(lock.lockedAt)} 锁定，所有人都不能修改。
            {listing?.you.owner && <button type="button" disabled={busy} onClick={() => void unlock()}>解锁</button>}
          </div>
        )}
        {listing?.you.canEdit && (
          <div className="version-save">
            <input list="version-presets" value={name} maxLength={40} aria-label="版本名称" onChange={(e) => setName(e.target.value)} />
            <datalist id="version-presets">{VERSION_NAME_PRESETS.map((p) => <option key={p} value={p} />)}</datalist>
            <button type="button" className="primary" disabled={busy || !name.trim()} onClick={() => void save()}>保存版本</button>
            {name.trim() === LOCKING_VERSION_NAME && <span className="muted">保存签发稿后计划将被锁定</span>}
          </div>
        )}
        {error && <p className="error-text" role="alert">{error}</p>}
        {note && <p className="ok-text" role="status">{note}</p>}
        {viewing ? (
          <>
            <p><button type="button" className="link-button" onClick={() => setViewing(null)}>← 返回版本列表</button>
              “{viewing.summary.name}”（{viewing.summary.author}，{when(viewing.summary.createdAt)}）· 只读</p>
            <VersionView plan={viewing.plan} />
          </>
        ) : compare ? (
          <CompareView api={api} host={host} planId={planId} versions={versions} owner={listing?.you.owner ?? false} pick={compare} onPick={setCompare} onBack={() => setCompare(null)} />
        ) : (
          <VersionTable versions={versions} busy={busy} canEdit={(listing?.you.canEdit ?? false) && !lock} onView={view} onRestore={restore}
            onCompare={(v) => setCompare({ from: v.id, to: NOW })} loading={!listing && !error} />
        )}
        <div className="dialog-actions"><button type="button" onClick={onClose}>关闭</button></div>
      </div>
    </div>
  );
}

function VersionTable({ versions, busy, canEdit, loading, onView, onRestore, onCompare }: {
  versions: VersionSummary[]; busy: boolean; canEdit: boolean; loading: boolean;
  onView(v: VersionSummary): void; onRestore(v: VersionSummary): void; onCompare(v: VersionSummary): void;
}) {
  if (loading) return <p className="muted">正在读取版本…</p>;
  if (versions.length === 0) return <p className="muted">还没有保存过版本。保存一个“初稿”，以后可以与它比较或恢复到它。</p>;
  return (
    <table className="progress-table versions-table">
      <thead><tr><th>版本</th><th>保存人</th><th>时间</th><th /></tr></thead>
      <tbody>
        {versions.map((v) => (
          <tr key={v.id}>
            <td><strong>{v.name}</strong>{v.kind !== 'manual' && <span className="muted">（{KIND_LABEL[v.kind]}）</span>}</td>
            <td>{v.author}</td>
            <td>{when(v.createdAt)}</td>
            <td className="row-actions">
              <button type="button" disabled={busy} onClick={() => onView(v)}>查看</button>
              <button type="button" disabled={busy} onClick={() => onCompare(v)}>比较</button>
              {canEdit && <button type="button" disabled={busy} onClick={() => onRestore(v)}>恢复</button>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Two versions (or one and now), their plan-level changes inline or side by side, and the 修订稿 download. */
function CompareView({ api, host, planId, versions, owner, pick, onPick, onBack }: {
  api: ApiClient; host: Host; planId: string; versions: VersionSummary[]; owner: boolean;
  pick: { from: string; to: string }; onPick(p: { from: string; to: string }): void; onBack(): void;
}) {
  const [mode, setMode] = useState<'inline' | 'side'>('inline');
  const [result, setResult] = useState<{ changes: PlanChange[]; titles: Map<string, string> } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setResult(null);
    const load = (id: string) => (id === NOW ? api.plan(planId) : api.call('getVersion', { planId, versionId: id }).then((v) => v.plan));
    Promise.all([load(pick.from), load(pick.to)]).then(([a, b]) => {
      if (live) setResult({ changes: PlanDiff.compare(a, b), titles: new Map([...PlanDiff.sectionTitles(a), ...PlanDiff.sectionTitles(b)]) });
    }, (e: unknown) => live && setError(message(e)));
    return () => { live = false; };
  }, [api, planId, pick.from, pick.to]);
  const nameOf = useMemo(() => new Map(versions.map((v) => [v.id, v.name])), [versions]);
  const download = async () => {
    try {
      const query = new URLSearchParams({ from: pick.from, ...(pick.to === NOW ? {} : { to: pick.to }) });
      const bytes = await api.call('compareDocx', { planId }, { query });
      await host.saveFile(fileNameFor(`修订稿（${nameOf.get(pick.from) ?? ''}→${pick.to === NOW ? '当前' : nameOf.get(pick.to) ?? ''}）`, '修订稿', '.docx'), bytes, DOCX);
    } catch (e) {
      setError(message(e));
    }
  };
  const option = (v: VersionSummary) => <option key={v.id} value={v.id}>{v.name}（{when(v.createdAt)}）</option>;
  return (
    <div className="compare-view">
      <div className="compare-pick">
        <button type="button" className="link-button" onClick={onBack}>← 返回</button>
        <label>旧版本<select value={pick.from} onChange={(e) => onPick({ ...pick, from: e.target.value })}>{versions.map(option)}</select></label>
        <label>新版本<select value={pick.to} onChange={(e) => onPick({ ...pick, to: e.target.value })}><option value={NOW}>当前内容</option>{versions.map(option)}</select></label>
        <span className="segmented" role="group" aria-label="显示方式">
          <button type="button" aria-pressed={mode === 'inline'} onClick={() => setMode('inline')}>逐条</button>
          <button type="button" aria-pressed={mode === 'side'} onClick={() => setMode('side')}>并排</button>
        </span>
        {owner && <button type="button" onClick={() => void download()} title="差异以修订（插入/删除）标出，可在 Word/WPS 中逐条接受或拒绝">导出修订稿</button>}
      </div>
      {error && <p className="error-text" role="alert">{error}</p>}
      {!result && !error && <p className="muted">正在比较…</p>}
      {result && result.changes.length === 0 && <p className="ok-text">两个版本没有差别。</p>}
      {result && result.changes.length > 0 && (
        <>
          <p className="muted">共 {result.changes.length} 处修改</p>
          <table className="progress-table changes-table">
            {mode === 'side' && <thead><tr><th /><th>旧版本</th><th>新版本</th></tr></thead>}
            <tbody>{result.changes.map((c, i) => <ChangeRow key={i} change={c} titles={result.titles} mode={mode} />)}</tbody>
          </table>
        </>
      )}
    </div>
  );
}
