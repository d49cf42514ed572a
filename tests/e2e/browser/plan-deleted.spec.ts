import { expect, test } from '@playwright/test';
import { createPlan, E2E_TOKEN, openAs } from './editor-helpers';

test('a plan deleted while it is open says so (计划已被删除) instead of "no access"; reopening it says it is gone', async ({ browser, request }) => {
  const planId = await createPlan(request, '己旗');
  const { ctx, page } = await openAs(browser, planId, ['周七', '旗市场监督管理局', '#7d3c98']);
  await expect(page.getByRole('status', { name: '同步状态' })).toHaveText('已连接 · 已保存');

  const res = await request.delete(`/api/plans/${planId}`, { headers: { Authorization: `Bearer ${E2E_TOKEN}` } });
  expect(res.status()).toBe(200);
  await expect(page.getByRole('status', { name: '同步状态' })).toHaveText('计划已被删除', { timeout: 15_000 });

  await page.reload();
  await expect(page.getByRole('alert')).toContainText('该计划已被删除，无法打开。', { timeout: 15_000 });
  await ctx.close();
});
