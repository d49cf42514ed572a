import { existsSync } from 'node:fs';
import path from 'node:path';
import { YjsEditor } from '@slate-yjs/core';
import { Editor, Transforms } from 'slate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocNames } from '../../main/common/collab/doc-names';
import { parsePlan } from '../../main/common/model/parse-plan';
import { sleep } from './helpers/data-dir-snapshot';
import { createPlan, eventually, loadedDocumentsOf, removeDir, startServer, TEST_TOKEN, type Harness } from './helpers/server-harness';
import { bindEditor, createClient, synced } from './helpers/yjs-client';

let h: Harness;
beforeAll(async () => {
  h = await startServer();
});
afterAll(async () => {
  await h.stop();
  removeDir(h.dataDir);
});

describe('/api/plans', () => {
  it('creates a plan from the template, lists it and returns it as valid plan JSON', async () => {
    const id = await createPlan(h, '鄂托克前旗', 2025);
    expect(id).toMatch(/^p-[a-z0-9]{10}$/);

    const list = (await (await h.api('/api/plans')).json()) as { plans: Array<{ id: string; title: string }> };
    expect(list.plans.map((p) => p.id)).toContain(id);
    expect(list.plans.find((p) => p.id === id)!.title).toBe('鄂托克前旗2025年推进质量强旗工作行动计划');

    const res = await h.api(`/api/plans/${id}`);
    expect(res.status).toBe(200);
    const parsed = parsePlan(await res.json());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const plan = parsed.value;
    expect(plan.meta.region).toBe('鄂托克前旗');
    expect(plan.sections.map((s) => s.title)).toEqual(['指导思想', '工作目标', '主要任务', '保障措施']);
    expect(plan.sections[2]!.sections).toHaveLength(5);
    const firstMeasure = plan.sections[2]!.sections[0]!.body[0]!;
    expect(firstMeasure.type === 'item' && firstMeasure.leadUnits).toEqual(['旗市场监督管理局']);
  });

  it('lists the templates', async () => {
    const body = (await (await h.api('/api/templates')).json()) as { templates: Array<{ id: string }> };
    expect(body.templates.map((t) => t.id)).toContain('county-quality-action-plan');
  });

  it('deletes a plan; afterwards it is gone', async () => {
    const id = await createPlan(h);
    expect((await h.api(`/api/plans/${id}`, { method: 'DELETE' })).status).toBe(200);
    const res = await h.api(`/api/plans/${id}`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('找不到该计划');
  });

  it('deleting a plan while the owner keeps typing: nothing is written back, the editor is closed and refused with a reason', async () => {
    const id = await createPlan(h);
    const c = createClient(h.server.wsUrl, TEST_TOKEN);
    const closes: string[] = [];
    c.socket.on('close', ({ event }: { event: { reason: string | Buffer } }) => closes.push(String(event.reason)));
    try {
      const plan = await c.open(DocNames.plan(id));
      const body = await c.open(DocNames.body(id, 's-ideology'));
      await synced(plan.provider);
      await synced(body.provider);
      const editor = bindEditor(body.doc);
      const type = (n: number) => {
        Transforms.insertText(editor, `字${n}`, { at: Editor.end(editor, [0]) });
        YjsEditor.flushLocalChanges(editor);
        plan.doc.getMap('meta').set('title', `删除后仍在输入的标题 ${n}`);
      };
      type(0);
      await eventually(async () => expect(JSON.stringify(await (await h.api(`/api/plans/${id}`)).json())).toContain('字0'));
      expect((await h.api(`/api/plans/${id}`, { method: 'DELETE' })).status).toBe(200);
      for (let n = 1; n <= 20; n++) {
        type(n);
        await sleep(50); // deliberate pacing (the scenario): typing spread across debounce windows, not a wait
      }
      // Once the server holds none of the plan's documents, no debounced store can write them back.
      await eventually(() => expect(loadedDocumentsOf(h, id)).toEqual([]));
      expect(existsSync(path.join(h.dataDir, 'plans', id))).toBe(false);
      expect(((await (await h.api('/api/plans')).json()) as { plans: Array<{ id: string }> }).plans.map((p) => p.id)).not.toContain(id);
      expect(closes[0]).toBe('plan-deleted');
      expect(await body.failed).toBe('plan-deleted');
    } finally {
      c.destroy();
    }
    // A restarted server (same data dir) does not find it either.
    const again = await startServer(h.dataDir);
    try {
      expect((await again.api(`/api/plans/${id}`)).status).toBe(404);
    } finally {
      await again.stop();
    }
  });

  it.each([
    ['malformed JSON', '{"templateId": ', 400, 'bad-json'],
    ['empty body', '', 400, 'bad-json'],
    ['not an object', '[1,2,3]', 400, 'bad-request'],
    ['missing region', JSON.stringify({ templateId: 'county-quality-action-plan', year: 2025 }), 400, 'bad-request'],
    ['unknown field', JSON.stringify({ templateId: 'county-quality-action-plan', region: '某县', year: 2025, evil: true }), 400, 'bad-request'],
    ['year out of range', JSON.stringify({ templateId: 'county-quality-action-plan', region: '某县', year: 99999 }), 400, 'bad-request'],
    ['unknown template', JSON.stringify({ templateId: 'no-such-template', region: '某县', year: 2025 }), 404, 'template-not-found'],
  ])('refuses %s with a JSON error in Chinese', async (_name, body, status, code) => {
    const before = ((await (await h.api('/api/plans')).json()) as { plans: unknown[] }).plans.length;
    const res = await h.api('/api/plans', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/json');
    const err = ((await res.json()) as { error: { code: string; message: string; detail: string } }).error;
    expect(err.code).toBe(code);
    expect(err.message).toMatch(/[\u4e00-\u9fff]/);
    expect(err.detail).toMatch(/[a-z]/);
    const after = ((await (await h.api('/api/plans')).json()) as { plans: unknown[] }).plans.length;
    expect(after).toBe(before);
  });

  it('refuses an oversized body with 413', async () => {
    const big = JSON.stringify({ templateId: 'x', region: 'a'.repeat(2 * 1024 * 1024), year: 2025 });
    const res = await h.api('/api/plans', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: big });
    expect(res.status).toBe(413);
  });

  it('refuses a wrong token with 401 and no data', async () => {
    const res = await h.api('/api/plans', { token: 'wrong-token-000000000' });
    expect(res.status).toBe(401);
    const body = (await res.json()) as { error: { message: string }; plans?: unknown };
    expect(body.plans).toBeUndefined();
    expect(body.error.message).toContain('访问令牌无效');
  });

  it('treats path tricks in plan ids as not found', async () => {
    for (const id of ['..%2F..%2Fetc%2Fpasswd', '%2E%2E', 'P-UPPER', 'x']) {
      const res = await h.api(`/api/plans/${id}`);
      expect(res.status).toBe(404);
    }
  });
});
