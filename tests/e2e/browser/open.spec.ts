import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { caretToEnd, createPlan, E2E_TOKEN, sectionBody, serverPlan, setUser } from './editor-helpers';

async function inviteToken(request: APIRequestContext, planId: string, data: object): Promise<string> {
  const res = await request.post(`/api/plans/${planId}/invites`, { headers: { Authorization: `Bearer ${E2E_TOKEN}` }, data });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { invite: { token: string } }).invite.token;
}

/**
 * Waits for the first frame with every section on the page (opened from the open-states response: the
 * sections on screen as editors, the others as text whose editors mount when the page is idle) and
 * returns how many editors that frame had and how many of them were writable, before any provider had
 * a chance to authenticate and correct it.
 */
async function openedAtOnce(page: Page): Promise<{ editors: number; writable: number; shown: number }> {
  const firstFrame = await page.waitForFunction(() => {
    const editors = [...document.querySelectorAll('.section-editable')];
    if (editors.length === 0 || document.querySelector('.section-loading')) return null;
    const shown = editors.length + document.querySelectorAll('.section-static').length;
    return { editors: editors.length, writable: editors.filter((e) => e.getAttribute('contenteditable') === 'true').length, shown };
  }, undefined, { polling: 'raf' });
  expect(await page.evaluate(() => performance.getEntriesByName('open-states-applied').length)).toBe(1);
  return (await firstFrame.jsonValue())!;
}

test('opening shows every section at once with the grant of the token: read-only, and a department\'s own section', async ({ browser, request }) => {
  const planId = await createPlan(request, '戊旗');
  const ownerCtx = await browser.newContext();
  await setUser(ownerCtx, '张三', '旗市场监督管理局', '#c0392b');
  const owner = await ownerCtx.newPage();
  await owner.goto(`/?token=${E2E_TOKEN}#/plan/${planId}`);
  const first = await openedAtOnce(owner);
  expect(first.shown).toBe(13);
  expect(first.writable).toBe(first.editors);
  // The editors of the sections off screen mount when the page is idle, writable as well.
  const sections = 13;
  await expect(owner.locator('.section-editable')).toHaveCount(sections);
  await expect(owner.locator('.section-editable[contenteditable="true"]')).toHaveCount(sections);
  await owner.locator('.outline-row', { hasText: '指导思想' }).hover();
  await owner.getByRole('button', { name: '分配部门 指导思想' }).click();
  await owner.getByRole('combobox', { name: '分配 指导思想' }).selectOption('旗发展和改革局');
  await expect(owner.getByRole('status', { name: '同步状态' })).toHaveText('已连接 · 已保存');

  // A read-only invite: every editor is read-only from the first frame, and typing changes nothing.
  const readerCtx = await browser.newContext();
  await setUser(readerCtx, '赵六', '', '#2471a3');
  const reader = await readerCtx.newPage();
  await reader.goto(`/#/plan/${planId}?invite=${await inviteToken(request, planId, { role: 'read' })}`);
  expect((await openedAtOnce(reader)).writable).toBe(0);
  await expect(reader.locator('.section-editable')).toHaveCount(sections);
  await expect(reader.locator('.section-editable[contenteditable="true"]')).toHaveCount(0);
  await reader.locator('.section-editable').nth(1).locator('[data-slate-string]').first().click();
  await reader.keyboard.insertText('只读用户的输入。');
  // The keystrokes were dispatched when insertText returned; an editor that took them renders them by the
  // next frame (React flushes input events at once), so a frame is the barrier, not a delay.
  await reader.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  await expect(reader.locator('.page')).not.toContainText('只读用户的输入。');
  // The plan doc is read-only too: no outline tools, titles not editable (the server would drop them).
  await expect(reader.getByRole('button', { name: '＋ 章节' })).toHaveCount(0);
  await expect(reader.getByText('只读：可查看，不能调整章节')).toBeVisible();
  await expect(reader.getByRole('textbox', { name: '计划标题' })).toHaveAttribute('contenteditable', 'false');
  await expect(reader.getByRole('textbox', { name: '章节标题' }).first()).toHaveAttribute('contenteditable', 'false');
  await reader.locator('.outline-row', { hasText: '指导思想' }).hover();
  await expect(reader.getByRole('button', { name: '删除 指导思想' })).toHaveCount(0);
  await expect(owner.getByRole('button', { name: '＋ 章节' })).toBeVisible();
  await expect(owner.getByRole('textbox', { name: '计划标题' })).toHaveAttribute('contenteditable', 'true');

  // A department invite: only its own section is editable, and what it types reaches the owner.
  const deptCtx = await browser.newContext();
  await setUser(deptCtx, '李四', '旗发展和改革局', '#117a65');
  const dept = await deptCtx.newPage();
  await dept.goto(`/#/plan/${planId}?invite=${await inviteToken(request, planId, { role: 'department', department: '旗发展和改革局' })}`);
  // Its own section (the first) is on screen: an editor, writable, from the first frame.
  expect((await openedAtOnce(dept)).writable).toBe(1);
  await expect(dept.locator('.section-editable')).toHaveCount(sections);
  await expect(dept.locator('.section-editable[contenteditable="true"]')).toHaveCount(1);
  await expect(sectionBody(dept, '指导思想')).toHaveAttribute('contenteditable', 'true');
  // A department cannot change the outline or the titles (the plan doc is read-only for it).
  await expect(dept.getByRole('button', { name: '＋ 章节' })).toHaveCount(0);
  await expect(dept.getByRole('textbox', { name: '计划标题' })).toHaveAttribute('contenteditable', 'false');
  await caretToEnd(dept, sectionBody(dept, '指导思想'));
  await dept.keyboard.insertText('发改局填写的内容。');
  await expect(sectionBody(owner, '指导思想')).toContainText('发改局填写的内容。');

  // Reassigned while open: the server closes the department's socket at its next message and it comes
  // back read-only (docs/coediting.md); the editor turns read-only without a reload.
  await owner.locator('.outline-row', { hasText: '指导思想' }).hover();
  await owner.getByRole('button', { name: '分配部门 指导思想' }).click();
  await owner.getByRole('combobox', { name: '分配 指导思想' }).selectOption('旗财政局');
  await expect(owner.getByRole('status', { name: '同步状态' })).toHaveText('已连接 · 已保存');
  await caretToEnd(dept, sectionBody(dept, '指导思想'));
  await dept.keyboard.insertText('改派之后的输入。');
  await expect(sectionBody(dept, '指导思想')).toHaveAttribute('contenteditable', 'false');
  await expect(dept.locator('.section-editable[contenteditable="true"]')).toHaveCount(0);
  // The editor turned read-only after its socket was closed at that message (the gate refuses it before it is
  // applied) and came back read-only (whose writes are dropped). The server's live plan is the truth the owner
  // would be sent: it lacks the text, so the owner was never sent it.
  expect(JSON.stringify(await serverPlan(request, planId))).toContain('发改局填写的内容。');
  expect(JSON.stringify(await serverPlan(request, planId))).not.toContain('改派之后的输入。');
  await expect(sectionBody(owner, '指导思想')).not.toContainText('改派之后的输入。');
  await Promise.all([ownerCtx.close(), readerCtx.close(), deptCtx.close()]);
});
