import { execFileSync } from 'node:child_process';
import { mkdtempSync, promises as fs, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { createSyncServer, type SyncServer } from '../../../main/node/server/create-sync-server';
import { createLogger } from '../../../main/node/server/logger';
import { TemplateLibrary } from '../../../main/node/templates/template-library';
import { screenshotPath } from '../e2e-env';
import { caretToEnd, E2E_TOKEN, sectionBody, setUser, TEMPLATE_ID, waitForOfflineCopy } from './editor-helpers';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * The editor while the server's disk is full: a server of this test's own (the built renderer the config
 * built, a data dir on a real 4 MB tmpfs; CI runs as root and can mount it).
 */
test('disk full on the server: the status says 未能保存到服务器：磁盘已满 (never 已保存), the edit stays in the browser and is saved once space is back', async ({ browser }) => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'plan-studio-e2e-full-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', dataDir]);
  let server: SyncServer | null = null;
  try {
    server = await createSyncServer({
      host: '127.0.0.1', port: 0, dataDir, token: E2E_TOKEN, staticDir: path.join(ROOT, 'out/renderer'),
      templates: await TemplateLibrary.load(path.join(ROOT, 'templates')), logger: createLogger(true),
    });
    const created = await fetch(`${server.url}/api/plans`, {
      method: 'POST', headers: { Authorization: `Bearer ${E2E_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ templateId: TEMPLATE_ID, region: '庚县', year: 2026 }),
    });
    const planId = ((await created.json()) as { plan: { id: string } }).plan.id;
    const ctx = await browser.newContext();
    await setUser(ctx, '吴八', '县市场监督管理局', '#1f618d');
    const page = await ctx.newPage();
    await page.goto(`${server.url}/?token=${E2E_TOKEN}#/plan/${planId}`);
    await expect(page.locator('.section-editable').first()).toBeVisible({ timeout: 30_000 });
    const status = page.getByRole('status', { name: '同步状态' });
    await expect(status).toHaveText('已连接 · 已保存', { timeout: 30_000 });

    const filler = path.join(dataDir, 'filler');
    const handle = await fs.open(filler, 'w');
    try {
      for (;;) await handle.write(Buffer.alloc(64 * 1024, 0x61));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
    } finally {
      await handle.close();
    }
    const body = sectionBody(page, '指导思想');
    await caretToEnd(page, body);
    // More than a page of text: the journal needs new space for it.
    const text = `磁盘满时写的一段话${'。'.repeat(2000)}`;
    await page.keyboard.insertText(text);
    await expect(status).toHaveText('未能保存到服务器：磁盘已满，修改保留在本机', { timeout: 15_000 });
    await page.screenshot({ path: screenshotPath('storage-fault.png') });
    await waitForOfflineCopy(page, planId, '磁盘满时写的一段话');
    await expect(status).not.toHaveText(/已保存/);

    await fs.rm(filler);
    await expect(status).toHaveText('已连接 · 已保存', { timeout: 30_000 });
    const plan = await (await fetch(`${server.url}/api/plans/${planId}`, { headers: { Authorization: `Bearer ${E2E_TOKEN}` } })).text();
    expect(plan).toContain('磁盘满时写的一段话');
    await ctx.close();
  } finally {
    await server?.close();
    execFileSync('umount', ['-l', dataDir]);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
