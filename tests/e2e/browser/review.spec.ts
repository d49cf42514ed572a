import { expect, test, type APIRequestContext } from '@playwright/test';
import { screenshotPath } from '../e2e-env';
import { caretToEnd, createPlan, E2E_TOKEN, openAs, sectionBody, setUser } from './editor-helpers';

// issue #14 in two browsers: the owner and a department with a suggest invite. The department's typing
// becomes a 修订 (marked, attributed to it) and it comments; the owner sees both and accepts.

async function suggestInvite(request: APIRequestContext, planId: string, department: string): Promise<string> {
  const res = await request.post(`/api/plans/${planId}/invites`, { headers: { Authorization: `Bearer ${E2E_TOKEN}` }, data: { role: 'suggest', department } });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { invite: { token: string } }).invite.token;
}

test('a department suggests and comments; the owner sees the marks and the comment and accepts', async ({ browser, request }) => {
  const planId = await createPlan(request);
  const { ctx: ownerCtx, page: owner } = await openAs(browser, planId, ['王主任', '县政府办公室', '#1971c2'], { viewport: { width: 1366, height: 768 } });
  const before = await sectionBody(owner, '指导思想').innerText();

  const deptCtx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await setUser(deptCtx, '李四', '旗发展和改革局', '#117a65');
  const dept = await deptCtx.newPage();
  await dept.goto(`/#/plan/${planId}?invite=${await suggestInvite(request, planId, '旗发展和改革局')}`);
  const deptBody = sectionBody(dept, '指导思想');
  await expect(deptBody).toHaveAttribute('contenteditable', 'true', { timeout: 30_000 });

  // Typing is a suggestion: shown underlined, attributed to the department.
  await caretToEnd(dept, deptBody);
  await dept.keyboard.insertText('发改局建议补充的内容。');
  await expect(deptBody.locator('.suggest-ins')).toHaveText('发改局建议补充的内容。');
  await expect(deptBody.locator('.suggest-ins')).toHaveAttribute('title', /旗发展和改革局 李四/);
  // Backspace over the original text marks it deleted instead of removing it.
  await dept.keyboard.press('Control+Home');
  await dept.keyboard.press('Shift+ArrowRight');
  await dept.keyboard.press('Shift+ArrowRight');
  await dept.keyboard.press('Backspace');
  await expect(deptBody.locator('.suggest-del')).toHaveCount(1);

  // A comment on selected text, from the margin.
  await dept.keyboard.press('Control+Home');
  await dept.keyboard.press('Shift+ArrowRight');
  await dept.keyboard.press('Shift+ArrowRight');
  await dept.keyboard.press('Shift+ArrowRight');
  await dept.keyboard.press('Shift+ArrowRight');
  const margin = deptBody.locator('xpath=..').getByRole('complementary', { name: '修订和批注' });
  await margin.getByRole('textbox', { name: '批注内容' }).fill('建议与上级文件提法一致。');
  await margin.getByRole('button', { name: '添加批注' }).click();
  await expect(margin.locator('.comment-card')).toContainText('建议与上级文件提法一致。');
  await expect(dept.getByRole('status', { name: '同步状态' })).toHaveText('已连接 · 已保存');
  // A suggest grant cannot decide: no 接受 buttons for it.
  await expect(margin.getByRole('button', { name: '接受', exact: true })).toHaveCount(0);
  await deptBody.scrollIntoViewIfNeeded();
  await dept.screenshot({ path: screenshotPath('review-department.png') });

  // The owner sees the marks and the comment, and accepts the insertion.
  const ownerBody = sectionBody(owner, '指导思想');
  await expect(ownerBody.locator('.suggest-ins')).toHaveText('发改局建议补充的内容。');
  await expect(ownerBody.locator('.suggest-del')).toHaveCount(1);
  const ownerMargin = ownerBody.locator('xpath=..').getByRole('complementary', { name: '修订和批注' });
  await expect(ownerMargin.locator('.comment-card')).toContainText('旗发展和改革局 · 李四');
  await expect(ownerMargin.locator('.comment-card')).toContainText('建议与上级文件提法一致。');
  await ownerBody.scrollIntoViewIfNeeded();
  await owner.screenshot({ path: screenshotPath('review-owner.png') });
  const insCard = ownerMargin.locator('.review-item', { hasText: '插入：发改局建议补充的内容。' });
  await insCard.getByRole('button', { name: '接受' }).click();
  await expect(ownerBody.locator('.suggest-ins')).toHaveCount(0);
  await expect(ownerBody).toContainText('发改局建议补充的内容。');
  // Reject the deletion: the original text is back as it was, plus the accepted sentence.
  await ownerMargin.locator('.review-item', { hasText: '删除：' }).getByRole('button', { name: '拒绝' }).click();
  await expect(ownerBody.locator('.suggest-del')).toHaveCount(0);
  await expect(ownerBody).toHaveText(`${before}发改局建议补充的内容。`);
  await expect(deptBody.locator('.suggest-ins')).toHaveCount(0);
  await expect(deptBody).toContainText('发改局建议补充的内容。');
  await expect(owner.getByRole('status', { name: '同步状态' })).toHaveText('已连接 · 已保存');
  await owner.screenshot({ path: screenshotPath('review-owner-accepted.png') });
  await ownerCtx.close();
  await deptCtx.close();
});
