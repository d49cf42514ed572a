import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { caretToEnd, createPlan, E2E_TOKEN, openAs, sectionBody } from './editor-helpers';

test('另存为 saves a .planfile; opening an older copy offers a merge that keeps both sides and duplicates nothing', async ({ browser, request }) => {
  const planId = await createPlan(request, '丁旗');
  const { ctx, page } = await openAs(browser, planId, ['孙七', '旗市场监督管理局', '#c0392b'], { acceptDownloads: true });
  const body = sectionBody(page, '指导思想');
  await caretToEnd(page, body);
  await page.keyboard.insertText('副本里的修改。');
  await expect(page.getByRole('status', { name: '同步状态' })).toContainText('已保存');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '更多' }).click().then(() => page.getByRole('button', { name: '另存为' }).click())]);
  expect(download.suggestedFilename()).toBe('丁旗2026年推进质量强旗工作行动计划.planfile');
  const copy = readFileSync((await download.path())!);

  // The plan goes on here after the copy was made.
  await caretToEnd(page, body);
  await page.keyboard.insertText('本机的后续修改。');
  await expect(page.getByRole('status', { name: '同步状态' })).toContainText('已保存');

  await page.goto('/#/');
  await page.getByTestId('import-file').setInputFiles({ name: 'copy.planfile', mimeType: 'application/json', buffer: copy });
  const confirm = page.getByRole('dialog', { name: '合并计划文件' });
  await expect(confirm).toContainText('丁旗2026年推进质量强旗工作行动计划');
  await confirm.getByRole('button', { name: '合并' }).click();
  const done = page.getByRole('dialog', { name: '计划文件' });
  await expect(done.getByRole('status')).toContainText('双方的修改都已保留');
  await done.getByRole('button', { name: '打开计划' }).click();

  // Web-first: the page shows every section at once, and innerText leaves out content-visibility:auto
  // sections until their first layout, so an immediate innerText can read "".
  const merged = sectionBody(page, '指导思想');
  await expect(merged).toContainText('本机的后续修改。');
  expect(((await merged.textContent()) ?? '').split('副本里的修改。').length - 1).toBe(1);
  await ctx.close();
});

test('a damaged plan file gets a Chinese message and changes nothing', async ({ page }) => {
  await page.goto(`/?token=${E2E_TOKEN}`);
  await page.getByTestId('import-file').setInputFiles({ name: 'broken.planfile', mimeType: 'application/json', buffer: Buffer.from('{"format":"plan-studio/plan-file","version":1,') });
  await expect(page.getByRole('alert')).toContainText('不是有效的计划文件');
});
