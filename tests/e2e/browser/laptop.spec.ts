import { expect, test, type Page } from '@playwright/test';
import { apiPath } from '../../../main/common/api/api-routes';
import { DocNames } from '../../../main/common/collab/doc-names';
import { PlanDoc } from '../../../main/common/collab/plan-doc';
import { E2E_PORT } from '../e2e-env';
import { createClient, synced, type Client } from '../../integration/helpers/yjs-client';
import { createPlan, E2E_TOKEN, openAs, sectionBody, setUser } from './editor-helpers';
import { PlanDocRoots } from '../../../main/common/collab/plan-doc-roots';

// The 1366×768 government laptop: the editor's top bar, locked sections, dialogs, outline jumps.
test.use({ viewport: { width: 1366, height: 768 } });

const COLLEAGUES = [
  { name: '李四', dept: '旗发展和改革局', color: '#2563eb' },
  { name: '王五', dept: '旗财政局', color: '#16a34a' },
  { name: '赵六', dept: '旗教育体育局', color: '#9333ea' },
  { name: '孙七', dept: '旗住房和城乡建设局', color: '#ea580c' },
];

/** Colleagues present on the plan doc through Yjs awareness, as their editors announce themselves. */
async function colleaguesOnline(planId: string): Promise<Client[]> {
  const clients: Client[] = [];
  for (const user of COLLEAGUES) {
    const c = createClient(`ws://127.0.0.1:${E2E_PORT}`, E2E_TOKEN);
    const { provider } = await c.open(DocNames.plan(planId));
    await synced(provider, 15_000);
    provider.setAwarenessField('user', user);
    clients.push(c);
  }
  return clients;
}

/** The vertical centres of the top bar's children (one line: all about the same) and the bar's height. */
async function topBarRows(page: Page): Promise<{ centres: number[]; height: number; overflow: boolean }> {
  return page.locator('nav.editor-topbar').evaluate((nav) => ({
    centres: [...nav.children].map((c) => { const r = c.getBoundingClientRect(); return Math.round((r.top + r.bottom) / 2); }),
    height: nav.getBoundingClientRect().height,
    overflow: nav.scrollWidth > nav.clientWidth,
  }));
}

test('the top bar stays on one line with five people online; presence collapses to a count', async ({ browser, request }) => {
  const planId = await createPlan(request, '甲旗');
  const { ctx, page } = await openAs(browser, planId, ['张三', '旗市场监督管理局', '#c0392b'], { viewport: { width: 1366, height: 768 } });
  const clients = await colleaguesOnline(planId);
  try {
    const count = page.getByRole('button', { name: /5 人在线/ });
    await expect(count).toBeVisible({ timeout: 20_000 }); // four awareness clients announce themselves
    const { centres, height, overflow } = await topBarRows(page);
    expect(Math.max(...centres) - Math.min(...centres)).toBeLessThanOrEqual(4);
    expect(height).toBeLessThan(60);
    expect(overflow).toBe(false); // nothing pushed out of the window either
    await page.screenshot({ path: test.info().outputPath('topbar-5-people-1366.png') });
    await count.click();
    await expect(page.getByRole('list', { name: '在线成员' })).toContainText('孙七 · 旗住房和城乡建设局');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('list', { name: '在线成员' })).toHaveCount(0);
    // The actions that moved to 更多 are still there.
    await page.getByRole('button', { name: '更多' }).click();
    await expect(page.getByRole('menu')).toContainText('填写进度');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toHaveCount(0);
  } finally {
    for (const c of clients) c.destroy();
  }
  await ctx.close();
});

test('Esc closes every dialog of the editor (export, share, 文件信息, progress, settings)', async ({ browser, request }) => {
  const planId = await createPlan(request, '乙旗');
  const { ctx, page } = await openAs(browser, planId, ['张三', '旗市场监督管理局', '#c0392b'], { viewport: { width: 1366, height: 768 } });
  for (const [button, name] of [['导出 Word', '导出 Word'], ['共享协作', '共享协作'], ['文件信息', '文件信息']] as const) {
    await page.getByRole('button', { name: button, exact: true }).click();
    await expect(page.getByRole('dialog', { name })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }
  for (const item of ['填写进度', '设置']) {
    await page.getByRole('button', { name: '更多' }).click();
    await page.getByRole('menuitem', { name: item }).click();
    await expect(page.getByRole('dialog')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }
  await ctx.close();
});

test('an outline jump puts the heading below the sticky toolbar', async ({ browser, request }) => {
  const planId = await createPlan(request, '丙旗');
  const { ctx, page } = await openAs(browser, planId, ['张三', '旗市场监督管理局', '#c0392b'], { viewport: { width: 1366, height: 768 } });
  await page.locator('.outline-link', { hasText: '保障措施' }).click();
  const heading = page.locator('.doc-section', { has: page.locator('.inline-field', { hasText: /^保障措施$/ }) }).locator('.doc-h1');
  await expect.poll(async () => {
    const [h, bar] = await Promise.all([heading.boundingBox(), page.locator('.editor-toolbar').boundingBox()]);
    return h && bar ? h.y - (bar.y + bar.height) : -1;
  }).toBeGreaterThanOrEqual(0);
  await ctx.close();
});

test('a department colleague sees another department\'s section as locked and is told why when typing', async ({ browser, request }) => {
  const planId = await createPlan(request, '丁旗');
  // The owner assigns 指导思想 to the 财政局 and invites the 发改局.
  const owner = createClient(`ws://127.0.0.1:${E2E_PORT}`, E2E_TOKEN);
  const { provider, doc } = await owner.open(DocNames.plan(planId));
  await synced(provider, 15_000);
  const ideology = PlanDoc.outline(doc).find((r) => r.title === '指导思想')!;
  PlanDocRoots.sections(doc).get(ideology.id)!.set('assignee', '旗财政局');
  await expect.poll(() => provider.unsyncedChanges).toBe(0);
  const res = await request.post(apiPath('createInvite', { planId }), { headers: { Authorization: `Bearer ${E2E_TOKEN}` }, data: { role: 'department', department: '旗发展和改革局' } });
  const { invite } = (await res.json()) as { invite: { webLink: string } };

  const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await setUser(ctx, '李四', '旗发展和改革局', '#2563eb');
  const page = await ctx.newPage();
  await page.goto(`/${new URL(invite.webLink).hash}`);
  await expect(page.locator('.section-loading')).toHaveCount(0);
  const body = sectionBody(page, '指导思想');
  const locked = page.locator('.doc-section', { has: page.locator('.inline-field', { hasText: /^指导思想$/ }) }).locator('.section-locked');
  await expect(locked).toContainText('由旗财政局负责 · 只读');
  const before = await body.textContent();
  await body.click();
  await page.keyboard.type('越权');
  await expect(locked.getByRole('status')).toHaveText('该章节由旗财政局负责，您不能修改；如需修改，请联系旗财政局或计划创建者。');
  await expect(body).toHaveText(before ?? '');
  await page.screenshot({ path: test.info().outputPath('locked-section-1366.png') });
  owner.destroy();
  await ctx.close();
});
