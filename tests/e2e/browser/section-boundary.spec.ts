import { expect, test } from '@playwright/test';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import * as Y from 'yjs';
import { BodyDoc } from '../../../main/common/collab/body-doc';
import { DocNames } from '../../../main/common/collab/doc-names';
import { FileStore } from '../../../main/node/store/file-store';
import { createPlan, E2E_TOKEN, sectionBody, setUser } from './editor-helpers';

/** A body as a hostile client could store it before the server checked updates: Y.XmlText 6,000 deep. */
function deepBody(): Uint8Array {
  const doc = new Y.Doc();
  BodyDoc.write(doc, []);
  doc.transact(() => {
    let cur = BodyDoc.root(doc);
    for (let i = 0; i < 6000; i++) {
      const x = new Y.XmlText();
      cur.insertEmbed(cur.length, x);
      x.setAttribute('type', 'paragraph');
      cur = x;
    }
    cur.insert(0, '藏在深处的文字');
  });
  return Y.encodeStateAsUpdate(doc);
}

test('a section whose stored body cannot be shown says so, the rest of the plan opens, and 重置此章节内容 restores it for everyone', async ({ browser, request }) => {
  const planId = await createPlan(request, '庚旗');
  // Written straight into the server's store before anyone opened the section (the server has not loaded it).
  // A store merges into what is stored: the template's body goes first, so the damaged one is all there is.
  const dataDir = process.env['E2E_DATA_DIR']!;
  for (const ext of ['ydoc', 'journal']) await rm(path.join(dataDir, 'plans', planId, `s-ideology.${ext}`), { force: true });
  const store = new FileStore(dataDir);
  await store.store(DocNames.body(planId, 's-ideology'), deepBody());
  await store.close();

  const ctx = await browser.newContext();
  await setUser(ctx, '吴九', '旗市场监督管理局', '#1f618d');
  const page = await ctx.newPage();
  await page.goto(`/?token=${E2E_TOKEN}#/plan/${planId}`);
  const broken = page.locator('.section-broken');
  await expect(broken).toContainText('此章节内容无法显示', { timeout: 30_000 });
  // The other sections open and are editable.
  await expect(sectionBody(page, '工作目标')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.section-loading')).toHaveCount(0, { timeout: 30_000 });
  await page.screenshot({ path: 'test-results/section-boundary-broken.png' });

  await broken.getByRole('button', { name: '重置此章节内容' }).click();
  await expect(broken).toHaveCount(0, { timeout: 30_000 });
  await expect(sectionBody(page, '指导思想')).toContainText('藏在深处的文字', { timeout: 30_000 });
  await page.screenshot({ path: 'test-results/section-boundary-restored.png' });

  // The server has the restored body: the API reads it, and a fresh page shows it without the boundary.
  await expect.poll(async () => {
    const res = await request.get(`/api/plans/${planId}`, { headers: { Authorization: `Bearer ${E2E_TOKEN}` } });
    const plan = (await res.json()) as { sections: Array<{ id: string; body: unknown[] }> };
    return JSON.stringify(plan.sections.find((s) => s.id === 's-ideology')?.body);
  }, { timeout: 15_000 }).toBe(JSON.stringify([{ type: 'paragraph', children: [{ text: '' }] }, { type: 'paragraph', children: [{ text: '藏在深处的文字' }] }]));
  const other = await ctx.newPage();
  await other.goto(`/?token=${E2E_TOKEN}#/plan/${planId}`);
  await expect(sectionBody(other, '指导思想')).toContainText('藏在深处的文字', { timeout: 30_000 });
  await expect(other.locator('.section-broken')).toHaveCount(0);
  await ctx.close();
});
