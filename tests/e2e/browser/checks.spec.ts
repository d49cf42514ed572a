import { expect, test } from '@playwright/test';
import { apiPath } from '../../../main/common/api/api-routes';
import type { CheckResponse } from '../../../main/common/api/check-contract';
import { caretToEnd, createPlan, E2E_TOKEN, importSeed, openAs, openPlan, sectionBody, setUser } from './editor-helpers';

test.use({ viewport: { width: 1366, height: 768 } });

test('体检 panel on a seed plan: counts, underlines, jump to the place, 全部同类 fixes every half-width mark', async ({ browser, request }) => {
  const planId = await importSeed(request, '004_c4e12caab4fdde4e');
  const { ctx, page } = await openAs(browser, planId, ['李四', '旗市场监督管理局', '#2563eb'], { viewport: { width: 1366, height: 768 } });
  const panel = page.getByRole('region', { name: '公文体检' });
  const preamble = page.locator('.section-editable[aria-label="制定依据（导语）"]');
  // The seed's text has half-width commas throughout: underlined as soon as the editors are there.
  await expect(preamble.locator('.check-mark.check-warning').first()).toBeVisible();
  const warnings = panel.locator('.check-count.sev-warning b');
  const before = Number(await warnings.textContent());
  expect(before).toBeGreaterThan(100);
  await page.screenshot({ path: test.info().outputPath('checks-panel-1366.png') });

  const row = panel.locator('.check-item', { hasText: '制定依据' }).first();
  await row.locator('.check-where').click();
  await expect(preamble).toBeFocused();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(await row.locator('.check-excerpt mark').textContent());
  await page.screenshot({ path: test.info().outputPath('checks-jump-1366.png') });

  await row.getByRole('button', { name: /^全部同类/ }).click();
  await expect(panel.locator('.check-item', { hasText: '中文里用了半角标点' })).toHaveCount(0, { timeout: 30_000 });
  await expect(preamble.locator('.check-mark')).toHaveCount(0);
  await expect(preamble).toContainText('为深入开展质量强旗工作，加快转变经济发展方式，以质量促转型');
  expect(Number(await warnings.textContent())).toBeLessThan(before);
  await page.screenshot({ path: test.info().outputPath('checks-fixed-all-1366.png') });
  await ctx.close();
});

test('a half-width comma typed next to Chinese text is underlined and listed; the fix clears it; 忽略 with a reason persists', async ({ browser, request }) => {
  const planId = await createPlan(request, '庚县');
  const { ctx, page } = await openAs(browser, planId, ['吴十', '县市场监督管理局', '#b45309'], { viewport: { width: 1366, height: 768 } });
  const panel = page.getByRole('region', { name: '公文体检' });
  const body = sectionBody(page, '指导思想');
  await caretToEnd(page, body);
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('坚持质量第一');
  await page.keyboard.type(',');
  await page.keyboard.insertText('效益优先。');

  // Underlined in the page and listed in the panel with its context.
  const mark = body.locator('.check-mark.check-warning', { hasText: ',' });
  await expect(mark).toHaveCount(1);
  const row = panel.locator('.check-item', { has: page.locator('.check-excerpt', { hasText: '质量第一,效益优先' }) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('中文里用了半角标点“,”');
  await expect(row).toContainText('依据：GB/T 15834-2011');
  await page.screenshot({ path: test.info().outputPath('checks-typed-1366.png') });

  await row.getByRole('button', { name: '改为“，”' }).click();
  await expect(body.locator('p.doc-p', { hasText: '坚持质量第一，效益优先。' })).toHaveCount(1);
  await expect(mark).toHaveCount(0);
  await expect(row).toHaveCount(0);

  // 忽略 with a reason: gone from the list, kept in the plan with who and why, after a reload too.
  await caretToEnd(page, body);
  await page.keyboard.insertText('注重实效');
  await page.keyboard.type(';');
  await page.keyboard.insertText('久久为功。');
  const second = panel.locator('.check-item', { has: page.locator('.check-excerpt', { hasText: '注重实效;久久为功' }) });
  await expect(second).toHaveCount(1);
  await second.getByRole('button', { name: '忽略' }).click();
  const reason = second.getByLabel('忽略原因');
  await expect(reason).toBeFocused();
  await expect(second.getByRole('button', { name: '确认忽略' })).toBeDisabled();
  await reason.fill('引用原文，保持不变');
  await page.screenshot({ path: test.info().outputPath('checks-ignore-1366.png') });
  await second.getByRole('button', { name: '确认忽略' }).click();
  await expect(second).toHaveCount(0);
  await expect(body.locator('.check-mark', { hasText: ';' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: '已忽略 1 项' })).toBeVisible();

  await expect.poll(async () => {
    const res = await request.get(apiPath('checkPlan', { planId }), { headers: { Authorization: `Bearer ${E2E_TOKEN}` } });
    const { ignored } = (await res.json()) as CheckResponse;
    return ignored.map((x) => [x.finding.rule, x.ignore.reason, x.ignore.by]);
  }).toEqual([['half-width-punctuation', '引用原文，保持不变', '吴十']]);

  await page.reload();
  await openPlan(page, planId);
  await panel.getByRole('button', { name: '已忽略 1 项' }).click();
  const ignored = panel.locator('.check-item.ignored');
  await expect(ignored).toContainText('吴十忽略：引用原文，保持不变');
  await expect(panel.locator('.check-item:not(.ignored)', { has: page.locator('.check-excerpt', { hasText: '注重实效;久久为功' }) })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('checks-ignored-1366.png') });
  await ctx.close();
});

test('导出: the dialog lists the 体检 errors of the kind chosen; a 文件 with errors asks once, a draft never', async ({ browser, request }) => {
  const planId = await createPlan(request, '辛县');
  const { ctx, page } = await openAs(browser, planId, ['郑一', '县人民政府办公室', '#0f766e'], { acceptDownloads: true, viewport: { width: 1366, height: 768 } });
  await page.getByRole('button', { name: '导出 Word' }).click();
  const dialog = page.getByRole('dialog', { name: '导出 Word' });
  const errors = dialog.getByRole('region', { name: '公文体检错误' });
  const ask = page.getByRole('dialog', { name: '仍要导出正式文件？' });

  // A draft of a new plan: no 文号 or 版记 needed, nothing listed, no question.
  await dialog.getByLabel(/红头文件/).uncheck();
  await expect(errors).toHaveCount(0);
  const [draft] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '导出 Word', exact: true }).click()]);
  expect(draft.suggestedFilename()).toMatch(/\.docx$/);
  await expect(ask).toHaveCount(0);

  // A 文件: the missing 文号 is listed; the first export asks, 取消 exports nothing, the next asks no more.
  await dialog.getByLabel(/红头文件/).check();
  await expect(errors).toContainText('发文字号');
  await dialog.getByRole('button', { name: '导出 Word', exact: true }).click();
  await expect(ask).toContainText('公文体检发现');
  await page.screenshot({ path: test.info().outputPath('checks-export-ask-1366.png') });
  await ask.getByRole('button', { name: '取消' }).click();
  await expect(ask).toHaveCount(0);
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '导出 Word', exact: true }).click();
  const [first] = await Promise.all([page.waitForEvent('download'), ask.getByRole('button', { name: '仍要导出' }).click()]);
  expect(first.suggestedFilename()).toMatch(/\.docx$/);
  const [pdf] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '导出 PDF' }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  await expect(ask).toHaveCount(0);
  await ctx.close();
});

test('a colleague\'s keystroke reaches the other editor\'s 体检: listed and underlined there, gone when the colleague fixes it', async ({ browser, request }) => {
  const planId = await createPlan(request, '壬县');
  const { ctx: aCtx, page: a } = await openAs(browser, planId, ['王五', '县市场监督管理局', '#2563eb'], { viewport: { width: 1366, height: 768 } });
  const { ctx: bCtx, page: b } = await openAs(browser, planId, ['冯二', '县财政局', '#9333ea'], { viewport: { width: 1366, height: 768 } });

  await caretToEnd(b, sectionBody(b, '指导思想'));
  await b.keyboard.press('Enter');
  await b.keyboard.insertText('统筹推进');
  await b.keyboard.type(',');
  await b.keyboard.insertText('协同发力。');

  const aRow = a.getByRole('region', { name: '公文体检' }).locator('.check-item', { has: a.locator('.check-excerpt', { hasText: '统筹推进,协同发力' }) });
  await expect(aRow).toHaveCount(1, { timeout: 20_000 });
  await expect(sectionBody(a, '指导思想').locator('.check-mark', { hasText: ',' })).toHaveCount(1);

  const bRow = b.getByRole('region', { name: '公文体检' }).locator('.check-item', { has: b.locator('.check-excerpt', { hasText: '统筹推进,协同发力' }) });
  await bRow.getByRole('button', { name: '改为“，”' }).click();
  await expect(sectionBody(a, '指导思想')).toContainText('统筹推进，协同发力。', { timeout: 20_000 });
  await expect(aRow).toHaveCount(0);
  await expect(sectionBody(a, '指导思想').locator('.check-mark')).toHaveCount(0);
  await aCtx.close();
  await bCtx.close();
});

test('findings in the 印发通知 (body, title) and in an attachment: a click scrolls there and selects the place; the fix works there', async ({ browser, request }) => {
  // Seed 004 is printed inside its 印发通知 and has a 办法 as its attachment: both shown after the plan.
  const planId = await importSeed(request, '004_c4e12caab4fdde4e');
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  // A department with no section of its own: the list is in document order, the notice first.
  await setUser(ctx, '褚九', '旗人民政府办公室', '#0e7490');
  const page = await ctx.newPage();
  await openPlan(page, planId);
  const panel = page.getByRole('region', { name: '公文体检' });

  // The notice's half-width comma: listed under 印发通知正文, underlined in the notice's editor.
  const notice = page.locator('.section-editable[aria-label="印发通知正文"]');
  const noticeRow = panel.locator('.check-item', { hasText: '印发通知正文' }).first();
  await expect(noticeRow).toContainText('中文里用了半角标点“,”');
  await noticeRow.locator('.check-where').click();
  await expect(notice).toBeFocused();
  await expect(notice).toBeInViewport();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(',');
  await expect(notice.locator('.check-mark.check-warning').first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('checks-jump-notice-1366.png') });

  // A damaged 文号 typed into the attachment's 总则: an error, listed; a click from the top of the page
  // scrolls down to the attachment and selects the 文号.
  const annexBody = page.locator('.section-editable[aria-label="附件总则正文"]');
  // Far below the plan its editor may not be mounted (the budget of mounted editors): on screen it is.
  await page.locator('.doc-section', { has: page.locator('.inline-field', { hasText: /^总则$/ }) }).scrollIntoViewIfNeeded();
  await caretToEnd(page, annexBody);
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('依据《质量发展纲要》（国发[2012]第09号）制定。');
  await panel.locator('.check-count.sev-error').click();
  const annexRow = panel.locator('.check-item', { hasText: '引用的文号' });
  await expect(annexRow).toHaveCount(1);
  await expect(annexRow).toContainText('总则');
  await page.locator('.doc-title').scrollIntoViewIfNeeded();
  await expect(annexBody).not.toBeInViewport();
  await annexRow.locator('.check-where').click();
  await expect(annexBody).toBeFocused();
  await expect(annexBody.locator('.check-mark.check-error')).toBeInViewport();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('[2012]第09号');
  await page.screenshot({ path: test.info().outputPath('checks-jump-attachment-1366.png') });

  await annexRow.getByRole('button', { name: '改为“〔2012〕9号”' }).click();
  await expect(annexBody).toContainText('依据《质量发展纲要》（国发〔2012〕9号）制定。');
  await expect(annexRow).toHaveCount(0);
  await expect(annexBody.locator('.check-mark.check-error')).toHaveCount(0);

  // The notice's title with end punctuation (typed in 文件信息): the jump selects it in the page's heading.
  await page.getByRole('button', { name: '文件信息' }).click();
  const fields = page.getByRole('dialog', { name: '文件信息' });
  const noticeTitle = fields.getByLabel('印发通知标题');
  await noticeTitle.fill(`${await noticeTitle.inputValue()}。`);
  await noticeTitle.press('Enter');
  await page.keyboard.press('Escape');
  await expect(fields).toHaveCount(0);
  const heading = page.locator('[data-annex-title="notice"]');
  await expect(heading).toHaveText(/的通知。$/);
  await panel.locator('.check-count.sev-warning').click();
  const titleRow = panel.locator('.check-item', { hasText: '通知标题末尾不加标点符号' });
  await expect(titleRow).toHaveCount(1);
  await page.locator('.doc-title').scrollIntoViewIfNeeded();
  await titleRow.locator('.check-where').click();
  await expect(heading).toBeInViewport();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('。');
  await titleRow.getByRole('button', { name: '删除末尾的“。”' }).click();
  await expect(heading).toHaveText(/的通知$/);
  await expect(titleRow).toHaveCount(0);
  await ctx.close();
});

test('a cited 文号 typed without brackets: listed and underlined as an error, the fix writes 〔〕; run-together digits get no fix', async ({ browser, request }) => {
  const planId = await createPlan(request, '辛县');
  const { ctx, page } = await openAs(browser, planId, ['郑十一', '县人民政府办公室', '#7c3aed'], { viewport: { width: 1366, height: 768 } });
  const panel = page.getByRole('region', { name: '公文体检' });
  const body = sectionBody(page, '指导思想');
  await caretToEnd(page, body);
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('根据《关于推进质量强县建设的通知》（辛政办发2026年第05号）和辛政发20265号文件，于2026年5月5号前完成。');
  await panel.locator('.check-count.sev-error').click();

  const row = panel.locator('.check-item', { hasText: '辛政办发2026年第05号' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('年份应加六角括号〔〕');
  await expect(body.locator('.check-mark.check-error', { hasText: '2026年第05号' })).toHaveCount(1);
  const together = panel.locator('.check-item', { hasText: '年份和序号连在一起' });
  await expect(together).toHaveCount(1);
  await expect(together.getByRole('button', { name: /^改为/ })).toHaveCount(0);
  // The date's 5号 is not a 文号.
  await expect(panel.locator('.check-item', { hasText: '5月5号' })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('checks-bare-citation-1366.png') });

  await row.getByRole('button', { name: '改为“〔2026〕5号”' }).click();
  await expect(body).toContainText('（辛政办发〔2026〕5号）和辛政发20265号文件');
  await expect(row).toHaveCount(0);
  await expect(body.locator('.check-mark.check-error', { hasText: '〔2026〕5号' })).toHaveCount(0);
  await expect(together).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('checks-bare-citation-fixed-1366.png') });
  await ctx.close();
});
