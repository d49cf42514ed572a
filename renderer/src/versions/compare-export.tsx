import { useEffect, useState } from 'react';
import type { VersionSummary } from '../../../main/common/api/version-contract';
import { fileNameFor } from '../../../main/common/file-name';
import { ApiError, type ApiClient } from '../api/api-client';
import type { Host } from '../host/host';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * In the export dialog: the plan as it is now against a saved version, as a 修订稿 .docx whose
 * differences are tracked changes (w:ins / w:del) — with the dialog's export options.
 */
export function CompareExport({ api, host, planId, title, query }: { api: ApiClient; host: Host; planId: string; title: string; query: string }) {
  const [versions, setVersions] = useState<VersionSummary[]>([]);
  const [from, setFrom] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    api.call('listVersions', { planId }).then((l) => {
      setVersions(l.versions);
      setFrom(l.versions[0]?.id ?? '');
    }, () => undefined);
  }, [api, planId]);
  if (versions.length === 0) return null;
  const run = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const q = new URLSearchParams(query);
      q.set('from', from);
      const bytes = await api.call('compareDocx', { planId }, { query: q });
      const name = fileNameFor(title, '计划', `（修订稿）.docx`);
      if (await host.saveFile(name, bytes, DOCX)) setMessage({ kind: 'ok', text: `已导出“${name}”。` });
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof ApiError ? e.userMessage : String(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <fieldset className="export-options compare-export">
      <legend>修订稿</legend>
      <label className="inline-check">与版本
        <select value={from} aria-label="比较的版本" onChange={(e) => setFrom(e.target.value)}>
          {versions.map((v) => <option key={v.id} value={v.id}>{v.name}（{new Date(v.createdAt).toLocaleString('zh-CN', { hour12: false })}）</option>)}
        </select>
        比较，差异以修订标出
        <button type="button" disabled={busy || !from} onClick={() => void run()}>导出修订稿</button>
      </label>
      {message && <p className={message.kind === 'error' ? 'error-text' : 'ok-text'} role={message.kind === 'error' ? 'alert' : 'status'}>{message.text}</p>}
    </fieldset>
  );
}
