import { bodyName, changeTitle, describeChange } from '../../../main/common/diff/describe-change';
import type { PlanChange } from '../../../main/common/diff/plan-change';
import type { DiffRun } from '../../../main/common/diff/word-diff';

/** A word diff with its deletions struck through and insertions underlined, as 修订 marks look in Word/WPS. */
export function Runs({ runs, side }: { runs: readonly DiffRun[]; side?: 'old' | 'new' }) {
  return (
    <>
      {runs.map((r, i) => {
        if (r.op === 'keep') return <span key={i}>{r.text}</span>;
        if (r.op === 'delete') return side === 'new' ? null : <del key={i} className="diff-del">{r.text}</del>;
        return side === 'old' ? null : <ins key={i} className="diff-ins">{r.text}</ins>;
      })}
    </>
  );
}

/** Text runs of a change for the side-by-side view, where the change carries a word diff. */
function runsOf(c: PlanChange): DiffRun[] | null {
  if (c.kind === 'item-text' || c.kind === 'section-text' || c.kind === 'section-renamed') return c.runs;
  if (c.kind === 'item-added') return [{ op: 'insert', text: c.text }];
  if (c.kind === 'item-removed') return [{ op: 'delete', text: c.text }];
  return null;
}

/** One change: inline (a line with its marks) or side by side (old | new). */
export function ChangeRow({ change, titles, mode }: { change: PlanChange; titles: ReadonlyMap<string, string>; mode: 'inline' | 'side' }) {
  const runs = runsOf(change);
  const where = 'sectionId' in change && change.kind !== 'section-added' && change.kind !== 'section-removed' ? bodyName(change.sectionId, titles) : '';
  const label = 'label' in change ? change.label : '';
  const head = <span className={`change-kind kind-${change.kind}`}>{changeTitle(change)}</span>;
  if (mode === 'side' && runs) {
    return (
      <tr>
        <td className="change-head">{head}<span className="muted">{where} {label}</span></td>
        <td><Runs runs={runs} side="old" /></td>
        <td><Runs runs={runs} side="new" /></td>
      </tr>
    );
  }
  return (
    <tr>
      <td className="change-head">{head}<span className="muted">{where} {label}</span></td>
      <td colSpan={mode === 'side' ? 2 : 1}>{runs && change.kind !== 'item-added' && change.kind !== 'item-removed' ? <Runs runs={runs} /> : describeChange(change, titles)}</td>
    </tr>
  );
}
