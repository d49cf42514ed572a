import { expect, test } from '@playwright/test';
import { screenshotPath } from '../e2e-env';
import type { APIRequestContext } from '@playwright/test';
import { apiPath } from '../../../main/common/api/api-routes';
import { caretToEnd, createPlan, E2E_TOKEN, openAs, sectionBody } from './editor-helpers';

/** How many 繁体 characters the server's export preview counts (the dialog asks it once, when it opens). */
async function serverTraditional(request: APIRequestContext, planId: string): Promise<number> {
  const res = await request.get(apiPath('exportPreview', { planId }), { headers: { Authorization: `Bearer ${E2E_TOKEN}` } });
  return ((await res.json()) as { glyphs: { traditional: { count: number } } }).glyphs.traditional.count;
}

// 繁体 text prints with fallback glyphs (issue #12): the export dialog says which characters the 公文 fonts
// cannot draw and leads to the 公文体检's 繁→简 fix. At 1366×768 its footer keeps its buttons on one line.
test.use({ viewport: { width: 1366, height: 768 } });

test('the export dialog names the characters without a glyph, and 繁体 leads to the 公文体检 fix; its footer is one line', async ({ browser, request }) => {
  const planId = await createPlan(request, '辛旗');
  const { ctx, page } = await openAs(browser, planId, ['周八', '旗市场监督管理局', '#0f766e'], { viewport: { width: 1366, height: 768 } });

  // A simplified plan: nothing to warn about.
  await page.getByRole('button', { name: '导出 Word' }).click();
  const dialog = page.getByRole('dialog', { name: '导出 Word' });
  await expect(dialog.getByLabel('页面预估')).toContainText(/预计共 \d+ 页/);
  await expect(dialog.getByRole('region', { name: '字体缺字' })).toHaveCount(0);
  // Footer: six buttons on one line, none of them wrapped inside (#13).
  const buttons = await dialog.locator('.dialog-actions button').evaluateAll((els) => els.map((e) => {
    const r = e.getBoundingClientRect();
    return { centre: Math.round((r.top + r.bottom) / 2), height: r.height, text: e.textContent };
  }));
  expect(buttons).toHaveLength(6);
  expect(Math.max(...buttons.map((b) => b.centre)) - Math.min(...buttons.map((b) => b.centre))).toBeLessThanOrEqual(2);
  for (const b of buttons) expect(b.height, b.text ?? '').toBeLessThan(40);
  await page.keyboard.press('Escape');

  // 繁体 typed into the text (as a plan imported from a 繁体 source has it).
  const body = sectionBody(page, '指导思想');
  await caretToEnd(page, body);
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('推動產業綠色發展，貫徹執行。');
  // The text has reached the server (the dialog's preview is asked for when it opens).
  await expect.poll(() => serverTraditional(request, planId), { timeout: 30_000 }).toBeGreaterThan(0);
  await page.getByRole('button', { name: '导出 Word' }).click();
  const warning = dialog.getByRole('region', { name: '字体缺字' });
  await expect(warning).toContainText('文中有', { timeout: 30_000 });
  await expect(warning).toContainText('个繁体字');
  // The render fonts' 仿宋 (FandolFang) has no 產 or 綠: named per role.
  await expect(warning).toContainText('以下字符在公文字体中没有字形');
  await expect(warning.getByRole('listitem').filter({ hasText: '仿宋' })).toContainText(/產|綠/);
  await page.screenshot({ path: screenshotPath('export-dialog-glyphs.png') });

  // The way to the fix: the 公文体检 opens at the 繁体字 finding, whose fix makes the text simplified.
  await warning.getByRole('button', { name: '在公文体检中改为简体' }).click();
  await expect(dialog).toBeHidden();
  const panel = page.getByRole('region', { name: '公文体检' });
  const row = panel.locator('.check-item', { hasText: '有繁体字' });
  await expect(row).toHaveCount(1);
  await row.getByRole('button', { name: '繁体改为简体' }).click();
  await expect(body.locator('p.doc-p', { hasText: '推动产业绿色发展，贯彻执行。' })).toHaveCount(1);
  await expect.poll(() => serverTraditional(request, planId), { timeout: 30_000 }).toBe(0);
  await page.getByRole('button', { name: '导出 Word' }).click();
  await expect(dialog.getByLabel('页面预估')).toContainText(/预计共 \d+ 页/);
  await expect(dialog.getByRole('region', { name: '字体缺字' })).toHaveCount(0);
  await ctx.close();
});
