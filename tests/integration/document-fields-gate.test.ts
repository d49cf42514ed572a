import { describe, expect, it } from 'vitest';
import { DocNames } from '../../main/common/collab/doc-names';
import { DocumentFields } from '../../main/common/collab/document-fields';
import type { Plan } from '../../main/common/model/plan';
import { snapshotDir, storesSettled } from './helpers/data-dir-snapshot';
import { awarenessBarrier } from './helpers/ordering-barrier';
import { createPlan, eventually, TEST_TOKEN, type Harness, createInvite as invite, serverPerTest } from './helpers/server-harness';
import { createClient, synced } from './helpers/yjs-client';

// The 文件信息 live in the plan doc's meta: owner and edit invites may write them; the server refuses
// the writes of read and department tokens (their plan-doc connection is read-only), so a department
// that can edit its own section still cannot change the 文号 or the 成文日期.

const { cleanup, server } = serverPerTest();
async function openPlanDoc(h: Harness, token: string, planId: string) {
  const c = createClient(h.server.wsUrl, token);
  cleanup.push(() => c.destroy());
  const opened = await c.open(DocNames.plan(planId));
  await synced(opened.provider);
  return opened;
}
const storedMeta = async (h: Harness, planId: string) => ((await (await h.api(`/api/plans/${planId}`)).json()) as Plan).meta;

describe('文件信息 writes through the gate', () => {
  it('an edit invite writes the fields; read and department tokens are refused and nothing stored changes', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const edit = await invite(h, planId, { role: 'edit' });
    const others = [await invite(h, planId, { role: 'read' }), await invite(h, planId, { role: 'department', department: '县发展和改革局' })];
    const editor = await openPlanDoc(h, edit.token, planId);
    DocumentFields.set(editor.doc, 'docNumber', { agency: '某政发', year: 2026, serial: 3 });
    DocumentFields.set(editor.doc, 'date', '2026-03-06');
    await eventually(async () => expect((await storedMeta(h, planId)).docNumber).toEqual({ agency: '某政发', year: 2026, serial: 3 }));
    await eventually(() => expect(editor.provider.unsyncedChanges).toBe(0));
    await storesSettled(h.dataDir); // the allowed edit is in the snapshot before the "before" picture

    const before = snapshotDir(h.dataDir);
    for (const inv of others) {
      const other = await openPlanDoc(h, inv.token, planId);
      DocumentFields.set(other.doc, 'docNumber', { agency: '越权', year: 2026, serial: 99 });
      DocumentFields.set(other.doc, 'date', '2030-01-01');
      // Past this barrier the server has handled (and dropped) both writes: applied, the editor would hold them.
      await awarenessBarrier(other.provider, editor.provider);
      expect(DocumentFields.read(editor.doc)).toMatchObject({ docNumber: { agency: '某政发', year: 2026, serial: 3 }, date: '2026-03-06' });
    }
    expect(snapshotDir(h.dataDir)).toEqual(before);
    const meta = await storedMeta(h, planId);
    expect(meta.docNumber).toEqual({ agency: '某政发', year: 2026, serial: 3 });
    expect(meta.date).toBe('2026-03-06');
    // The owner's own connection is not disturbed by the refused writes.
    const owner = await openPlanDoc(h, TEST_TOKEN, planId);
    expect(DocumentFields.read(owner.doc).date).toBe('2026-03-06');
  });
});
