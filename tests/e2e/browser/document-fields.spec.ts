import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { apiPath } from '../../../main/common/api/api-routes';
import { createPlan, E2E_TOKEN, openAs, setUser } from './editor-helpers';

test.use({ viewport: { width: 1366, height: 768 } });

test('文件信息: the export dialog names what a 文件 lacks, links to the field, and the filled fields reach the .docx', async ({ browser, request }) => {
  const planId = await createPlan(request, '丁县');
  const { ctx, page } = await openAs(browser, planId, ['钱七', '县人民政府办公室', '#2563eb'], { acceptDownloads: true, viewport: { width: 1366, height: 768 } });

  await page.getByRole('button', { name: '导出 Word' }).click();
  let dialog = page.getByRole('dialog', { name: '导出 Word' });
  await dialog.getByLabel(/红头文件/).check();
  const gaps = dialog.getByRole('region', { name: '公文体检错误' });
  // A new plan has the year of its 文号 (from the form) but no 代字, 序号 or 成文日期 yet.
  await expect(gaps).toContainText('发文字号不完整：缺机关代字、序号');
  await expect(gaps).toContainText('落款需要成文日期');
  await expect(gaps).toContainText('版记需要印发机关');
  await page.screenshot({ path: test.info().outputPath('export-gaps-1366.png') });

  // The link opens 文件信息 with the 文号's first part focused.
  await gaps.getByRole('listitem').filter({ hasText: '发文字号' }).getByRole('button', { name: '去处理' }).click();
  const panel = page.getByRole('dialog', { name: '文件信息' });
  await expect(panel).toBeVisible();
  await expect(dialog).toHaveCount(0);
  const agency = panel.getByLabel('机关代字');
  await expect(agency).toBeFocused();
  await agency.fill('丁政发');
  await panel.getByLabel('序号').fill('3');
  await expect(panel.getByLabel('发文字号预览')).toHaveText('丁政发〔2026〕3号');
  await panel.getByLabel('成文日期').fill('2026-03-06');
  await expect(panel).toContainText('印作：2026年3月6日');
  await panel.getByLabel('紧急程度').selectOption('特急');
  await panel.getByLabel('抄送机关').fill('县委办公室、县人大常委会办公室');
  await panel.getByLabel('印发机关').fill('丁县人民政府办公室');
  await panel.getByLabel('印发日期').fill('2026-03-06');
  await page.screenshot({ path: test.info().outputPath('fields-panel-1366.png') });
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);

  await page.getByRole('button', { name: '导出 Word' }).click();
  dialog = page.getByRole('dialog', { name: '导出 Word' });
  await dialog.getByLabel(/红头文件/).check();
  await expect(dialog.getByRole('region', { name: '公文体检错误' })).toHaveCount(0);
  const [docx] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '导出 Word', exact: true }).click()]);
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync((await docx.path())!)))['word/document.xml']!);
  expect(xml).toContain('丁政发〔2026〕3号');
  expect(xml).toContain('2026年3月6日');
  expect(xml).toContain('>特急<');
  expect(xml).toContain('抄送：县委办公室，县人大常委会办公室。');
  expect(xml).toContain('2026年3月6日印发');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await ctx.close();
});

test('文件信息 is read-only for a read-only invite, and a colleague sees the owner\'s fields live', async ({ browser, request }) => {
  const planId = await createPlan(request, '戊县');
  const res = await request.post(apiPath('createInvite', { planId }), { headers: { Authorization: `Bearer ${E2E_TOKEN}` }, data: { role: 'read' } });
  expect(res.ok()).toBe(true);
  const { invite } = (await res.json()) as { invite: { webLink: string } };
  const { ctx: ownerCtx, page: owner } = await openAs(browser, planId, ['孙八', '县人民政府办公室', '#16a34a'], { viewport: { width: 1366, height: 768 } });
  const readerCtx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await setUser(readerCtx, '周九', '县财政局', '#9333ea');
  const reader = await readerCtx.newPage();
  await reader.goto(`/${new URL(invite.webLink).hash}`);
  await expect(reader.locator('.section-loading')).toHaveCount(0);
  await reader.getByRole('button', { name: '文件信息' }).click();
  const readerPanel = reader.getByRole('dialog', { name: '文件信息' });
  await expect(readerPanel.getByRole('note')).toContainText('只读');
  await expect(readerPanel.getByLabel('机关代字')).toBeDisabled();

  await owner.getByRole('button', { name: '文件信息' }).click();
  await owner.getByRole('dialog', { name: '文件信息' }).getByLabel('机关代字').fill('戊政发');
  await expect(readerPanel.getByLabel('发文字号预览')).toHaveText('戊政发〔2026〕号');
  await ownerCtx.close();
  await readerCtx.close();
});
