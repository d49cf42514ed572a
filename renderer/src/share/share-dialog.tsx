import { useEffect, useState } from 'react';
import { roleHasDepartment, type Invite, type InviteRole } from '../../../main/common/api/share-contract';
import type { Host } from '../host/host';
import { ShareClient } from './share-client';
import { useEscape } from '../ui/use-escape';

// Ordered from most to least right: 修订 sits between 只读 and 可编辑 (issue #14).
const ROLE_LABEL: Record<InviteRole, string> = {
  edit: '可编辑', department: '部门（只能填写分配给本部门的章节，其他章节可批注）', suggest: '修订（以部门名义提出修订和批注）', read: '只读',
};

/** 共享协作: invite colleagues with a link, a short code or a QR code; 停止共享 revokes every invite. */
export function ShareDialog(props: { host: Host; planId: string; departments: string[]; onClose: () => void }) {
  useEscape(props.onClose);
  const { host, planId } = props;
  const [endpoint, setEndpoint] = useState<{ host: string; port: number } | null>(null);
  const [invites, setInvites] = useState<Invite[]>([]);
  const [role, setRole] = useState<InviteRole>('edit');
  const [department, setDepartment] = useState(props.departments[0] ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    ShareClient.list(host, planId).then(setInvites, (e: Error) => setError(e.message));
  }, [host, planId]);

  const act = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const create = () => act(async () => {
    const ep = endpoint ?? (await host.beginSharing(planId));
    setEndpoint(ep);
    const invite = await ShareClient.create(host, planId, {
      role, ...(roleHasDepartment(role) ? { department } : {}), host: ep.host, port: ep.port,
    });
    setInvites((list) => [invite, ...list]);
  });

  const stop = () => act(async () => {
    await ShareClient.revokeAll(host, planId);
    await host.endSharing(planId);
    setInvites([]);
    setEndpoint(null);
  });

  return (
    <div className="dialog-backdrop">
      <div className="dialog wide" role="dialog" aria-modal="true" aria-label="共享协作">
        <h2>共享协作</h2>
        <p className="muted">同事在浏览器中打开链接，或在“计划编制助手”中输入邀请码，即可一起编辑本计划。停止共享后，所有邀请立即失效。</p>
        <fieldset className="export-options">
          <legend>新建邀请</legend>
          {(Object.keys(ROLE_LABEL) as InviteRole[]).map((r) => (
            <label key={r}><input type="radio" name="role" checked={role === r} onChange={() => setRole(r)} />{ROLE_LABEL[r]}</label>
          ))}
          {roleHasDepartment(role) && (
            <label>部门
              <select value={department} onChange={(e) => setDepartment(e.target.value)} aria-label="邀请的部门">
                {props.departments.map((d) => <option key={d} value={d}>{d}</option>)}
              </select>
            </label>
          )}
          <div><button type="button" className="primary" disabled={busy || (roleHasDepartment(role) && !department)} onClick={() => void create()}>生成邀请</button></div>
        </fieldset>
        {error && <p className="error-text" role="alert">{error}</p>}
        <ul className="invite-list" aria-label="邀请">
          {invites.map((i) => (
            <li key={i.id} className="invite">
              <img src={ShareClient.qrUrl(host, planId, i.id)} alt={`邀请二维码 ${i.code}`} width={112} height={112} />
              <div className="invite-text">
                <div><b>{ROLE_LABEL[i.role].replace(/（.*）/, '')}</b>{i.department ? `：${i.department}` : ''}　邀请码 <code className="invite-code">{i.code}</code></div>
                <input readOnly value={i.webLink} aria-label="邀请链接" onFocus={(e) => e.currentTarget.select()} />
                <div className="invite-actions">
                  <button type="button" onClick={() => void navigator.clipboard?.writeText(i.webLink)}>复制链接</button>
                  <button type="button" className="danger-link" onClick={() => void act(async () => {
                    await ShareClient.revoke(host, planId, i.id);
                    setInvites((list) => list.filter((x) => x.id !== i.id));
                  })}>撤销</button>
                </div>
              </div>
            </li>
          ))}
          {invites.length === 0 && <li className="muted">还没有邀请。</li>}
        </ul>
        <div className="dialog-actions">
          <button type="button" className="danger" disabled={busy || invites.length === 0} onClick={() => void stop()}>停止共享</button>
          <button type="button" onClick={props.onClose}>关闭</button>
        </div>
      </div>
    </div>
  );
}
