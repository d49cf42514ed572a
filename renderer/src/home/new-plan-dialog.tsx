import { useState, type FormEvent } from 'react';
import type { TemplateSummary } from '../../../main/common/templates/template';
import { unitWord } from '../../../main/common/templates/instantiate';
import { COUNTY_DIRECTORY } from '../../../main/common/units';
import { ApiError } from '../api/api-client';
import { useEscape } from '../ui/use-escape';

export interface NewPlanInput {
  region: string;
  year: number;
  issuer: string;
  leadDepartment: string;
  /** Member departments chosen from the county directory; absent: the template's list. */
  departments?: string[];
}

/** The short form of 新建计划: the template fills in the rest. */
export function NewPlanDialog(props: { template: TemplateSummary; onCancel: () => void; onCreate: (input: NewPlanInput) => Promise<void> }) {
  useEscape(props.onCancel);
  const [region, setRegion] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [issuer, setIssuer] = useState('');
  const [lead, setLead] = useState('');
  // Directory entries by base name (市场监督管理局); the level prefix follows the region (旗/县/区).
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const prefix = region.trim() ? unitWord(region) : '县';
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const y = Number(year);
    if (!region.trim()) return setError('请填写地区名称，例如“鄂托克前旗”。');
    if (!Number.isInteger(y) || y < 2000 || y > 2100) return setError('年度应为 2000 至 2100 之间的四位数字。');
    setBusy(true);
    try {
      await props.onCreate({ region: region.trim(), year: y, issuer: issuer.trim(), leadDepartment: lead.trim(),
        ...(chosen.size > 0 ? { departments: COUNTY_DIRECTORY.filter((d) => chosen.has(d.base)).map((d) => prefix + d.base) } : {}) });
    } catch (err) {
      setError(err instanceof ApiError ? err.userMessage : String(err));
      setBusy(false);
    }
  };

  return (
    <div className="dialog-backdrop">
      <form className="dialog" role="dialog" aria-modal="true" aria-label="新建计划" onSubmit={submit}>
        <h2>新建计划：{props.template.name}</h2>
        <label>地区名称<input name="region" value={region} onChange={(e) => setRegion(e.target.value)} placeholder="如：鄂托克前旗" autoFocus /></label>
        <label>年度<input name="year" value={year} onChange={(e) => setYear(e.target.value)} inputMode="numeric" /></label>
        <label>发文机关<input name="issuer" value={issuer} onChange={(e) => setIssuer(e.target.value)} placeholder="默认：地区名称＋人民政府" /></label>
        <label>牵头部门<input name="leadDepartment" value={lead} onChange={(e) => setLead(e.target.value)} placeholder="默认：市场监督管理局" /></label>
        <fieldset className="member-departments">
          <legend>成员单位（来自部门名录；不选则用模板的名单）</legend>
          <div className="member-departments-list">
            {COUNTY_DIRECTORY.map((d) => (
              <label key={d.base} className="checkbox"><input type="checkbox" checked={chosen.has(d.base)}
                onChange={(e) => setChosen((s) => { const n = new Set(s); if (e.target.checked) n.add(d.base); else n.delete(d.base); return n; })} />{prefix}{d.base}</label>
            ))}
          </div>
        </fieldset>
        {error && <p className="error-text" role="alert">{error}</p>}
        <div className="dialog-actions">
          <button type="button" onClick={props.onCancel}>取消</button>
          <button type="submit" className="primary" disabled={busy}>{busy ? '正在创建…' : '创建'}</button>
        </div>
      </form>
    </div>
  );
}
