import { expect, test } from '@playwright/test';
import { createPlan, openAs } from './editor-helpers';
import { screenshotPath } from '../e2e-env';

test.use({ viewport: { width: 1366, height: 768 } });

// GB/T 9704 7.2.5: a whole 文号 typed into the 机关代字 field with round brackets is named by the 体检,
// and its fix sets 代字, 年份 and 序号 into their fields (年份 in 六角括号 when rendered).
test('a 文号 written X政发(2026)5号 in the 代字 field is named; the one-click fix splits it into its parts', async ({ browser, request }) => {
  const planId = await createPlan(request, '辛县');
  const { ctx, page } = await openAs(browser, planId, ['周一', '县人民政府办公室', '#2563eb']);

  await page.getByRole('button', { name: '文件信息' }).click();
  let fields = page.getByRole('dialog', { name: '文件信息' });
  await fields.getByLabel('机关代字').fill('X政发(2026)5号');
  await fields.getByLabel('序号').click();
  await page.keyboard.press('Escape');
  await expect(fields).toHaveCount(0);

  const panel = page.getByRole('region', { name: '公文体检' });
  const row = panel.locator('.check-item', { hasText: '发文字号“X政发(2026)5号”写法不规范' });
  await expect(row).toContainText('年份用六角括号〔〕，不用其他括号');
  await expect(row).toContainText('应为“X政发〔2026〕5号”');
  await page.screenshot({ path: screenshotPath('doc-number-check.png') });
  await row.getByRole('button', { name: '改为“X政发〔2026〕5号”' }).click();
  await expect(panel.locator('.check-item', { hasText: '写法不规范' })).toHaveCount(0);

  await page.getByRole('button', { name: '文件信息' }).click();
  fields = page.getByRole('dialog', { name: '文件信息' });
  await expect(fields.getByLabel('机关代字')).toHaveValue('X政发');
  await expect(fields.getByLabel('年份')).toHaveValue('2026');
  await expect(fields.getByLabel('序号')).toHaveValue('5');
  await expect(fields.getByLabel('发文字号预览')).toHaveText('X政发〔2026〕5号');
  await ctx.close();
});
