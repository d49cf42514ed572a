import { useState, type FormEvent } from 'react';
import { rememberInvite } from '../host/host';
import { ShareClient } from '../share/share-client';

/** Without a token: a colleague joins a shared plan with the 6-character code they were given. */
export function JoinPage() {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const r = await ShareClient.resolve(window.location.origin, code.trim().toUpperCase());
      rememberInvite(r.token);
      window.location.hash = `#/plan/${r.planId}`;
      window.location.reload();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <form className="fatal join" onSubmit={submit} aria-label="加入共享计划">
      <h1>加入共享计划</h1>
      <p>请输入同事给您的邀请码（6 位字母和数字），或直接打开同事发来的邀请链接。</p>
      <input value={code} onChange={(e) => setCode(e.target.value)} aria-label="邀请码" maxLength={12} placeholder="如：K7M2QX" autoFocus />
      <button type="submit" className="primary">加入</button>
      {error && <p className="error-text" role="alert">{error}</p>}
      <p className="muted">如果您是本机用户，请使用服务启动时显示的完整地址（含 ?token=…）打开。</p>
    </form>
  );
}
