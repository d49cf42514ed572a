import { expect, test, type Locator } from '@playwright/test';
import { exportTitleLines } from '../../../main/common/docx/layout/title-lines';
import { importSeed, openAs, serverPlan } from './editor-helpers';
import { screenshotPath } from '../e2e-env';

// The 印发通知 and a 办法 attachment on the page set as the export sets them (seed 004).
test.use({ viewport: { width: 1366, height: 900 } });

const fontOf = (l: Locator) => l.evaluate((el) => getComputedStyle(el).fontFamily);

/** Each text node of a field with its on-screen line tops: one top per shown line means no wrap inside it. */
const shownLines = (field: Locator) => field.evaluate((el) => [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => {
  const r = document.createRange();
  r.selectNodeContents(n);
  return { text: n.textContent ?? '', tops: [...new Set([...r.getClientRects()].map((x) => Math.round(x.top)))].length };
}));

test('第一条 in 黑体, annex titles in 小标宋 broken where the export breaks them, one kind of delete button', async ({ browser, request }) => {
  const planId = await importSeed(request, '004_c4e12caab4fdde4e');
  const { ctx, page } = await openAs(browser, planId, ['张三', '旗市场监督管理局', '#2563eb']);
  const plan = await serverPlan(request, planId);

  // A regulation's 第X条 label is 黑体 (item-block.ts sets it so); the text after it stays 仿宋.
  const tiao = page.locator('.item-label', { hasText: /^第一条/ }).first();
  await expect(tiao).toBeVisible();
  expect(await fontOf(tiao)).toMatch(/^"?黑体/);
  expect(await fontOf(tiao.locator('xpath=..'))).toMatch(/^"?仿宋/);

  // The notice title: 2号小标宋, in the export's lines, none wrapping inside.
  const noticeTitle = page.getByRole('textbox', { name: '印发通知标题' });
  expect(await fontOf(noticeTitle)).toMatch(/方正小标宋简体/);
  const expected = exportTitleLines(plan.notice!.title, [plan.meta.region, plan.meta.issuer]);
  expect(expected.length).toBe(2);
  await expect.poll(() => shownLines(noticeTitle)).toEqual(expected.map((text) => ({ text, tops: 1 })));
  await expect(noticeTitle).toHaveText(plan.notice!.title);
  const annexTitle = page.getByRole('textbox', { name: '附件标题' });
  expect(await fontOf(annexTitle)).toMatch(/方正小标宋简体/);

  // Typing in the shown lines changes the title, not its breaks' text; the lines follow the new title.
  await noticeTitle.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('（试行）');
  const typed = `${plan.notice!.title}（试行）`;
  await expect.poll(async () => (await serverPlan(request, planId)).notice?.title).toBe(typed);
  await expect(noticeTitle).toHaveText(typed);
  expect((await shownLines(noticeTitle)).map((l) => l.text)).toEqual(exportTitleLines(typed, [plan.meta.region, plan.meta.issuer]));

  // 删除印发通知 and 删除附件: the same control, drawn as a button like ＋ 添加附件.
  const deletes = [page.getByRole('button', { name: '删除印发通知' }), page.getByRole('button', { name: '删除附件' })];
  const look = (l: Locator) => l.evaluate((el) => {
    const s = getComputedStyle(el);
    return { tag: el.tagName, border: `${s.borderTopStyle} ${s.borderTopWidth} ${s.borderTopColor}`, radius: s.borderTopLeftRadius, padding: s.padding, font: s.fontSize, bg: s.backgroundColor, opacity: s.opacity };
  });
  const [notice, attachment] = [await look(deletes[0]!), await look(deletes[1]!)];
  expect(notice).toEqual(attachment);
  expect(notice.border).toMatch(/^solid 1px rgb/);
  expect(notice.opacity).toBe('1');
  const add = await look(page.getByRole('button', { name: '＋ 添加附件' }));
  expect([notice.radius, notice.padding, notice.font]).toEqual([add.radius, add.padding, add.font]);
  await noticeTitle.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.mouse.move(0, 0);
  await page.screenshot({ path: screenshotPath('annex-page-titles.png') });
  await tiao.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: screenshotPath('annex-page-tiao.png') });
  await ctx.close();
});

test('an attachment grows from the page: ＋ 章节 and ＋ 小节 under it, numbered by its scheme', async ({ browser, request }) => {
  const planId = await importSeed(request, '004_c4e12caab4fdde4e');
  const { ctx, page } = await openAs(browser, planId, ['张三', '旗市场监督管理局', '#2563eb']);
  const titles = async () => {
    const a = (await serverPlan(request, planId)).attachments[0]!;
    return a.kind === 'document' ? a.sections.map((s) => [s.title, ...s.sections.map((x) => x.title)].join('/')) : [];
  };
  const before = await titles();
  expect(before.length).toBe(7);

  // With the caret in no attachment section, ＋ 章节 adds 第八章 at the end; its title takes the focus.
  const addChapter = page.getByRole('button', { name: '附件添加章节' });
  await addChapter.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await addChapter.click();
  const headings = page.locator('.annex-part .annex-h');
  await expect(headings).toHaveCount(8);
  await expect(headings.last().locator('.heading-label')).toHaveText('第八章\u3000');
  const newTitle = headings.last().getByRole('textbox', { name: '附件章节标题' });
  await expect(newTitle).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('罚则');
  await expect.poll(titles).toEqual([...before, '罚则']);
  // Enter moves on to its body, which takes text like any section's.
  await page.keyboard.press('Enter');
  const body = page.locator('.section-editable[aria-label="附件罚则正文"]');
  await expect(body).toBeFocused();
  await page.keyboard.type('违反本办法规定的，依法处理。');
  await expect(body).toContainText('违反本办法规定的，依法处理。');

  // ＋ 小节 with the caret in 罚则: a 第一节 inside it.
  await page.getByRole('button', { name: '附件添加小节' }).click();
  await expect(headings).toHaveCount(9);
  await expect(headings.last().locator('.heading-label')).toHaveText('第一节\u3000');
  await expect(headings.last().getByRole('textbox', { name: '附件章节标题' })).toBeFocused();
  await expect.poll(titles).toEqual([...before, '罚则/新小节']);
  await page.getByRole('button', { name: '附件添加章节' }).evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await page.screenshot({ path: screenshotPath('annex-page-sections.png') });
  await ctx.close();
});
