import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Invite } from '../../main/common/api/share-contract';
import { TemplateSchema } from '../../main/common/templates/template';
import { createPlan, removeDir, startServer, type Harness } from './helpers/server-harness';
import { apiPath } from '../../main/common/api/api-routes';

let h: Harness;
let planA: string;
let planB: string;
let colleague: string;
beforeAll(async () => {
  h = await startServer();
  planA = await createPlan(h, '甲旗', 2025);
  planB = await createPlan(h, '乙旗', 2025);
  const res = await h.api(apiPath('listInvites', { planId: planA }), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ role: 'read' }) });
  colleague = ((await res.json()) as { invite: Invite }).invite.token;
});
afterAll(async () => {
  await h.stop();
  removeDir(h.dataDir);
});

describe('GET /api/templates[/:id] (owner) and /api/plans/:id/templates/:templateId (readers of the plan)', () => {
  it('the owner lists templates and reads one, with its 写作提示', async () => {
    const list = (await (await h.api('/api/templates')).json()) as { templates: Array<{ id: string }> };
    expect(list.templates.map((t) => t.id)).toContain('county-quality-action-plan');
    const t = TemplateSchema.parse(await (await h.api('/api/templates/county-quality-action-plan')).json());
    expect(t.sections.some((s) => s.guidance.length > 0)).toBe(true);
  });

  it('an invited colleague reads the template through the plan they were invited to, nothing else', async () => {
    const res = await h.api(`/api/plans/${planA}/templates/county-quality-action-plan`, { token: colleague });
    expect(res.status).toBe(200);
    expect(TemplateSchema.parse(await res.json()).id).toBe('county-quality-action-plan');
    expect((await h.api(`/api/plans/${planB}/templates/county-quality-action-plan`, { token: colleague })).status).toBe(401);
    expect((await h.api('/api/templates/county-quality-action-plan', { token: colleague })).status).toBe(401);
    expect((await h.api('/api/templates', { token: colleague })).status).toBe(401);
  });

  it('a wrong token gets 401, an unknown template 404 with a Chinese message', async () => {
    expect((await h.api(`/api/plans/${planA}/templates/county-quality-action-plan`, { token: 'wrong-token' })).status).toBe(401);
    const res = await h.api(`/api/plans/${planA}/templates/no-such-template`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe('找不到该模板。');
  });
});
