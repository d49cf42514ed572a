import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { apiPath } from '../../main/common/api/api-routes';
import * as Y from 'yjs';
import { BodyDoc } from '../../main/common/collab/body-doc';
import { DocNames } from '../../main/common/collab/doc-names';
import { RoundOps } from '../../main/common/collab/round-ops';
import type { ReviewRound } from '../../main/common/model/review-round';
import type { Plan } from '../../main/common/model/plan';
import { paragraphTexts } from '../unit/docx/docx-kit';
import { createInvite, createPlan, eventually, type Harness, serverPerTest } from './helpers/server-harness';
import { createClient, synced } from './helpers/yjs-client';

const { cleanup, server } = serverPerTest();

const ROUND: ReviewRound = {
  id: 'r-1', name: '征求意见稿', deadline: '2025-03-20', startedAt: '2025-03-10T08:00:00.000Z', startedBy: '县市场监管局',
  versionId: null, closed: false,
  departments: [
    { name: '县发展和改革局', inviteId: null, answer: 'pending', answeredAt: null },
    { name: '县财政局', inviteId: null, answer: 'pending', answeredAt: null },
  ],
  opinions: [],
};

/** The owner starts the round in the plan doc, as the editor does. */
async function startRound(h: Harness, planId: string, round: ReviewRound = ROUND) {
  const { TEST_TOKEN } = await import('./helpers/server-harness');
  const c = createClient(h.server.wsUrl, TEST_TOKEN);
  cleanup.push(() => c.destroy());
  const plan = await c.open(DocNames.plan(planId));
  await synced(plan.provider);
  RoundOps.start(plan.doc, round);
  await eventually(async () => expect(((await (await h.api(apiPath('getPlan', { planId }))).json()) as Plan).round?.id).toBe(round.id));
  return plan;
}

const answer = (h: Harness, planId: string, token: string, body: object) => h.api(apiPath('roundAnswer', { planId }), {
  method: 'POST', token, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
});

describe('POST /api/plans/:id/round/answer', () => {
  it('a department of the round answers 无意见 for itself; every editor of the plan doc sees it', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const ownerDoc = await startRound(h, planId);
    const dept = await createInvite(h, planId, { role: 'department', department: '县财政局' });

    const res = await answer(h, planId, dept.token, { answer: 'no-opinion' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { round: ReviewRound };
    expect(body.round.departments.find((d) => d.name === '县财政局')?.answer).toBe('no-opinion');
    expect(body.round.departments.find((d) => d.name === '县发展和改革局')?.answer).toBe('pending');
    await eventually(() => expect(RoundOps.read(ownerDoc.doc)?.departments.find((d) => d.name === '县财政局')?.answer).toBe('no-opinion'));
    expect(h.logs.some((l) => l.includes('县财政局 answered the review round (no-opinion)'))).toBe(true);
  });

  it('refuses a department not asked, a department answering for another, a read invite, a wrong token; nothing changes', async () => {
    const h = await server();
    const planId = await createPlan(h);
    await startRound(h, planId);
    const other = await createInvite(h, planId, { role: 'department', department: '县教育局' });
    const dept = await createInvite(h, planId, { role: 'department', department: '县财政局' });
    const reader = await createInvite(h, planId, { role: 'read' });

    const notAsked = await answer(h, planId, other.token, { answer: 'no-opinion' });
    expect(notAsked.status).toBe(403);
    expect(((await notAsked.json()) as { error: { message: string } }).error.message).toContain('未征求“县教育局”的意见');
    expect((await answer(h, planId, dept.token, { answer: 'no-opinion', department: '县发展和改革局' })).status).toBe(403);
    expect((await answer(h, planId, reader.token, { answer: 'no-opinion' })).status).toBe(403);
    expect((await answer(h, planId, 'not-a-token-at-all-000000', { answer: 'no-opinion' })).status).toBe(401);
    expect((await answer(h, planId, dept.token, { answer: 'maybe' })).status).toBe(400);

    const plan = (await (await h.api(apiPath('getPlan', { planId }))).json()) as Plan;
    expect(plan.round?.departments.every((d) => d.answer === 'pending')).toBe(true);
  });

  it('the owner may answer for a department (a reply by telephone), naming it; a plan without a round is a 409', async () => {
    const h = await server();
    const planId = await createPlan(h);
    expect((await answer(h, planId, 'integration-token-0123456789', { answer: 'no-opinion', department: '县财政局' })).status).toBe(409);
    await startRound(h, planId);
    expect((await answer(h, planId, 'integration-token-0123456789', { answer: 'answered' })).status).toBe(400);
    const res = await answer(h, planId, 'integration-token-0123456789', { answer: 'answered', department: '县发展和改革局' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { round: ReviewRound }).round.departments[0]!.answer).toBe('answered');
  });

  it('a closed round takes no more answers', async () => {
    const h = await server();
    const planId = await createPlan(h);
    await startRound(h, planId, { ...ROUND, closed: true });
    const dept = await createInvite(h, planId, { role: 'department', department: '县财政局' });
    const res = await answer(h, planId, dept.token, { answer: 'no-opinion' });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe('本轮征求意见已结束。');
  });
});

describe('GET /api/plans/:id/round/adoption.docx|.xlsx', () => {
  it('exports the 采纳情况表 with the opinions, decisions and reasons, and a row per silent department', async () => {
    const h = await server();
    const planId = await createPlan(h);
    await startRound(h, planId, {
      ...ROUND,
      opinions: [{ id: 'o-1', department: '县发展和改革局', kind: 'letter', place: '二、（一）', content: '建议将目标值调整为95%', decision: 'partly', reason: '结合全县实际调整为93%', at: '2025-03-12T02:00:00.000Z' }],
    });
    const docx = await h.api(apiPath('adoptionDocx', { planId }));
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-disposition')).toContain(encodeURIComponent('征求意见采纳情况表.docx'));
    const xml = strFromU8(unzipSync(new Uint8Array(await docx.arrayBuffer()))['word/document.xml']!);
    for (const text of ['序号', '意见内容', '是否采纳', '建议将目标值调整为95%', '部分采纳', '结合全县实际调整为93%', '县财政局']) expect(xml).toContain(text);
    expect(xml).toContain('<w:tblHeader/>');

    const xlsx = await h.api(apiPath('adoptionXlsx', { planId }));
    expect(xlsx.status).toBe(200);
    const sheet = strFromU8(unzipSync(new Uint8Array(await xlsx.arrayBuffer()))['xl/worksheets/sheet1.xml']!);
    expect(sheet).toMatch(/<c r="A3" s="3"><v>1<\/v><\/c>/);
    expect(sheet).toContain('县财政局');

    const reader = await createInvite(h, planId, { role: 'read' });
    expect((await h.api(apiPath('adoptionDocx', { planId }), { token: reader.token })).status).toBe(401);
  });

  it('a plan without a round: 409 with a Chinese message', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const res = await h.api(apiPath('adoptionXlsx', { planId }));
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe('该计划尚未发起征求意见。');
  });
});

describe('POST /api/plans/:id/round/collect', () => {
  const collect = (h: Harness, planId: string, token?: string) => h.api(apiPath('roundCollect', { planId }), { method: 'POST', ...(token ? { token } : {}) });
  const firstBlock = (doc: Y.Doc) => BodyDoc.root(doc).toDelta()[0].insert as Y.XmlText;
  /** 县财政局's suggest client on the first measure section's body, synced. */
  const departmentBody = async (h: Harness, planId: string) => {
    const dept = await createInvite(h, planId, { role: 'suggest', department: '县财政局' });
    const c = createClient(h.server.wsUrl, dept.token);
    cleanup.push(() => c.destroy());
    const body = await c.open(DocNames.body(planId, 's-tasks-1'));
    await synced(body.provider);
    return body;
  };

  it("a department's suggestion in the text becomes one opinion of the round, once; the 采纳情况表 lists it", async () => {
    const h = await server();
    const planId = await createPlan(h);
    const ownerDoc = await startRound(h, planId);
    const body = await departmentBody(h, planId);
    firstBlock(body.doc).insert(0, '加大资金保障', { suggest: { id: 'sg-f1', kind: 'ins', by: '王五', dept: '县财政局', at: '2025-03-12T01:00:00.000Z' } });
    await eventually(() => expect(body.provider.unsyncedChanges).toBe(0));

    const first = await collect(h, planId);
    expect(first.status).toBe(200);
    const got = (await first.json()) as { round: ReviewRound; added: number };
    expect(got.added).toBe(1);
    expect(got.round.opinions.map((o) => [o.id, o.department, o.kind, o.content])).toEqual([['sg:sg-f1', '县财政局', 'suggestion', '建议增加“加大资金保障”']]);
    await eventually(() => expect(RoundOps.read(ownerDoc.doc)?.opinions.map((o) => o.id)).toEqual(['sg:sg-f1']));
    expect(((await (await collect(h, planId)).json()) as { added: number }).added).toBe(0);

    const docx = await h.api(apiPath('adoptionDocx', { planId }));
    // By the text of the paragraphs: the quotes are runs of their own (ambiguous-runs.ts).
    expect(paragraphTexts(strFromU8(unzipSync(new Uint8Array(await docx.arrayBuffer()))['word/document.xml']!)).join('\n')).toContain('建议增加“加大资金保障”');
  });

  it('only the owner or an edit grant collects; a plan without a round is a 409', async () => {
    const h = await server();
    const planId = await createPlan(h);
    expect((await collect(h, planId)).status).toBe(409);
    await startRound(h, planId);
    const dept = await createInvite(h, planId, { role: 'suggest', department: '县财政局' });
    expect((await collect(h, planId, dept.token)).status).toBe(403);
    const editor = await createInvite(h, planId, { role: 'edit' });
    expect((await collect(h, planId, editor.token)).status).toBe(200);
  });

  it('an opinion the owner deleted from the table stays deleted at the next collection and in the 采纳情况表', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const ownerDoc = await startRound(h, planId);
    const body = await departmentBody(h, planId);
    const mark = (id: string, kind: 'ins' | 'del') => ({ suggest: { id, kind, by: '王五', dept: '县财政局', at: '2025-03-12T01:00:00.000Z' } });
    // A replacement (质量 typed over the first two characters: the insertion before the deletion) and a lone insertion at the end.
    const old = (firstBlock(body.doc).toDelta()[0].insert as string).slice(0, 2);
    firstBlock(body.doc).insert(0, '质量', mark('sg-i', 'ins'));
    firstBlock(body.doc).format(2, 2, mark('sg-d', 'del'));
    firstBlock(body.doc).insert(firstBlock(body.doc).length, '加大资金保障', mark('sg-f', 'ins'));
    await eventually(() => expect(body.provider.unsyncedChanges).toBe(0));

    const first = (await (await collect(h, planId)).json()) as { round: ReviewRound; added: number };
    expect(first.round.opinions.map((o) => [o.id, o.content, o.marks])).toEqual([
      ['sg:sg-d', `建议将“${old}”改为“质量”`, ['sg-d', 'sg-i']], ['sg:sg-f', '建议增加“加大资金保障”', undefined],
    ]);
    await eventually(() => expect(RoundOps.read(ownerDoc.doc)?.opinions).toHaveLength(2));
    // The owner deletes the replacement from the table (as the dialog does).
    const replacement = RoundOps.read(ownerDoc.doc)!.opinions.find((o) => o.id === 'sg:sg-d')!;
    RoundOps.removeOpinion(ownerDoc.doc, replacement.id, ['sg:sg-d', 'sg:sg-i']);
    await eventually(async () => expect((((await (await h.api(apiPath('getPlan', { planId }))).json()) as Plan).round?.dismissed)).toEqual(['sg:sg-d', 'sg:sg-i']));

    const again = (await (await collect(h, planId)).json()) as { round: ReviewRound; added: number };
    expect(again.added).toBe(0);
    expect(again.round.opinions.map((o) => o.id)).toEqual(['sg:sg-f']);
    const text = paragraphTexts(strFromU8(unzipSync(new Uint8Array(await (await h.api(apiPath('adoptionDocx', { planId }))).arrayBuffer()))['word/document.xml']!)).join('\n');
    expect(text).toContain('建议增加“加大资金保障”');
    expect(text).not.toContain('改为');
  });
});
