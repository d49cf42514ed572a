import { expect, test } from '@playwright/test';
import { createPlan, E2E_TOKEN, openPlan, setUser } from './editor-helpers';
import { screenshotPath } from '../e2e-env';

test.beforeEach(async ({ context }) => {
  await setUser(context, '张三', '旗市场监督管理局', '#1971c2');
});

// GB/T 9704 7.3.1: the user sets where the title breaks (Shift+Enter); the export keeps that break.
test('Shift+Enter in the plan title puts a line break where the caret is; Enter still moves on', async ({ page, request }) => {
  const planId = await createPlan(request);
  await openPlan(page, planId);
  const title = page.getByRole('textbox', { name: '计划标题' });
  await expect(title).toHaveText('鄂托克前旗2026年推进质量强旗工作行动计划');
  await title.click();
  // Caret after 鄂托克前旗2026年推进质量强旗 (16 characters from the start). The title is shown in the
  // lines the export breaks it into (text, <br>, text): the offset is counted across its text nodes.
  await title.evaluate((el) => {
    const range = document.createRange();
    let left = 16;
    for (const n of [...el.childNodes].filter((c) => c.nodeType === 3)) {
      const len = n.textContent?.length ?? 0;
      if (left <= len) {
        range.setStart(n, left);
        break;
      }
      left -= len;
    }
    range.collapse(true);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  });
  await page.keyboard.press('Shift+Enter');
  await expect(title).toHaveText('鄂托克前旗2026年推进质量强旗\n工作行动计划');
  // On screen the break is where it was typed: 鄂 and 旗 on one line, 工 on the next.
  const tops = await title.evaluate((el) => [0, 15, 17].map((k) => {
    const node = el.firstChild!;
    const r = document.createRange();
    r.setStart(node, k);
    r.setEnd(node, k + 1);
    return Math.round(r.getBoundingClientRect().top);
  }));
  expect(tops[0]).toBe(tops[1]);
  expect(tops[2]).toBeGreaterThan(tops[1]!);
  await expect.poll(async () => {
    const res = await request.get(`/api/plans/${planId}`, { headers: { Authorization: `Bearer ${E2E_TOKEN}` } });
    return ((await res.json()) as { meta: { title: string } }).meta.title;
  }, { timeout: 15_000 }).toBe('鄂托克前旗2026年推进质量强旗\n工作行动计划');
  // Typing after the break goes on the second line, and Enter leaves the title (no break).
  await page.keyboard.type('（试行）');
  await expect(title).toHaveText('鄂托克前旗2026年推进质量强旗\n（试行）工作行动计划');
  await page.keyboard.press('Enter');
  await expect(title).toHaveText('鄂托克前旗2026年推进质量强旗\n（试行）工作行动计划');
  await page.screenshot({ path: screenshotPath('title-break.png') });
});
