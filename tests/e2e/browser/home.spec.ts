import { expect, test } from '@playwright/test';
import { E2E_TOKEN, screenshotPath } from '../e2e-env';

test('the home page loads, lists templates and creates a plan', async ({ page }) => {
  await page.goto(`/?token=${E2E_TOKEN}`);
  await expect(page.getByRole('heading', { name: '计划编制助手' })).toBeVisible();
  // The token leaves the address bar once read.
  expect(page.url()).not.toContain('token=');
  const card = page.locator('.template-card', { hasText: '县级质量强县年度行动计划' });
  await expect(card).toBeVisible();
  await page.screenshot({ path: screenshotPath('home.png') });

  await card.getByRole('button', { name: '用此模板新建' }).click();
  const dialog = page.getByRole('dialog', { name: '新建计划' });
  await dialog.getByLabel('地区名称').fill('鄂托克前旗');
  await dialog.getByLabel('年度').fill('2026');
  await dialog.getByRole('button', { name: '创建' }).click();

  await expect(page).toHaveURL(/#\/plan\/p-[a-z0-9]+/);
  await expect(page.locator('.doc-title')).toHaveText('鄂托克前旗2026年推进质量强旗工作行动计划');
  await expect(page.locator('.doc-h1').first()).toHaveText('一、指导思想');

  await page.goto('/#/');
  await expect(page.getByRole('list', { name: '最近的计划' })).toContainText('鄂托克前旗2026年推进质量强旗工作行动计划');
});

test('the new-plan form refuses a missing region with a Chinese message', async ({ page }) => {
  await page.goto(`/?token=${E2E_TOKEN}`);
  await page.locator('.template-card').first().getByRole('button', { name: '用此模板新建' }).click();
  const dialog = page.getByRole('dialog', { name: '新建计划' });
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/请填写地区名称/);
});

test('a wrong token gets a Chinese error, not a crash', async ({ page }) => {
  await page.goto('/?token=wrong-token-xxxxxxxx');
  await expect(page.getByRole('alert')).toContainText('访问令牌无效');
});
