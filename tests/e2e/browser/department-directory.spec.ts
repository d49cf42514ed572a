import { expect, test } from '@playwright/test';
import { E2E_TOKEN, screenshotPath } from '../e2e-env';
import { setUser } from './editor-helpers';

test.use({ viewport: { width: 1366, height: 768 } });

test('member departments from the new-plan form; 部门名录 renames and merges, and the measures follow', async ({ page, context }) => {
  await setUser(context, '张三', '旗市场监督管理局', '#1677ff');
  await page.goto(`/?token=${E2E_TOKEN}`);
  await page.locator('.template-card', { hasText: '县级质量强县年度行动计划' }).getByRole('button', { name: '用此模板新建' }).click();
  const form = page.getByRole('dialog', { name: '新建计划' });
  await form.getByLabel('地区名称').fill('鄂托克前旗');
  for (const name of ['旗市场监督管理局', '旗工业和信息化局', '旗发展和改革局']) await form.getByLabel(name, { exact: true }).check();
  await form.getByRole('button', { name: '创建' }).click();
  await expect(page).toHaveURL(/#\/plan\/p-[a-z0-9]+/);

  const first = page.locator('.item-resp').first();
  await expect(first).toContainText('牵头单位：旗市场监督管理局；责任单位：旗工业和信息化局、旗发展和改革局');

  await page.getByRole('button', { name: '更多 ▾' }).click();
  await page.getByRole('menuitem', { name: '部门名录' }).click();
  const dir = page.getByRole('dialog', { name: '部门名录' });
  // Only the chosen departments, not the template's whole list.
  await expect(dir.locator('tbody tr')).toHaveCount(3);

  // Rename: the old name becomes an alias, the measure's responsibility line follows.
  await dir.getByRole('button', { name: '编辑 旗市场监督管理局' }).click();
  await dir.getByRole('textbox', { name: '新名称' }).fill('旗市场监管和知识产权局');
  await dir.getByRole('button', { name: '保存' }).click();
  await expect(dir.locator('tbody tr', { hasText: '旗市场监管和知识产权局' })).toContainText('旗市场监督管理局');
  await expect(first).toContainText('牵头单位：旗市场监管和知识产权局；');

  // Merge 发改局 into 工信局 (confirmed in the app's dialog).
  await dir.getByRole('button', { name: '合并 旗发展和改革局' }).click();
  await dir.getByRole('combobox', { name: '合并到' }).selectOption('旗工业和信息化局');
  await dir.getByRole('button', { name: '合并', exact: true }).click();
  await page.getByRole('dialog', { name: '合并部门' }).getByRole('button', { name: '合并' }).click();
  await expect(dir.locator('tbody tr')).toHaveCount(2);
  await expect(dir.locator('tbody tr', { hasText: '旗工业和信息化局' })).toContainText('旗发展和改革局');
  await expect(first).toContainText('责任单位：旗工业和信息化局；');
  await expect(first).not.toContainText('发展和改革局');

  await dir.getByRole('textbox', { name: '筛选部门' }).fill('发展');
  await expect(dir.locator('tbody tr')).toHaveCount(1);
  await dir.getByRole('textbox', { name: '筛选部门' }).fill('');
  await page.screenshot({ path: screenshotPath('department-directory.png') });
  await page.keyboard.press('Escape');
  await expect(dir).toHaveCount(0);
});
