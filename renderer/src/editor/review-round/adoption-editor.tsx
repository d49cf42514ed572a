import { useState } from 'react';
import { DECISION_LABELS, ROUND_DECISIONS, type OpinionKind, type ReviewRound, type RoundDecision, type RoundOpinion } from '../../../../main/common/model/review-round';

/** Where an opinion came from: the department's 修订 or 批注 in the text, or a letter entered here. */
const KIND_LABELS: Record<OpinionKind, string> = { suggestion: '修订', comment: '批注', letter: '书面' };

/**
 * The opinions and the office's decisions (是否采纳, 理由), from which the 采纳情况表 is built. Opinions
 * that came on paper (反馈意见函) are entered here; 理由 is asked for when an opinion is not (fully) taken.
 */
export function AdoptionEditor({ round, readOnly, onAdd, onDecide, onRemove }: {
  round: ReviewRound; readOnly: boolean;
  onAdd(o: Pick<RoundOpinion, 'department' | 'place' | 'content'>): void;
  onDecide(o: RoundOpinion, decision: RoundDecision | null, reason: string): void;
  /** Deleted from the table: an opinion collected from the text stays deleted (RoundCollect.sourcesOf). */
  onRemove(o: RoundOpinion): void;
}) {
  const [department, setDepartment] = useState(round.departments[0]?.name ?? '');
  const [place, setPlace] = useState('');
  const [content, setContent] = useState('');
  const add = () => {
    if (!department || !content.trim()) return;
    onAdd({ department, place: place.trim(), content: content.trim() });
    setPlace('');
    setContent('');
  };
  return (
    <div className="adoption-editor">
      <h3>意见及采纳情况</h3>
      {round.opinions.length === 0 && <p className="muted">还没有登记意见。</p>}
      {round.opinions.length > 0 && (
        <table>
          <thead><tr><th>单位</th><th>意见内容</th><th>是否采纳</th><th>理由</th>{!readOnly && <th />}</tr></thead>
          <tbody>
            {round.opinions.map((o) => (
              <tr key={o.id}>
                <td>{o.department}</td>
                <td><span className={`opinion-kind ${o.kind}`}>{KIND_LABELS[o.kind]}</span>{o.place && <span className="muted">{o.place}：</span>}{o.content}</td>
                <td>
                  <select aria-label={`是否采纳：${o.content}`} disabled={readOnly} value={o.decision ?? ''}
                    onChange={(e) => onDecide(o, (e.target.value || null) as RoundDecision | null, o.reason)}>
                    <option value="">待定</option>
                    {ROUND_DECISIONS.map((d) => <option key={d} value={d}>{DECISION_LABELS[d]}</option>)}
                  </select>
                </td>
                <td>
                  <input key={o.reason} aria-label={`理由：${o.content}`} disabled={readOnly} defaultValue={o.reason}
                    placeholder={o.decision && o.decision !== 'accepted' ? '请填写理由' : ''}
                    onBlur={(e) => { if (e.target.value !== o.reason) onDecide(o, o.decision, e.target.value); }} />
                </td>
                {!readOnly && <td><button type="button" aria-label={`删除意见：${o.content}`} onClick={() => onRemove(o)}>删除</button></td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!readOnly && (
        <div className="adoption-add">
          <select aria-label="意见单位" value={department} onChange={(e) => setDepartment(e.target.value)}>
            {round.departments.map((d) => <option key={d.name} value={d.name}>{d.name}</option>)}
          </select>
          <input aria-label="意见位置" placeholder="位置（如 二、（一））" value={place} onChange={(e) => setPlace(e.target.value)} />
          <input aria-label="意见内容" placeholder="意见内容（如部门书面反馈的意见）" value={content} onChange={(e) => setContent(e.target.value)}
            onKeyDown={(e) => { if (e.key === 'Enter') add(); }} />
          <button type="button" onClick={add} disabled={!content.trim()}>登记意见</button>
        </div>
      )}
    </div>
  );
}
