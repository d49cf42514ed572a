import { expect, test } from '@playwright/test';
import { caretToEnd, createPlan, openAs, openPlan, sectionBody, setUser } from './editor-helpers';

test('a colleague joins through an invite link; edits are seen both ways; 停止共享 shuts the door', async ({ browser, request }) => {
  const planId = await createPlan(request, '甲旗');
  const ownerCtx = await browser.newContext();
  const guestCtx = await browser.newContext();
  await setUser(ownerCtx, '张三', '旗市场监督管理局', '#c0392b');
  await setUser(guestCtx, '李四', '旗发展和改革局', '#2471a3');
  const owner = await ownerCtx.newPage();
  await openPlan(owner, planId);

  await owner.getByRole('button', { name: '共享协作' }).click();
  const dialog = owner.getByRole('dialog', { name: '共享协作' });
  await dialog.getByRole('button', { name: '生成邀请' }).click();
  const link = await dialog.getByLabel('邀请链接').first().inputValue();
  expect(link).toMatch(new RegExp(`/#/plan/${planId}\\?invite=`));
  await expect(dialog.locator('.invite-code').first()).toHaveText(/^[A-Z2-9]{6}$/);
  await expect(dialog.getByRole('img', { name: /邀请二维码/ })).toBeVisible();
  await dialog.getByRole('button', { name: '关闭' }).click();

  // The colleague has no owner token: the invite alone opens the plan.
  const guest = await guestCtx.newPage();
  await guest.goto(link);
  await expect(guest.locator('.section-editable').first()).toBeVisible();
  await expect(guest.locator('.section-loading')).toHaveCount(0);
  expect(guest.url()).not.toContain('invite=');

  const guestBody = sectionBody(guest, '指导思想');
  await caretToEnd(guest, guestBody);
  await guest.keyboard.insertText('发改局补充的内容。');
  await expect(sectionBody(owner, '指导思想')).toContainText('发改局补充的内容。');

  const ownerBody = sectionBody(owner, '指导思想');
  await caretToEnd(owner, ownerBody);
  await owner.keyboard.insertText('市场局的回复。');
  await expect(guestBody).toContainText('市场局的回复。');
  await expect(owner.getByRole('list', { name: '在线成员' })).toContainText('李四');

  // Stop sharing: every invite is revoked; the link no longer opens the plan.
  await owner.getByRole('button', { name: '共享协作' }).click();
  await owner.getByRole('dialog', { name: '共享协作' }).getByRole('button', { name: '停止共享' }).click();
  await expect(owner.getByRole('dialog', { name: '共享协作' }).getByRole('list', { name: '邀请' })).toContainText('还没有邀请');
  const lateCtx = await browser.newContext();
  const late = await lateCtx.newPage();
  await late.goto(link);
  await expect(late.getByRole('alert')).toContainText('无法打开该计划');
  await Promise.all([ownerCtx.close(), guestCtx.close(), lateCtx.close()]);
});

test('sections are assigned to a department; the assignee sees 待我填写 and the owner sees progress', async ({ browser, request }) => {
  const planId = await createPlan(request, '乙旗');
  const { ctx, page } = await openAs(browser, planId, ['王五', '旗发展和改革局', '#117a65']);
  // Row tools show on hover, like Word's navigation pane.
  await page.locator('.outline-row', { hasText: '指导思想' }).hover();
  await page.getByRole('button', { name: '分配部门 指导思想' }).click();
  await page.getByRole('combobox', { name: '分配 指导思想' }).selectOption('旗发展和改革局');
  const row = page.locator('.outline-row', { hasText: '指导思想' });
  await expect(row.locator('.outline-assignee')).toHaveText('待我填写');

  await page.locator('.outline-row', { hasText: '保障措施' }).hover();
  await page.getByRole('button', { name: '分配部门 保障措施' }).click();
  await page.getByRole('combobox', { name: '分配 保障措施' }).selectOption('旗财政局');
  await expect(page.locator('.outline-row', { hasText: '保障措施' }).locator('.outline-assignee')).toHaveText('旗财政局');

  await page.getByRole('button', { name: '更多' }).click(); // the less used actions sit in the top bar's menu
  await page.getByRole('menuitem', { name: '填写进度' }).click();
  const progress = page.getByRole('dialog', { name: '填写进度' });
  await expect(progress).toContainText('旗发展和改革局');
  await expect(progress.locator('tr', { hasText: '旗发展和改革局' })).toContainText('1 / 1');
  await expect(progress.locator('tr', { hasText: '旗财政局' })).toContainText('1 / 1');
  await ctx.close();
});
