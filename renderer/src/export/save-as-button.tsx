import { useState } from 'react';
import { PlanFileApiPaths } from '../../../main/common/api/plan-file-contract';
import type { Host } from '../host/host';

/** 另存为: the whole plan (every Yjs state) as one .planfile to e-mail or carry on USB; copies merge back. */
export function SaveAsButton({ host, planId, title }: { host: Host; planId: string; title: string }) {
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      const res = await fetch(host.serverUrl + PlanFileApiPaths.download(planId), { headers: { Authorization: `Bearer ${host.token}` } });
      if (!res.ok) throw new Error(`另存为失败（${res.status}）。`);
      const name = `${title.replace(/[\\/:*?"<>|\r\n]+/g, '').trim() || planId}.planfile`;
      await host.saveFile(name, new Uint8Array(await res.arrayBuffer()), 'application/json');
    } catch (e) {
      window.alert((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return <button type="button" disabled={busy} onClick={() => void save()} title="把整个计划保存为一个文件，可通过邮件或 U 盘传递；副本分别修改后可再合并">另存为</button>;
}
