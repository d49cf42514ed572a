import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { screenshotPath } from '../e2e-env';
import { caretToEnd, createPlan, E2E_TOKEN, openAs, sectionBody, setUser } from './editor-helpers';
import { paragraphTexts } from '../../unit/docx/docx-kit';

// issue #14 item 5 in three browsers: the owner starts a 征求意见 round with two departments; one answers
// in the text (a 修订 and a 批注), the other answers 无意见; the owner's board and 采纳情况表 follow, the
// owner accepts the 修订 in the text (→ 采纳), rejects the 批注 with a 理由, and downloads the table.

const FGJ = '旗发展和改革局';
const CZJ = '旗财政局';

async function roundInviteToken(request: APIRequestContext, planId: string, department: string): Promise<string> {
  const res = await request.get(`/api/plans/${planId}/invites`, { headers: { Authorization: `Bearer ${E2E_TOKEN}` } });
  expect(res.status()).toBe(200);
  const invites = ((await res.json()) as { invites: Array<{ department: string | null; role: string; token: string }> }).invites;
  const mine = invites.find((i) => i.department === department && i.role === 'suggest');
  expect(mine, `a suggest invite for ${department}`).toBeTruthy();
  return mine!.token;
}

async function openRound(page: Page) {
  await page.getByRole('button', { name: '更多 ▾' }).click();
  await page.getByRole('menuitem', { name: '征求意见' }).click();
  return page.getByRole('dialog', { name: '征求意见' });
}

test('征求意见: start a round, a department suggests and comments, another 无意见, the owner decides and exports the 采纳情况表', async ({ browser, request }) => {
  const planId = await createPlan(request);
  const { ctx: ownerCtx, page: owner } = await openAs(browser, planId, ['王主任', '旗市场监督管理局', '#1971c2'], { viewport: { width: 1366, height: 768 }, acceptDownloads: true });

  // Start: two departments, a deadline.
  let dialog = await openRound(owner);
  const boxes = dialog.locator('.round-departments input[type=checkbox]');
  await expect(boxes.first()).toBeVisible();
  for (const box of await boxes.all()) await box.uncheck();
  await dialog.locator('.round-departments label', { hasText: FGJ }).locator('input').check();
  await dialog.locator('.round-departments label', { hasText: CZJ }).locator('input').check();
  await dialog.getByLabel('反馈截止日期').fill('2099-12-31');
  await owner.screenshot({ path: screenshotPath('round-start.png') });
  await dialog.getByRole('button', { name: '发起征求意见' }).click();
  await expect(dialog.locator('.round-board tbody tr')).toHaveCount(2);
  await expect(dialog.locator('.round-board tr', { hasText: FGJ })).toContainText('未反馈');
  await owner.screenshot({ path: screenshotPath('round-board-started.png') });
  await owner.keyboard.press('Escape');

  // 发改局 opens its round invite: what it types is a 修订; it comments on a phrase.
  const fgjCtx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await setUser(fgjCtx, '李四', FGJ, '#117a65');
  const fgj = await fgjCtx.newPage();
  await fgj.goto(`/#/plan/${planId}?invite=${await roundInviteToken(request, planId, FGJ)}`);
  const fgjBody = sectionBody(fgj, '指导思想');
  await expect(fgjBody).toHaveAttribute('contenteditable', 'true', { timeout: 30_000 });
  await caretToEnd(fgj, fgjBody);
  await fgj.keyboard.insertText('坚持项目化推进。');
  await expect(fgjBody.locator('.suggest-ins')).toHaveText('坚持项目化推进。');
  await fgj.keyboard.press('Control+Home');
  for (let i = 0; i < 4; i++) await fgj.keyboard.press('Shift+ArrowRight');
  const margin = fgjBody.locator('xpath=..').getByRole('complementary', { name: '修订和批注' });
  await margin.getByRole('textbox', { name: '批注内容' }).fill('建议与上级文件提法一致。');
  await margin.getByRole('button', { name: '添加批注' }).click();
  await expect(margin.locator('.comment-card')).toContainText('建议与上级文件提法一致。');
  // A replacement: 测量 typed over 计量 (one opinion 建议将“计量”改为“测量”), and a second 批注 the owner will delete.
  const fgjBase = sectionBody(fgj, '质量基础');
  await caretToEnd(fgj, fgjBase);
  await fgj.keyboard.press('Control+Home');
  // Select 计量 (the first step may only cross into the run-in title's leaf).
  for (let i = 0; i < 6 && (await fgj.evaluate(() => document.getSelection()?.toString())) !== '计量'; i++) await fgj.keyboard.press('Shift+ArrowRight');
  expect(await fgj.evaluate(() => document.getSelection()?.toString())).toBe('计量');
  await fgj.keyboard.insertText('测量');
  await expect(fgjBase.locator('.suggest-ins')).toHaveText('测量');
  await expect(fgjBase.locator('.suggest-del')).toHaveText('计量');
  // The margin shows the replacement as one 修订.
  const baseMargin = fgjBase.locator('xpath=..').getByRole('complementary', { name: '修订和批注' });
  await expect(baseMargin.locator('.review-item')).toHaveCount(1);
  await expect(baseMargin.locator('.review-item')).toContainText('替换：计量 → 测量');
  await expect(baseMargin.getByRole('heading', { name: '修订（1）' })).toBeVisible();
  await fgjBase.scrollIntoViewIfNeeded();
  await fgj.screenshot({ path: screenshotPath('round-department-replacement.png') });
  const fgjGoal = sectionBody(fgj, '工作目标');
  await caretToEnd(fgj, fgjGoal);
  await fgj.keyboard.press('Control+Home');
  for (let i = 0; i < 3; i++) await fgj.keyboard.press('Shift+ArrowRight');
  const goalMargin = fgjGoal.locator('xpath=..').getByRole('complementary', { name: '修订和批注' });
  await goalMargin.getByRole('textbox', { name: '批注内容' }).fill('此条可不作修改。');
  await goalMargin.getByRole('button', { name: '添加批注' }).click();
  await expect(goalMargin.locator('.comment-card')).toContainText('此条可不作修改。');
  await expect(fgj.getByRole('status', { name: '同步状态' })).toHaveText('已连接 · 已保存');
  // The department sees the round in its top bar, and counts as 已反馈 at once: nobody has collected yet.
  await expect(fgj.locator('.round-notice')).toContainText('征求意见');
  await expect(fgj.locator('.round-notice')).toContainText('已反馈');
  await fgj.screenshot({ path: screenshotPath('round-department-suggests.png') });

  // 财政局 answers 无意见 from the round notice.
  const czjCtx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await setUser(czjCtx, '赵六', CZJ, '#9c36b5');
  const czj = await czjCtx.newPage();
  await czj.goto(`/#/plan/${planId}?invite=${await roundInviteToken(request, planId, CZJ)}`);
  await expect(czj.locator('.round-notice')).toContainText('未反馈');
  await czj.locator('.round-notice').click();
  const czjDialog = czj.getByRole('dialog', { name: '征求意见' });
  // 发改局 has written in the text: 已反馈 on every board, before the owner collects.
  await expect(czjDialog.locator('.round-board tr', { hasText: FGJ })).toContainText('已反馈');
  // Its 意见 count is what it wrote, not 0 until the owner collects: 4, all still to be collected.
  await expect(czjDialog.locator('.round-board tr', { hasText: FGJ }).locator('td').nth(2)).toHaveText('4（4 条待汇总）');
  await czjDialog.getByRole('button', { name: '无意见', exact: true }).click();
  await expect(czjDialog.locator('.round-board tr', { hasText: CZJ })).toContainText('无意见');
  // A page opened after the 批注 was made shows that section (its comments root is part of a body).
  await expect(sectionBody(czj, '指导思想')).toContainText('以习近平新时代');
  await expect(czj.locator('.section-broken')).toHaveCount(0);
  await czj.screenshot({ path: screenshotPath('round-department-no-opinion.png') });

  // The owner: the board collects the 修订 and the 批注 on opening.
  dialog = await openRound(owner);
  const board = dialog.locator('.round-board');
  await expect(board.locator('tr', { hasText: FGJ })).toContainText('已反馈');
  await expect(board.locator('tr', { hasText: FGJ }).locator('td').nth(2)).toHaveText('4');
  await expect(board.locator('tr', { hasText: CZJ })).toContainText('无意见');
  const rows = dialog.locator('.adoption-editor tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.filter({ hasText: '建议增加“坚持项目化推进。”' })).toContainText('修订');
  await expect(rows.filter({ hasText: '建议与上级文件提法一致。' })).toContainText('批注');
  // The replacement is one row.
  await expect(rows.filter({ hasText: '建议将“计量”改为“测量”' })).toHaveCount(1);
  await expect(dialog.locator('.round-collect')).toContainText('已从正文汇总 4 条意见');
  await owner.screenshot({ path: screenshotPath('round-board-collected.png') });

  // A deleted opinion stays deleted: its 批注 is still open in the text, 汇总意见 does not bring it back.
  const dropped = rows.filter({ hasText: '此条可不作修改。' });
  await dropped.getByRole('button', { name: /^删除意见/ }).click();
  await expect(rows).toHaveCount(3);
  await dialog.getByRole('button', { name: '汇总意见' }).click();
  await expect(dialog.locator('.round-collect')).toContainText('正文中没有新的修订或批注');
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: '此条可不作修改。' })).toHaveCount(0);

  // 不予采纳 in the table rejects the replacement in the text: both of its marks, in every browser.
  const replacementRow = rows.filter({ hasText: '建议将“计量”改为“测量”' });
  await replacementRow.getByRole('combobox').selectOption('rejected');
  await expect(replacementRow.getByRole('combobox')).toHaveValue('rejected');
  const ownerBase = sectionBody(owner, '质量基础');
  for (const body of [ownerBase, fgjBase]) {
    await expect(body.locator('.suggest-ins, .suggest-del')).toHaveCount(0);
    await expect(body).toContainText('计量。国家');
    await expect(body).not.toContainText('测量');
  }
  await owner.screenshot({ path: screenshotPath('round-table-rejected.png') });
  await owner.keyboard.press('Escape');

  // Accepting the 修订 in the text records 采纳 in the round.
  const ownerBody = sectionBody(owner, '指导思想');
  const ownerMargin = ownerBody.locator('xpath=..').getByRole('complementary', { name: '修订和批注' });
  await ownerMargin.locator('.review-item', { hasText: '插入：坚持项目化推进。' }).getByRole('button', { name: '接受' }).click();
  await expect(ownerBody.locator('.suggest-ins')).toHaveCount(0);
  dialog = await openRound(owner);
  const suggestionRow = rows.filter({ hasText: '建议增加“坚持项目化推进。”' });
  await expect(suggestionRow.getByRole('combobox')).toHaveValue('accepted');
  // The 批注: 不予采纳 with a 理由.
  const commentRow = rows.filter({ hasText: '建议与上级文件提法一致。' });
  await commentRow.getByRole('combobox').selectOption('rejected');
  await commentRow.getByRole('textbox').fill('已与上级文件核对，提法一致');
  await commentRow.getByRole('textbox').press('Tab');
  await expect(commentRow.getByRole('combobox')).toHaveValue('rejected');
  await owner.screenshot({ path: screenshotPath('round-adoption-decided.png') });

  // The 采纳情况表 as .docx and .xlsx.
  const [docx] = await Promise.all([owner.waitForEvent('download'), dialog.getByRole('button', { name: '导出采纳情况表（Word）' }).click()]);
  expect(docx.suggestedFilename()).toMatch(/征求意见采纳情况表\.docx$/);
  const docxPath = screenshotPath('round-adoption.docx');
  await docx.saveAs(docxPath);
  // By the paragraphs' text: quotes are runs of their own (ambiguous-runs.ts).
  const text = paragraphTexts(strFromU8(unzipSync(new Uint8Array(readFileSync(docxPath)))['word/document.xml']!)).join('\n');
  for (const t of ['建议增加“坚持项目化推进。”', '采纳', '不予采纳', '已与上级文件核对，提法一致', CZJ, '无意见', '建议将“计量”改为“测量”']) expect(text).toContain(t);
  expect(text).not.toContain('此条可不作修改。');
  const [xlsx] = await Promise.all([owner.waitForEvent('download'), dialog.getByRole('button', { name: '导出采纳情况表（Excel）' }).click()]);
  expect(xlsx.suggestedFilename()).toMatch(/征求意见采纳情况表\.xlsx$/);
  const xlsxPath = screenshotPath('round-adoption.xlsx');
  await xlsx.saveAs(xlsxPath);
  const sheet = Object.entries(unzipSync(new Uint8Array(readFileSync(xlsxPath)))).filter(([n]) => n.startsWith('xl/')).map(([, b]) => strFromU8(b)).join('');
  expect(sheet).toContain('已与上级文件核对，提法一致');

  await ownerCtx.close();
  await fgjCtx.close();
  await czjCtx.close();
});
