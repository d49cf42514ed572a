import { expect, test, type Locator } from '@playwright/test';
import { apiPath } from '../../../main/common/api/api-routes';
import { createPlan, E2E_TOKEN, openAs, sectionBody, setUser } from './editor-helpers';
import { DocNames } from '../../../main/common/collab/doc-names';
import { RoundOps } from '../../../main/common/collab/round-ops';
import { exportTitleLines } from '../../../main/common/docx/layout/title-lines';
import type { Plan } from '../../../main/common/model/plan';
import type { ReviewRound } from '../../../main/common/model/review-round';
import { createClient, synced } from '../../integration/helpers/yjs-client';
import { E2E_PORT, screenshotPath } from '../e2e-env';

const FGJ = '旗发展和改革局';

test.use({ viewport: { width: 1366, height: 768 } });

/** Whether an element shows all of its text (nothing clipped by overflow or an ellipsis). */
const whole = (l: Locator) => l.evaluate((el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight + 1);

test('a department answering a 征求意见 sees the whole plan title in its top bar at 1366 px', async ({ browser, request }) => {
  const planId = await createPlan(request, '鄂托克前旗');
  const res = await request.post(apiPath('createInvite', { planId }), { headers: { Authorization: `Bearer ${E2E_TOKEN}` }, data: { role: 'suggest', department: FGJ } });
  const { invite } = (await res.json()) as { invite: { id: string; token: string } };
  // The round, as the owner's 发起征求意见 writes it: the department's bar then carries its notice.
  const owner = createClient(`ws://127.0.0.1:${E2E_PORT}`, E2E_TOKEN);
  const { provider, doc } = await owner.open(DocNames.plan(planId));
  await synced(provider, 15_000);
  RoundOps.start(doc, {
    id: 'r-polish', name: '征求意见稿', deadline: '2099-12-31', startedAt: new Date().toISOString(), startedBy: '旗市场监督管理局',
    versionId: null, closed: false, opinions: [], departments: [{ name: FGJ, inviteId: invite.id, answer: 'pending', answeredAt: null }],
  } as ReviewRound);
  await expect.poll(() => provider.unsyncedChanges).toBe(0);

  const ctx = await browser.newContext();
  await setUser(ctx, '李四', FGJ, '#2563eb');
  const page = await ctx.newPage();
  await page.goto(`/#/plan/${planId}?invite=${invite.token}`);
  await expect(page.locator('.section-editable').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.round-notice')).toContainText('征求意见');
  const title = page.locator('.topbar-title');
  await expect(title).toHaveText('鄂托克前旗2026年推进质量强旗工作行动计划');
  expect(await whole(title)).toBe(true);
  // On two lines, broken where the export breaks it (鄂托克前旗2026年推进 / 质量强旗…), not inside a word.
  const [first] = exportTitleLines('鄂托克前旗2026年推进质量强旗工作行动计划', ['鄂托克前旗']);
  const tops = await title.evaluate((el, cut) => {
    const text = el.textContent ?? '';
    const topAt = (k: number) => {
      let left = k;
      for (const n of [...el.childNodes].filter((c) => c.nodeType === 3)) {
        const len = n.textContent?.length ?? 0;
        if (left < len) {
          const r = document.createRange();
          r.setStart(n, left);
          r.setEnd(n, left + 1);
          return Math.round(r.getBoundingClientRect().top);
        }
        left -= len;
      }
      return NaN;
    };
    return [topAt(0), topAt(cut - 1), topAt(cut), topAt(text.length - 1)];
  }, first!.length);
  expect(tops[0]).toBe(tops[1]);
  expect(tops[2]).toBeGreaterThan(tops[1]!);
  expect(tops[2]).toBe(tops[3]);
  const bar = await page.locator('nav.editor-topbar').evaluate((nav) => ({ height: nav.getBoundingClientRect().height, overflow: nav.scrollWidth > nav.clientWidth }));
  expect(bar.overflow).toBe(false);
  expect(bar.height).toBeLessThan(60);
  await page.screenshot({ path: screenshotPath('topbar-department-1366.png'), clip: { x: 0, y: 0, width: 1366, height: 120 } });
  owner.destroy();
  await ctx.close();
});

test('批注 cards of a short section stack above the next section\'s, never over them', async ({ browser, request }) => {
  const planId = await createPlan(request);
  const { ctx, page } = await openAs(browser, planId, ['王主任', '县政府办公室', '#1971c2']);
  const comment = async (section: string, text: string) => {
    const body = sectionBody(page, section);
    await body.locator('[data-slate-string]').first().click();
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
    const margin = body.locator('xpath=..').getByRole('complementary', { name: '修订和批注' });
    await margin.getByRole('textbox', { name: '批注内容' }).fill(text);
    await margin.getByRole('button', { name: '添加批注' }).click();
    await expect(margin.locator('.comment-card', { hasText: text })).toBeVisible();
  };
  // 质量目标 and 质量基础 are neighbours: four cards beside the first run past its end.
  for (let i = 1; i <= 4; i++) await comment('质量目标', `第${i}条批注：请核对这一目标的数字是否与上级文件一致。`);
  await comment('质量基础', '下一节的批注。');
  await page.locator('body').click({ position: { x: 5, y: 700 } });
  // Each section's cards (placed one by one beside their text): from the first one's top to the last one's bottom.
  const boxes = async () => page.locator('.review-margin').evaluateAll((els) => els.map((e) => {
    const rs = [...e.querySelectorAll('.review-item')].map((c) => c.getBoundingClientRect());
    return { top: Math.min(...rs.map((r) => r.top)), bottom: Math.max(...rs.map((r) => r.bottom)) };
  }));
  await expect.poll(async () => (await boxes()).length).toBe(2);
  await expect.poll(async () => {
    const [a, b] = await boxes();
    return b!.top - a!.bottom;
  }).toBeGreaterThanOrEqual(0);
  // The first section's column is taller than the section itself: the overlap was real.
  const sectionHeight = await sectionBody(page, '质量目标').evaluate((el) => el.getBoundingClientRect().height);
  const [first] = await boxes();
  expect(first!.bottom - first!.top).toBeGreaterThan(sectionHeight);
  await page.locator('.comment-card', { hasText: '下一节的批注' }).evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await page.screenshot({ path: screenshotPath('margin-stacked-1366.png') });
  await ctx.close();
});

test('the plan title breaks on the page where the export breaks it, and a typed break still wins', async ({ browser, request }) => {
  const planId = await createPlan(request, '鄂尔多斯市鄂托克前旗');
  const res = await request.get(apiPath('getPlan', { planId }), { headers: { Authorization: `Bearer ${E2E_TOKEN}` } });
  const { meta } = (await res.json()) as Plan;
  const expected = exportTitleLines(meta.title, [meta.region, meta.issuer]);
  expect(expected.length).toBe(2);
  const { ctx, page } = await openAs(browser, planId, ['王主任', '县政府办公室', '#1971c2']);
  const title = page.getByRole('textbox', { name: '计划标题' });
  await expect(title).toHaveText(meta.title);
  // Each exported line is one line on screen (no wrap inside it), and the next starts below.
  const shown = () => title.evaluate((el) => [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => {
    const r = document.createRange();
    r.selectNodeContents(n);
    const tops = [...new Set([...r.getClientRects()].map((x) => Math.round(x.top)))];
    return { text: n.textContent ?? '', lines: tops.length, top: tops[0] };
  }));
  await expect.poll(async () => (await shown()).map(({ text, lines }) => [text, lines])).toEqual(expected.map((t) => [t, 1]));
  const [a, b] = await shown();
  expect(b!.top!).toBeGreaterThan(a!.top!);
  await page.screenshot({ path: screenshotPath('plan-title-lines-1366.png'), clip: { x: 0, y: 0, width: 1366, height: 320 } });
  // Shift+Enter after the first two characters: the user's break, kept in the title, replaces the export's.
  await title.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+Enter');
  const typed = `${meta.title.slice(0, 2)}\n${meta.title.slice(2)}`;
  await expect(title).toHaveText(typed);
  await expect.poll(async () => {
    const r = await request.get(apiPath('getPlan', { planId }), { headers: { Authorization: `Bearer ${E2E_TOKEN}` } });
    return ((await r.json()) as Plan).meta.title;
  }).toBe(typed);
  await ctx.close();
});
