import { expect, test } from '@playwright/test';
import { screenshotPath } from '../e2e-env';
import { createPlan, E2E_TOKEN, openPlan, sectionBody, setUser } from './editor-helpers';

test.beforeEach(async ({ context, page }) => {
  await setUser(context, '张三', '旗市场监督管理局', '#1971c2');
  await page.setViewportSize({ width: 1366, height: 768 });
});

test('以去年的计划为底稿: a 2027 draft from the 2026 plan, years rolled, figures to check, confirmed one by one', async ({ page, request }) => {
  const region = `底稿${Date.now() % 100000}旗`;
  const sourceId = await createPlan(request, region);
  await page.goto(`/?token=${E2E_TOKEN}`);
  const row = page.locator('.plan-row', { hasText: `${region}2026年` });
  await row.getByRole('button', { name: '以此为底稿' }).click();
  const dialog = page.getByRole('dialog', { name: '以去年的计划为底稿' });
  await expect(dialog.getByLabel('新计划年度')).toHaveValue('2027');
  // A year that does not follow is refused in Chinese, and nothing is created.
  await dialog.getByLabel('新计划年度').fill('2026');
  await dialog.getByRole('button', { name: '生成草稿' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/须晚于底稿的年度/);
  await dialog.getByLabel('新计划年度').fill('2027');
  await dialog.getByRole('button', { name: '生成草稿' }).click();
  const summary = dialog.getByLabel('底稿摘要');
  await expect(summary).toContainText(`${region}2027年推进质量强旗工作行动计划`);
  await expect(summary).toContainText(/待核对的目标数字 \d+ 处/);
  await expect(dialog.locator('details').first()).toContainText('合格率');
  await page.screenshot({ path: screenshotPath('roll-forward-report-1366.png') });
  await dialog.getByRole('button', { name: '打开新计划' }).click();

  await expect(page).not.toHaveURL(new RegExp(sourceId));
  await expect(page.locator('.section-editable').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.section-static')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.locator('.doc-title')).toHaveText(`${region}2027年推进质量强旗工作行动计划`);
  const targets = sectionBody(page, '质量目标');
  const flagged = targets.locator('.doc-item.needs-review');
  const count = await flagged.count();
  expect(count).toBeGreaterThan(0);
  // Measures keep their units and their deadlines moved a year.
  const measure = sectionBody(page, '实施质量提升行动，增强质量竞争力').locator('.doc-item.is-measure').first();
  await expect(measure.locator('.item-resp')).toContainText('市场监督管理局');
  await measure.locator('[data-slate-string]').first().click();
  await expect(page.getByLabel('完成时限')).toHaveValue(/^2027年/);
  await page.screenshot({ path: screenshotPath('roll-forward-editor-1366.png') });
  // Confirming a figure removes its flag, and the change is stored (it survives a reload).
  await flagged.first().getByRole('button', { name: '已核对' }).click();
  await expect(targets.locator('.doc-item.needs-review')).toHaveCount(count - 1);
  await page.reload();
  await expect(page.locator('.section-static')).toHaveCount(0, { timeout: 30_000 });
  await expect(sectionBody(page, '质量目标').locator('.doc-item.needs-review')).toHaveCount(count - 1);

  // The source plan is unchanged.
  await openPlan(page, sourceId);
  await expect(page.locator('.doc-title')).toHaveText(`${region}2026年推进质量强旗工作行动计划`);
  await expect(page.locator('.needs-review')).toHaveCount(0);
});

test('以去年的计划为底稿 from last year’s issued .docx: import it, then roll it forward from the import report', async ({ page, request }) => {
  // Last year's issued document: a 2025 plan exported as the .docx it was issued as.
  const region = `印发${Date.now() % 100000}旗`;
  const res = await request.post('/api/plans', { headers: { Authorization: `Bearer ${E2E_TOKEN}` }, data: { templateId: 'county-quality-action-plan', region, year: 2025 } });
  const lastYear = ((await res.json()) as { plan: { id: string } }).plan.id;
  const docx = await request.get(`/api/plans/${lastYear}/export.docx`, { headers: { Authorization: `Bearer ${E2E_TOKEN}` } });
  expect(docx.ok()).toBe(true);

  await page.goto(`/?token=${E2E_TOKEN}`);
  await page.getByTestId('import-file').setInputFiles({
    name: `${region}2025年行动计划.docx`, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: await docx.body(),
  });
  const imported = page.getByRole('dialog', { name: '导入结果' });
  await expect(imported.getByRole('heading')).toContainText(`${region}2025年`);
  await imported.getByRole('button', { name: '以此为底稿' }).click();
  const dialog = page.getByRole('dialog', { name: '以去年的计划为底稿' });
  await expect(dialog.getByLabel('新计划年度')).toHaveValue('2026');
  await dialog.getByRole('button', { name: '生成草稿' }).click();
  await expect(dialog.getByLabel('底稿摘要')).toContainText(`${region}2026年`);
  await expect(dialog.getByLabel('底稿摘要')).toContainText(/沿用措施 [1-9]\d* 项/);
  await dialog.getByRole('button', { name: '打开新计划' }).click();
  await expect(page.locator('.doc-title')).toContainText(`${region}2026年`, { timeout: 30_000 });
  await expect(page.locator('.needs-review').first()).toBeVisible();
});
