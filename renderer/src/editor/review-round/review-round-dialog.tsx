import { useEffect, useState } from 'react';
import { PlanDoc } from '../../../../main/common/collab/plan-doc';
import { RoundOps } from '../../../../main/common/collab/round-ops';
import { RoundCollect } from '../../../../main/common/review/round-collect';
import { localIsoDate } from '../../../../main/common/model/chinese-date';
import { Ids } from '../../../../main/common/model/ids';
import type { Invite } from '../../../../main/common/api/share-contract';
import type { ReviewRound, RoundAnswer } from '../../../../main/common/model/review-round';
import type { Host } from '../../host/host';
import { ShareClient } from '../../share/share-client';
import { useEscape } from '../../ui/use-escape';
import type { PlanSession } from '../collab/plan-session';
import { usePlanDoc } from '../collab/use-plan-doc';
import { AdoptionEditor } from './adoption-editor';
import { RoundBoard } from './round-board';
import { RoundClient } from './round-client';
import { RoundStartForm, type RoundStart } from './round-start-form';
import { useRoundRespondents, useRoundWithText } from './use-round-respondents';
import { decideRoundMarks } from './decide-round-marks';
import { usePageEnv } from '../page-env';

const sameRound = (a: ReviewRound | null, b: ReviewRound | null) => JSON.stringify(a) === JSON.stringify(b);

/**
 * 征求意见: the owner (or an edit grant) starts a round — an invite per department, a deadline — follows
 * the board, records opinions and decisions, exports the 采纳情况表 and ends the round (its invites are
 * revoked). A department sees the round and answers 无意见 or 意见已提交 for itself.
 */
export function ReviewRoundDialog({ host, session, planId, title, user, onClose }: {
  host: Host; session: PlanSession; planId: string; title: string; user: { name: string; dept: string }; onClose(): void;
}) {
  const round = usePlanDoc(session.planDoc, 'round', RoundOps.read, sameRound);
  const departments = usePlanDoc(session.planDoc, 'departments', (d) => PlanDoc.departments(d).map((x) => x.name), (a, b) => a.join() === b.join());
  const canManage = !session.planReadOnly;
  const [starting, setStarting] = useState(round === null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [codes, setCodes] = useState<Map<string, string>>(new Map());
  const today = localIsoDate(new Date());
  const { checks } = usePageEnv();
  const inText = useRoundRespondents(round !== null && !round.closed);
  const withText = useRoundWithText(round);
  useEscape(onClose);

  // Invite codes are the owner's to read (listInvites is an owner route).
  const inviteKey = round?.departments.map((d) => d.inviteId).join() ?? '';
  useEffect(() => {
    if (!canManage || !round) return;
    let live = true;
    ShareClient.list(host, planId).then((invites) => {
      if (!live) return;
      const byId = new Map(invites.map((i) => [i.id, i.code]));
      setCodes(new Map(round.departments.flatMap((d) => (d.inviteId && byId.has(d.inviteId) ? [[d.name, byId.get(d.inviteId)!] as const] : []))));
    }).catch(() => undefined);
    return () => { live = false; };
  }, [host, planId, canManage, inviteKey, round]);

  const run = async (what: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await what();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const start = (s: RoundStart) => run(async () => {
    // The version first: if saving it fails, no invite has been sent yet.
    const versionId = await RoundClient.saveVersion(host, planId, '征求意见稿', user.name);
    const invites: Invite[] = [];
    // 修订 grant: a department answers with suggestions and comments, never by changing the text itself.
    for (const department of s.departments) invites.push(await ShareClient.create(host, planId, { role: 'suggest', department }));
    RoundOps.start(session.planDoc, {
      id: Ids.create('r'), name: s.name, deadline: s.deadline, startedAt: new Date().toISOString(), startedBy: user.dept || user.name,
      versionId, closed: false, opinions: [],
      departments: s.departments.map((name, i) => ({ name, inviteId: invites[i]!.id, answer: 'pending', answeredAt: null })),
    });
    setStarting(false);
  });
  const answer = (department: string | undefined, a: RoundAnswer) => run(() => RoundClient.answer(host, planId, a, department));
  const close = () => run(async () => {
    for (const d of round?.departments ?? []) if (d.inviteId) await ShareClient.revoke(host, planId, d.inviteId).catch(() => undefined);
    RoundOps.close(session.planDoc);
  });
  // 汇总意见 when the board opens (and on demand): the departments' 修订 and 批注 become opinions in the table.
  const [collected, setCollected] = useState<string | null>(null);
  const collect = () => run(async () => {
    const added = await RoundClient.collect(host, planId);
    setCollected(added > 0 ? `已从正文汇总 ${added} 条意见。` : '正文中没有新的修订或批注。');
  });
  // Once per opening of the dialog, if a round is running (a round just started has nothing to collect yet,
  // and the server may not have its start yet); the button collects again.
  useEffect(() => {
    if (canManage && round !== null && !round.closed) void collect();
  }, []);
  const save = (kind: 'docx' | 'xlsx') => run(() => RoundClient.saveAdoption(host, planId, title, kind));

  return (
    <div className="dialog-backdrop">
      <div className="dialog review-round" role="dialog" aria-modal="true" aria-label="征求意见">
        <h2>征求意见</h2>
        {starting && canManage ? (
          <RoundStartForm departments={departments} busy={busy} onStart={(s) => void start(s)} onCancel={() => (round ? setStarting(false) : onClose())} />
        ) : round === null ? (
          <p className="muted">本计划尚未发起征求意见。</p>
        ) : (
          <>
            <RoundBoard round={round} withText={withText ?? round} today={today} inText={inText} codes={codes} canManage={canManage} onAnswer={(d, a) => void answer(d, a)} />
            {!canManage && !round.closed && (
              <>
                <p className="muted">请在正文中直接以修订和批注提出意见，起草单位汇总后列入采纳情况表；没有意见的，请答复“无意见”。</p>
                <p className="round-own-answer">
                  本部门答复：
                  <button type="button" disabled={busy} onClick={() => void answer(undefined, 'no-opinion')}>无意见</button>{' '}
                  <button type="button" disabled={busy} onClick={() => void answer(undefined, 'answered')}>意见已提交</button>
                </p>
              </>
            )}
            {canManage && !round.closed && (
              <p className="round-collect">
                <button type="button" disabled={busy} onClick={() => void collect()}>汇总意见</button>
                <span className="muted">{collected ?? '各部门在正文中的修订和批注自动列入下表。'}</span>
              </p>
            )}
            <AdoptionEditor round={round} readOnly={!canManage}
              onAdd={(o) => RoundOps.putOpinion(session.planDoc, { ...o, id: Ids.create('o'), kind: 'letter', decision: null, reason: '', at: new Date().toISOString() })}
              onDecide={(o, decision, reason) => {
                RoundOps.decide(session.planDoc, o.id, decision, reason);
                // 采纳 / 不予采纳 of a 修订 applies it in the text, as 接受 / 拒绝 in the margin does (部分采纳: the office edits by hand).
                const marks = RoundCollect.marksOf(o);
                if (decision !== o.decision && (decision === 'accepted' || decision === 'rejected') && marks.length > 0) {
                  void decideRoundMarks(session, (id) => checks.editorOf(id), marks, decision === 'accepted' ? 'accept' : 'reject');
                }
              }}
              onRemove={(o) => RoundOps.removeOpinion(session.planDoc, o.id, RoundCollect.sourcesOf(o))} />
          </>
        )}
        {error && <p className="error-text" role="alert">{error}</p>}
        {!starting && (
          <div className="dialog-actions">
            {canManage && round && <button type="button" disabled={busy} onClick={() => void save('docx')}>导出采纳情况表（Word）</button>}
            {canManage && round && <button type="button" disabled={busy} onClick={() => void save('xlsx')}>导出采纳情况表（Excel）</button>}
            {canManage && round && !round.closed && <button type="button" disabled={busy} onClick={() => void close()}>结束征求意见</button>}
            {canManage && (round === null || round.closed) && <button type="button" className="primary" onClick={() => setStarting(true)}>发起征求意见</button>}
            <button type="button" onClick={onClose}>关闭</button>
          </div>
        )}
      </div>
    </div>
  );
}
