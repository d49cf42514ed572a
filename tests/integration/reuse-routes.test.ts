import { describe, expect, it } from 'vitest';
import { apiPath } from '../../main/common/api/api-routes';
import { ClauseSearchResponseSchema } from '../../main/common/api/clauses-contract';
import { RollForwardResponseSchema } from '../../main/common/api/roll-forward-contract';
import { PlanSchema } from '../../main/common/model/plan';
import { createInvite, createPlan, type Harness, serverPerTest } from './helpers/server-harness';

const { server } = serverPerTest();

async function search(h: Harness, planId: string, q: string, token?: string) {
  const res = await h.api(`${apiPath('searchClauses', { planId })}?q=${encodeURIComponent(q)}&limit=50`, token ? { token } : {});
  expect(res.status).toBe(200);
  return ClauseSearchResponseSchema.parse(await res.json());
}

describe('条款库 route', () => {
  it('the owner searches every plan; an invite only its own plan (and the seeds and templates)', async () => {
    const h = await server();
    const a = await createPlan(h, '阿巴嘎旗', 2026);
    const b = await createPlan(h, '正镶白旗', 2026);
    const owner = await search(h, b, '阿巴嘎旗');
    expect(owner.results.some((r) => r.clause.source.planId === a)).toBe(true);
    const invite = await createInvite(h, b, { role: 'read' });
    const invited = await search(h, b, '阿巴嘎旗', invite.token);
    expect(invited.results.filter((r) => r.clause.source.origin === 'plan')).toEqual([]);
    const own = await search(h, b, '正镶白旗', invite.token);
    expect(own.results.some((r) => r.clause.source.planId === b)).toBe(true);
    expect(own.searched).toBeLessThan(owner.searched);
    // Another plan’s search is refused to this invite (401, as every route the token may not call).
    const other = await h.api(`${apiPath('searchClauses', { planId: a })}?q=x`, { token: invite.token });
    expect(other.status).toBe(401);
  });
});

describe('roll-forward route', () => {
  it('creates the next year’s plan and reports; the source stays; a wrong year and an invite are refused', async () => {
    const h = await server();
    const src = await createPlan(h, '阿巴嘎旗', 2026);
    const res = await h.api(apiPath('rollForward', { planId: src }), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ year: 2027 }) });
    expect(res.status).toBe(201);
    const body = RollForwardResponseSchema.parse(await res.json());
    expect(body.plan.year).toBe(2027);
    expect(body.plan.title).toBe('阿巴嘎旗2027年推进质量强旗工作行动计划');
    expect(body.report.flagged.length).toBeGreaterThan(0);
    const draft = PlanSchema.parse(await (await h.api(apiPath('getPlan', { planId: body.plan.id }))).json());
    expect(draft.sections.flatMap((s) => [s, ...s.sections]).flatMap((s) => s.body).some((b) => b.type === 'item' && b.review?.figure)).toBe(true);
    const source = PlanSchema.parse(await (await h.api(apiPath('getPlan', { planId: src }))).json());
    expect(source.meta.year).toBe(2026);

    const same = await h.api(apiPath('rollForward', { planId: src }), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ year: 2026 }) });
    expect(same.status).toBe(400);
    expect(((await same.json()) as { error: { message: string } }).error.message).toMatch(/须晚于底稿的年度/);
    const invite = await createInvite(h, src, { role: 'edit' });
    const refused = await h.api(apiPath('rollForward', { planId: src }), { token: invite.token, method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ year: 2027 }) });
    expect(refused.status).toBe(401);
    const list = (await (await h.api(apiPath('listPlans', {}))).json()) as { plans: unknown[] };
    expect(list.plans).toHaveLength(2);
  });
});
