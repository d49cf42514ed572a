import { useState } from 'react';
import { STATES_FILE_EXTENSION } from '../../../main/common/collab/states-file';
import { fileNameFor } from '../../../main/common/file-name';
import { ApiClient, ApiError } from '../api/api-client';
import type { Host } from '../host/host';

/** 另存为: the whole plan (every Yjs state) as one states file (.planfile) to e-mail or carry on USB; copies merge back. */
export function SaveAsButton({ host, planId, title }: { host: Host; planId: string; title: string }) {
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      const bytes = await new ApiClient(host).downloadStatesFile(planId);
      await host.saveFile(fileNameFor(title, planId, STATES_FILE_EXTENSION), bytes, 'application/json');
    } catch (e) {
      window.alert(e instanceof ApiError ? `另存为失败：${e.userMessage}` : (e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return <button type="button" disabled={busy} onClick={() => void save()} title="把整个计划保存为一个文件，可通过邮件或 U 盘传递；副本分别修改后可再合并">另存为</button>;
}
