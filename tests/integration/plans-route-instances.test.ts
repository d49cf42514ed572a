import { YjsEditor } from '@slate-yjs/core';
import { Editor, Transforms } from 'slate';
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { type StatesFileImportResponse } from '../../main/common/api/states-file-contract';
import { DocNames } from '../../main/common/collab/doc-names';
import { sleep } from './helpers/data-dir-snapshot';
import { deployment, type Cleanup } from './helpers/deployment';
import { createPlan, eventually, loadedDocumentsOf, TEST_TOKEN, type Harness } from './helpers/server-harness';
import { pgQuery } from './helpers/services-env';
import { bindEditor, createClient, synced } from './helpers/yjs-client';
import { apiPath } from '../../main/common/api/api-routes';

const cleanup: Cleanup = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

/**
 * The owner's editor on one instance: the plan doc and one body open on one socket, as the renderer
 * opens a plan. Records how the server closed the socket and why a reconnect was refused.
 */
async function ownerEditor(h: Harness, planId: string) {
  const c = createClient(h.server.wsUrl, TEST_TOKEN);
  cleanup.push(() => c.destroy());
  const closes: Array<{ code: number; reason: string; at: number }> = [];
  c.socket.on('close', ({ event }: { event: { code: number; reason: string | Buffer } }) => {
    closes.push({ code: event.code, reason: String(event.reason), at: performance.now() });
  });
  const plan = await c.open(DocNames.plan(planId));
  const body = await c.open(DocNames.body(planId, 's-ideology'));
  await synced(plan.provider);
  await synced(body.provider);
  const editor = bindEditor(body.doc);
  let n = 0;
  return {
    plan, body, closes,
    /** One keystroke's worth in the body and a title change in the plan doc. */
    type() {
      n++;
      Transforms.insertText(editor, `字${n}`, { at: Editor.end(editor, [0]) });
      YjsEditor.flushLocalChanges(editor);
      (plan.doc as Y.Doc).getMap('meta').set('title', `删除后仍在输入的标题 ${n}`);
    },
  };
}

const rowsOf = async (url: string, table: string, planId: string) =>
  Number((await pgQuery(url, `select count(*)::int as n from ${table} where plan_id = $1`, [planId])).rows[0].n);
const listed = async (h: Harness) => ((await (await h.api('/api/plans')).json()) as { plans: Array<{ id: string }> }).plans.map((p) => p.id);

/** Notices only: the periodic re-check is pushed out of the test's reach. */
const NOTICE_ONLY = { revocationCheckMs: 600_000, deletionCheckMs: 600_000 };

/** Cut every instance's deletion listener: notices sent now are lost (PostgreSQL does not queue them). */
async function cutDeletionListeners(pgUrl: string, docTable: string): Promise<number> {
  const r = await pgQuery(pgUrl, 'select pg_terminate_backend(pid) from pg_stat_activity where query = $1', [`listen ${docTable}_deleted`]);
  return r.rowCount ?? 0;
}

describe('DELETE /api/plans/:id with several instances', () => {
  it('deleting on A while the owner keeps typing on B: nothing is written back, no instance lists it, B\'s client is told', async () => {
    const d = await deployment(cleanup);
    const a = await d.instance();
    const b = await d.instance(NOTICE_ONLY);
    const planId = await createPlan(a);
    const editor = await ownerEditor(b, planId);
    editor.type();
    await eventually(async () => expect(JSON.stringify(await (await a.api(`/api/plans/${planId}`)).json())).toContain('字1'));

    const t0 = performance.now();
    expect((await a.api(`/api/plans/${planId}`, { method: 'DELETE' })).status).toBe(200);
    // The colleague on B does not know yet and keeps typing for well past B's debounce (50 ms, at most 200 ms).
    for (let i = 0; i < 20; i++) {
      editor.type();
      await sleep(50); // deliberate pacing (the scenario): typing spread across B's debounce windows, not a wait
    }
    // Once B holds none of the plan's documents, no store of B can write them back.
    await eventually(() => expect(loadedDocumentsOf(b, planId)).toEqual([]));

    expect(await rowsOf(d.pgUrl, d.docTable, planId)).toBe(0);
    expect(await listed(a)).not.toContain(planId);
    expect(await listed(b)).not.toContain(planId);
    expect((await b.api(`/api/plans/${planId}`)).status).toBe(404);
    expect(editor.closes.length).toBeGreaterThan(0);
    expect(editor.closes[0]!.reason).toBe('plan-deleted');
    console.log(`plan deleted on A → owner's socket on B closed after ${(editor.closes[0]!.at - t0).toFixed(0)} ms (DELETE request included)`);
    expect(await editor.body.failed).toBe('plan-deleted'); // the provider reconnected by itself and was refused
    expect(b.logs.some((l) => l.includes(`closed`) && l.includes(`plan ${planId}`) && l.includes('deleted'))).toBe(true);

    // A fresh instance (a restart) does not bring it back either.
    const c = await d.instance();
    expect(await listed(c)).not.toContain(planId);
  });

  it('with the notice lost, B\'s periodic check drops its copies of the plan and closes its clients', async () => {
    const d = await deployment(cleanup);
    const a = await d.instance();
    const b = await d.instance({ revocationCheckMs: 600_000, deletionCheckMs: 300 });
    const planId = await createPlan(a);
    const editor = await ownerEditor(b, planId);
    editor.type();
    await eventually(() => expect(editor.body.provider.unsyncedChanges).toBe(0));
    // The edits are acknowledged once journaled; B's debounced store follows. Wait for it (the journal is
    // emptied by the store), or on a slow machine that store runs after the DELETE, is refused, and drops
    // the plan by the store-refusal path (the next test's subject) before the periodic check can.
    await eventually(async () => expect(await rowsOf(d.pgUrl, `${d.docTable}_journal`, planId)).toBe(0));
    expect(await cutDeletionListeners(d.pgUrl, d.docTable)).toBe(2);
    const t0 = performance.now();
    expect((await a.api(`/api/plans/${planId}`, { method: 'DELETE' })).status).toBe(200);
    await eventually(() => expect(editor.closes.length).toBeGreaterThan(0));
    console.log(`plan deleted on A, notice lost → B's client closed after ${(editor.closes[0]!.at - t0).toFixed(0)} ms (check every 300 ms)`);
    expect(editor.closes[0]!.reason).toBe('plan-deleted');
    expect(await editor.plan.failed).toBe('plan-deleted');
    await eventually(() => expect(b.logs.some((l) => l.includes(`closed 2 connection(s) to plan ${planId} (deleted on another instance)`))).toBe(true));
    await eventually(() => expect(loadedDocumentsOf(b, planId)).toEqual([]));
    expect(await rowsOf(d.pgUrl, d.docTable, planId)).toBe(0);
    expect(await listed(b)).not.toContain(planId);
  });

  it('when B hears nothing at all, its first store of the deleted plan is refused, logged, and B drops the plan', async () => {
    const d = await deployment(cleanup);
    const a = await d.instance();
    const b = await d.instance(NOTICE_ONLY);
    const planId = await createPlan(a);
    const editor = await ownerEditor(b, planId);
    editor.type();
    await eventually(() => expect(editor.body.provider.unsyncedChanges).toBe(0));
    expect(await cutDeletionListeners(d.pgUrl, d.docTable)).toBe(2);
    expect((await a.api(`/api/plans/${planId}`, { method: 'DELETE' })).status).toBe(200);
    for (let i = 0; i < 10; i++) {
      editor.type();
      await sleep(50); // deliberate pacing (the scenario): typing spread across B's debounce windows, not a wait
    }
    await eventually(() => expect(editor.closes.map((c) => c.reason)).toContain('plan-deleted'));
    await eventually(() => expect(b.logs.some((l) => l.includes(`to plan ${planId} (its store was refused)`))).toBe(true));
    await eventually(() => expect(loadedDocumentsOf(b, planId)).toEqual([]));
    expect(await rowsOf(d.pgUrl, d.docTable, planId)).toBe(0);
    expect(b.logs.some((l) => l.includes('WARN refused to store plan:') && l.includes(`plan ${planId} was deleted; closing its documents`))).toBe(true);
    expect(await listed(b)).not.toContain(planId);
  });

  it('a plan deleted on A and opened again from its plan file on B is whole again on A', async () => {
    const d = await deployment(cleanup);
    const a = await d.instance();
    const b = await d.instance();
    const planId = await createPlan(a);
    const editor = await ownerEditor(a, planId);
    editor.type();
    await eventually(() => expect(editor.body.provider.unsyncedChanges).toBe(0));
    const file = await (await a.api(apiPath('downloadStates', { planId: planId }))).json();
    expect((await a.api(`/api/plans/${planId}`, { method: 'DELETE' })).status).toBe(200);
    expect((await a.api(`/api/plans/${planId}`)).status).toBe(404);

    const res = await b.api(apiPath('uploadStates', {}), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(file) });
    expect(res.status).toBe(201);
    expect(((await res.json()) as StatesFileImportResponse).created).toBe(true);
    // A hides the plan while it is still unloading its old copies (Redis delays an unload by 1 s).
    const t0 = performance.now();
    await eventually(async () => expect(await listed(a)).toContain(planId));
    console.log(`re-created on B → listed on A after ${(performance.now() - t0).toFixed(0)} ms`);
    const logsBefore = a.logs.length; // from here on A has no old copy left: nothing of the plan may be refused
    expect(JSON.stringify(await (await a.api(`/api/plans/${planId}`)).json())).toContain('字1');

    // And it is writable again on A: an edit there is stored.
    const again = await ownerEditor(a, planId);
    again.type();
    await eventually(async () => {
      const text = JSON.stringify(await (await b.api(`/api/plans/${planId}`)).json());
      expect(text).toContain('删除后仍在输入的标题 1');
    }, 10_000);
    expect(a.logs.slice(logsBefore).filter((l) => l.includes('refused to store') || l.includes('not storing'))).toEqual([]);
  });
});
