import { useEffect, useState, type ReactNode } from 'react';
import { DocumentFields, type DocumentFieldKey, type DocumentFieldValues } from '../../../../main/common/collab/document-fields';
import type { GapField } from '../../../../main/common/checks/document-gaps';
import { chineseDate } from '../../../../main/common/model/chinese-date';
import { DocNumber } from '../../../../main/common/model/doc-number';
import { SECRECY_LEVELS, URGENCY_LEVELS, type SecrecyLevel, type UrgencyLevel } from '../../../../main/common/model/meta';
import { useEscape } from '../../ui/use-escape';
import type { PlanSession } from '../collab/plan-session';
import { usePlanReadOnly } from '../collab/use-plan-read-only';
import { FieldInput, listText, parseCount } from './field-input';
import { useDocumentFields, useNoticeTitle } from './use-document-fields';

/** The element id of a field's (first) input, for links from the export dialog. */
export const fieldInputId = (field: GapField) => `docfield-${field === 'docNumber' ? 'docNumber-agency' : field}`;

/**
 * 文件信息: what makes the plan an issuable 文件 (GB/T 9704 7.2-7.4) — 发文机关, 发文字号, the optional
 * 版头 marks, 主送, 落款, 附注, 版记 and the 印发通知's title. Co-edited through the plan doc (each field
 * last-writer-wins, DocumentFields); read-only for read and department tokens, whose writes the server
 * refuses anyway.
 */
export function DocumentFieldsPanel({ session, focus, onClose }: { session: PlanSession; focus: GapField | null; onClose(): void }) {
  const f = useDocumentFields(session);
  const noticeTitle = useNoticeTitle(session);
  const readOnly = usePlanReadOnly(session);
  const [error, setError] = useState<string | null>(null);
  useEscape(onClose);
  useEffect(() => {
    const el = document.getElementById(fieldInputId(focus ?? 'issuer'));
    if (el instanceof HTMLElement) {
      el.scrollIntoView({ block: 'center' });
      el.focus();
    }
  }, [focus]);
  const set = <K extends DocumentFieldKey>(key: K, value: DocumentFieldValues[K]) => {
    const r = DocumentFields.set(session.planDoc, key, value);
    setError(r.ok ? null : r.error.message);
  };
  const num = f.docNumber ?? { agency: '', year: null, serial: null };
  const setNum = (patch: Partial<typeof num>) => set('docNumber', { ...num, ...patch });
  const text = (key: 'issuer' | 'signature' | 'printer' | 'note' | 'mark' | 'copyNumber' | 'secrecyTerm', label: string, extra: { placeholder?: string; nullable?: boolean; hint?: string } = {}) => (
    <Field label={label} hint={extra.hint}>
      <FieldInput id={fieldInputId(key)} value={f[key] ?? ''} disabled={readOnly} placeholder={extra.placeholder}
        onCommit={(t) => set(key, (extra.nullable && t.trim() === '' ? null : t) as never)} />
    </Field>
  );
  const list = (key: 'mainRecipients' | 'copyTo' | 'signers', label: string, hint: string) => (
    <Field label={label} hint={hint}>
      <FieldInput id={fieldInputId(key)} value={listText.format(f[key])} disabled={readOnly} onCommit={(t) => set(key, listText.parse(t))} />
    </Field>
  );
  const date = (key: 'date' | 'printDate', label: string) => (
    <Field label={label} hint={f[key] ? `印作：${chineseDate(f[key])}` : '未填写'}>
      <input id={fieldInputId(key)} type="date" value={f[key] ?? ''} disabled={readOnly} onChange={(e) => set(key, e.target.value || null)} />
    </Field>
  );
  return (
    <div className="dialog-backdrop">
      <div className="dialog wide fields-panel" role="dialog" aria-modal="true" aria-label="文件信息">
        <h2>文件信息</h2>
        {readOnly
          ? <p className="muted" role="note">只读：文件信息由计划创建者或有编辑权限的成员填写。</p>
          : <p className="muted">导出“红头文件”时使用（GB/T 9704）。修改即时保存，协作成员同时可见。</p>}
        <div className="fields-grid">
        <Group title="发文机关">
          {text('issuer', '发文机关')}
          {text('mark', '发文机关标志', { placeholder: f.issuer ? `${f.issuer.replace(/文件$/, '')}文件` : '', nullable: true, hint: '留空则为“发文机关＋文件”' })}
          {text('signature', '署名', { hint: '落款中的发文机关署名' })}
        </Group>
        <Group title="发文字号">
          <div className="docnumber-parts">
            <Field label="机关代字"><FieldInput id={fieldInputId('docNumber')} value={num.agency} disabled={readOnly} placeholder="如 某政发" onCommit={(t) => setNum({ agency: t.trim() })} /></Field>
            <Field label="年份"><FieldInput id="docfield-docNumber-year" value={num.year === null ? '' : String(num.year)} disabled={readOnly} inputMode="numeric"
              onCommit={(t) => { const n = parseCount(t); if (n !== undefined && (n === null || (n >= 1949 && n <= 2200))) setNum({ year: n }); }} /></Field>
            <Field label="序号"><FieldInput id="docfield-docNumber-serial" value={num.serial === null ? '' : String(num.serial)} disabled={readOnly} inputMode="numeric"
              onCommit={(t) => { const n = parseCount(t); if (n !== undefined) setNum({ serial: n }); }} /></Field>
          </div>
          <p className="field-preview" aria-label="发文字号预览">{DocNumber.format(f.docNumber) || '（未填写）'}</p>
        </Group>
        <Group title="版头（可选）">
          {list('signers', '签发人', '上行文填写，多人以“、”分隔')}
          {text('copyNumber', '份号', { nullable: true, hint: '6 位数字，如 000123' })}
          <div className="docnumber-parts">
            <Field label="密级">
              <select id={fieldInputId('secrecy')} value={f.secrecy ?? ''} disabled={readOnly} onChange={(e) => set('secrecy', (e.target.value || null) as SecrecyLevel | null)}>
                <option value="">（无）</option>{SECRECY_LEVELS.map((l) => <option key={l} value={l}>{l}</option>)}
              </select>
            </Field>
            {text('secrecyTerm', '保密期限', { nullable: true, placeholder: '如 5年' })}
            <Field label="紧急程度">
              <select id={fieldInputId('urgency')} value={f.urgency ?? ''} disabled={readOnly} onChange={(e) => set('urgency', (e.target.value || null) as UrgencyLevel | null)}>
                <option value="">（无）</option>{URGENCY_LEVELS.map((l) => <option key={l} value={l}>{l}</option>)}
              </select>
            </Field>
          </div>
        </Group>
        <Group title="主送与落款">
          {noticeTitle !== null && (
            <Field label="印发通知标题">
              <FieldInput id={fieldInputId('noticeTitle')} value={noticeTitle} disabled={readOnly} onCommit={(t) => DocumentFields.setNoticeTitle(session.planDoc, t)} />
            </Field>
          )}
          {list('mainRecipients', '主送机关', '多个以“、”分隔')}
          {date('date', '成文日期')}
          <label className="inline-check"><input id={fieldInputId('sealed')} type="checkbox" checked={f.sealed} disabled={readOnly} onChange={(e) => set('sealed', e.target.checked)} />加盖印章</label>
          {text('note', '附注', { nullable: true, placeholder: '如 此件公开发布' })}
        </Group>
        <Group title="版记">
          {list('copyTo', '抄送机关', '多个以“、”分隔')}
          {text('printer', '印发机关', { nullable: true })}
          {date('printDate', '印发日期')}
        </Group>
        </div>
        {error && <p className="error-text" role="alert">{error}</p>}
        <div className="dialog-actions"><button type="button" className="primary" onClick={onClose}>完成</button></div>
      </div>
    </div>
  );
}

function Group({ title, children }: { title: string; children: ReactNode }) {
  return <fieldset className="fields-group"><legend>{title}</legend>{children}</fieldset>;
}

function Field({ label, hint, children }: { label: string; hint?: string | undefined; children: ReactNode }) {
  return <label>{label}{children}{hint && <span className="field-hint">{hint}</span>}</label>;
}
