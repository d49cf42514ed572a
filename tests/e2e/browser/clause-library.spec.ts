import { expect, test } from '@playwright/test';
import { screenshotPath } from '../e2e-env';
import { caretToEnd, createPlan, E2E_TOKEN, openPlan, sectionBody, setUser } from './editor-helpers';

test.beforeEach(async ({ context, page }) => {
  await setUser(context, '张三', '旗市场监督管理局', '#1971c2');
  await page.setViewportSize({ width: 1366, height: 768 });
});

test('条款库: a measure written in one plan is found from another and inserted at the caret with its units and source', async ({ page, request }) => {
  const marker = `推进蒙古族刺绣地方标准研制${Date.now() % 100000}`;
  const sourceId = await createPlan(request, '乌审旗');
  await openPlan(page, sourceId);
  const tasks = sectionBody(page, '实施标准化战略，引领质量发展');
  await caretToEnd(page, tasks);
  await page.keyboard.press('Enter');
  await page.keyboard.insertText(`${marker}，形成一批特色产品标准。`);
  await expect(page.getByText('已保存')).toBeVisible({ timeout: 20_000 });

  const targetId = await createPlan(request, '鄂托克前旗');
  await openPlan(page, targetId);
  const body = sectionBody(page, '实施质量提升行动，增强质量竞争力');
  const before = await body.locator('.doc-item').count();
  await caretToEnd(page, body);
  await page.getByRole('button', { name: '条款库' }).click();
  const dialog = page.getByRole('dialog', { name: '条款库' });
  await dialog.getByLabel('搜索条款').fill('蒙古族刺绣');
  const results = dialog.getByRole('list', { name: '搜索结果' }).locator('.clause-result');
  await expect(results.first()).toContainText(marker);
  await expect(results.first().locator('mark').first()).toHaveText('蒙古族刺绣');
  await expect(results.first().locator('.clause-meta')).toContainText('乌审旗2026年推进质量强旗工作行动计划');
  await expect(results.first().locator('.clause-meta')).toContainText('实施标准化战略，引领质量发展');

  // The seeds are searched too, with their units.
  await dialog.getByLabel('搜索条款').fill('计量惠民');
  const seed = results.filter({ has: page.locator('.origin-seed') }).first();
  await expect(seed).toBeVisible();
  await expect(seed.locator('.clause-units')).toContainText('市场监督管理局');
  await page.screenshot({ path: screenshotPath('clause-library-1366.png') });
  const seedText = (await seed.locator('.clause-text').innerText()).slice(0, 12);
  await seed.getByRole('button', { name: '插入' }).click();
  await expect(dialog.getByRole('status')).toContainText('已插入');
  await dialog.getByRole('button', { name: '关闭' }).click();

  await expect(body.locator('.doc-item')).toHaveCount(before + 1);
  const inserted = body.locator('.doc-item', { hasText: seedText });
  await expect(inserted).toHaveClass(/is-measure/);
  await expect(inserted.locator('.item-resp')).toContainText('市场监督管理局');
  await expect(inserted.locator('.clause-source')).toContainText('来源：');
  await page.screenshot({ path: screenshotPath('clause-inserted-1366.png') });

  // Stored with its source: the plan JSON has it.
  await expect.poll(async () => {
    const res = await request.get(`/api/plans/${targetId}`, { headers: { Authorization: `Bearer ${E2E_TOKEN}` } });
    const plan = (await res.json()) as { sections: Array<{ sections: Array<{ body: Array<{ source?: { plan: string } }> }> }> };
    return plan.sections.flatMap((s) => s.sections).flatMap((s) => s.body).filter((b) => b.source).map((b) => b.source!.plan);
  }, { timeout: 20_000 }).toHaveLength(1);
});

test('条款库: an empty or too long query gets a Chinese message from the API', async ({ request }) => {
  const planId = await createPlan(request);
  const headers = { Authorization: `Bearer ${E2E_TOKEN}` };
  const empty = await request.get(`/api/plans/${planId}/clauses?q=%20`, { headers });
  expect(empty.status()).toBe(400);
  expect(((await empty.json()) as { error: { message: string } }).error.message).toBe('请输入要搜索的词语。');
  const long = await request.get(`/api/plans/${planId}/clauses?q=${encodeURIComponent('质'.repeat(101))}`, { headers });
  expect(long.status()).toBe(400);
  expect(((await long.json()) as { error: { message: string } }).error.message).toMatch(/搜索词过长/);
  const ok = await request.get(`/api/plans/${planId}/clauses?q=${encodeURIComponent('标准化')}&limit=5`, { headers });
  const body = (await ok.json()) as { results: unknown[]; searched: number };
  expect(body.results.length).toBe(5);
  expect(body.searched).toBeGreaterThan(100);
});
