import { expect, test } from '@playwright/test';
import { screenshotPath } from '../e2e-env';
import { caretToEnd, createPlan, E2E_TOKEN, openPlan, sectionBody, setUser } from './editor-helpers';

test.use({ viewport: { width: 1366, height: 768 } });

test('版本: save 初稿, edit, compare inline and side by side, view read-only, restore; 签发稿 locks until 解锁', async ({ page, context, request }) => {
  await setUser(context, '张三', '旗市场监督管理局', '#1677ff');
  const planId = await createPlan(request);
  await openPlan(page, planId);
  const openVersions = async () => {
    await page.getByRole('button', { name: '更多 ▾' }).click();
    await page.getByRole('menuitem', { name: '版本' }).click();
    return page.getByRole('dialog', { name: '版本' });
  };

  let dialog = await openVersions();
  await expect(dialog.getByText('还没有保存过版本')).toBeVisible();
  await dialog.getByRole('combobox', { name: '版本名称' }).fill('初稿');
  await dialog.getByRole('button', { name: '保存版本' }).click();
  await expect(dialog.getByRole('status')).toContainText('已保存版本“初稿”');
  await expect(dialog.locator('tbody tr')).toHaveCount(1);
  await expect(dialog.locator('tbody tr').first()).toContainText('张三');
  await page.keyboard.press('Escape');

  // An edit after the 初稿.
  const body = sectionBody(page, '指导思想');
  await caretToEnd(page, body);
  await page.keyboard.type('坚持质量第一、效益优先。');
  await expect(page.getByRole('status', { name: '同步状态' })).toContainText('已保存', { timeout: 30_000 });

  dialog = await openVersions();
  await dialog.getByRole('button', { name: '比较' }).click();
  await expect(dialog.getByText('共 1 处修改')).toBeVisible();
  await expect(dialog.locator('ins.diff-ins')).toContainText('坚持质量第一、效益优先。');
  await page.screenshot({ path: screenshotPath('versions-compare-inline-1366.png') });
  await dialog.getByRole('button', { name: '并排' }).click();
  await expect(dialog.getByRole('columnheader', { name: '新版本' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('versions-compare-side-1366.png') });

  await dialog.getByRole('button', { name: '← 返回' }).click();
  await dialog.getByRole('button', { name: '查看' }).click();
  await expect(dialog.getByRole('article', { name: '版本内容（只读）' })).toContainText('指导思想');
  await expect(dialog.getByRole('article')).not.toContainText('坚持质量第一、效益优先。');
  await page.screenshot({ path: screenshotPath('versions-view-1366.png') });
  await dialog.getByRole('button', { name: '← 返回版本列表' }).click();

  // Restore: the edit disappears from the editor (a new change from the server).
  page.once('dialog', (d) => void d.accept());
  await dialog.getByRole('button', { name: '恢复' }).click();
  await expect(dialog.getByRole('status')).toContainText('已恢复为“初稿”');
  await expect(body).not.toContainText('坚持质量第一、效益优先。');
  await page.screenshot({ path: screenshotPath('versions-list-1366.png') });

  // 签发稿 locks the plan: the page reopens with 已锁定 and the owner's 解锁.
  await dialog.getByRole('combobox', { name: '版本名称' }).fill('签发稿');
  await expect(dialog.getByText('保存签发稿后计划将被锁定')).toBeVisible();
  await dialog.getByRole('button', { name: '保存版本' }).click();
  const chip = page.locator('.lock-chip');
  await expect(chip).toContainText('已锁定（签发稿）', { timeout: 30_000 });
  await expect(page.locator('.section-editable').first()).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: screenshotPath('versions-locked-1366.png') });
  await chip.getByRole('button', { name: '解锁' }).click();
  await expect(page.locator('.lock-chip')).toHaveCount(0, { timeout: 30_000 });
});

test('a colleague already editing when the 签发稿 is saved: told the plan is locked, the page goes read-only', async ({ browser, request }) => {
  const planId = await createPlan(request);
  const owner = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const colleague = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await setUser(owner, '张三', '旗市场监督管理局', '#1677ff');
  await setUser(colleague, '李四', '旗发展和改革局', '#cf1322');
  const a = await owner.newPage();
  const b = await colleague.newPage();
  await openPlan(a, planId);
  // The colleague comes through an edit invite (not the owner's token).
  const res = await request.post(`/api/plans/${planId}/invites`, { headers: { Authorization: `Bearer ${E2E_TOKEN}` }, data: { role: 'edit' } });
  expect(res.status()).toBe(201);
  await b.goto(`/#/plan/${planId}?invite=${((await res.json()) as { invite: { token: string } }).invite.token}`);
  await expect(b.locator('.section-editable').first()).toBeVisible({ timeout: 30_000 });
  await expect(b.locator('.section-locked')).toHaveCount(0);

  await a.getByRole('button', { name: '更多 ▾' }).click();
  await a.getByRole('menuitem', { name: '版本' }).click();
  const dialog = a.getByRole('dialog', { name: '版本' });
  await dialog.getByRole('combobox', { name: '版本名称' }).fill('签发稿');
  await dialog.getByRole('button', { name: '保存版本' }).click();

  await expect(b.getByText('计划已锁定（签发稿）')).toBeVisible({ timeout: 30_000 });
  await expect(b.locator('.section-editor.section-locked').first()).toBeVisible({ timeout: 30_000 });
  // The colleague is not the owner: 已锁定 without 解锁.
  await expect(b.locator('.lock-chip')).toContainText('已锁定（签发稿）', { timeout: 30_000 });
  await expect(b.locator('.lock-chip').getByRole('button', { name: '解锁' })).toHaveCount(0);
  await b.screenshot({ path: screenshotPath('versions-colleague-locked-1366.png') });
  await owner.close();
  await colleague.close();
});
