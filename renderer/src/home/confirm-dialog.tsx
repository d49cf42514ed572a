import { useEscape } from '../ui/use-escape';

export function ConfirmDialog(props: { title: string; message: string; confirmLabel: string; confirmKind?: 'danger' | 'primary'; onCancel: () => void; onConfirm: () => void }) {
  useEscape(props.onCancel);
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="dialog" aria-modal="true" aria-label={props.title}>
        <h2>{props.title}</h2>
        <p>{props.message}</p>
        <div className="dialog-actions">
          <button type="button" onClick={props.onCancel}>取消</button>
          <button type="button" className={props.confirmKind ?? 'danger'} onClick={props.onConfirm}>{props.confirmLabel}</button>
        </div>
      </div>
    </div>
  );
}
