import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { caretSettled, caretToEnd, createPlan, E2E_TOKEN, openPlan, sectionBody, setUser } from './editor-helpers';
import { screenshotPath } from '../e2e-env';

const WORD_MEASURES_HTML = readFileSync(fileURLToPath(new URL('../../fixtures/paste/word-measures.html', import.meta.url)), 'utf8');
const WORD_TABLE_HTML = readFileSync(fileURLToPath(new URL('../../fixtures/paste/word-table.html', import.meta.url)), 'utf8');

test.beforeEach(async ({ context }) => {
  await setUser(context, '张三', '旗市场监督管理局', '#1971c2');
});

test('opens the template plan as one page with derived numbering', async ({ page, request }) => {
  const planId = await createPlan(request);
  await openPlan(page, planId);
  await expect(page.locator('.doc-title')).toHaveText('鄂托克前旗2026年推进质量强旗工作行动计划');
  await expect(page.locator('.doc-h1').first()).toHaveText('一、指导思想');
  await expect(page.locator('.doc-h2').first()).toHaveText('（一）质量目标');
  await expect(page.locator('.outline-row')).toHaveCount(11);
  // Item labels are decorations, not text: the measure's text starts after the label.
  const firstSafeguard = sectionBody(page, '保障措施').locator('.doc-item').first();
  // 保障措施 in this template numbers its measures at level 2: （一）加强组织领导…
  await expect(firstSafeguard.locator('.item-label')).toHaveText('（一）');
  await expect(firstSafeguard.locator('.item-label')).toHaveAttribute('contenteditable', 'false');
});

test('typing, a new measure with units, a reorder and a reload keep everything', async ({ page, request }) => {
  const planId = await createPlan(request);
  await openPlan(page, planId);

  await caretToEnd(page, page.locator('.section-editable[aria-label="制定依据（导语）"]'));
  await page.keyboard.insertText('特此制定。');
  await caretToEnd(page, sectionBody(page, '指导思想'));
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('坚持质量第一、效益优先。');
  await caretToEnd(page, page.locator('.section-editable[aria-label="结束语"]'));
  await page.keyboard.insertText('请认真贯彻执行。');

  // Enter at the end of the last measure of （一） makes measure 4. with a new id and no units.
  const TASKS_1 = '实施质量提升行动，增强质量竞争力';
  const safeguards = sectionBody(page, TASKS_1);
  await caretToEnd(page, safeguards);
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('建立质量工作信息报送制度。');
  const items = safeguards.locator('.doc-item');
  await expect(items).toHaveCount(4);
  const newItem = items.nth(3);
  await expect(newItem.locator('.item-label')).toHaveText('4.');
  await expect(newItem.locator('.item-resp')).toHaveCount(0);
  const ids = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-item-id')));
  expect(new Set(ids).size).toBe(4);

  // Units: an alias resolves to the current name; a unit not in the list is added to it.
  const inspector = page.getByRole('region', { name: '措施属性' });
  const lead = inspector.getByRole('combobox', { name: '添加牵头单位' });
  await lead.fill('市场监管局');
  await lead.press('Enter');
  const support = inspector.getByRole('combobox', { name: '添加责任单位' });
  await support.fill('旗融媒体中心');
  await inspector.getByRole('button', { name: '将“旗融媒体中心”添加到部门列表' }).click();
  await inspector.getByRole('textbox', { name: '完成时限' }).fill('2026年12月底前');
  await inspector.getByRole('textbox', { name: '完成时限' }).press('Enter');
  const resp = '（牵头单位：旗市场监督管理局；责任单位：旗融媒体中心；完成时限：2026年12月底前）';
  await expect(newItem.locator('.item-resp')).toHaveText(resp);

  // Reorder: 指导思想 down one step → 工作目标 is now 一、.
  await page.locator('.outline-row', { hasText: '指导思想' }).hover();
  await page.getByRole('button', { name: '下移 指导思想' }).click();
  await expect(page.locator('.doc-h1').first()).toHaveText('一、工作目标');
  await expect(page.locator('.doc-h1').nth(1)).toHaveText('二、指导思想');

  await expect(page.getByRole('status', { name: '同步状态' })).toHaveText('已连接 · 已保存');
  await page.reload();
  await expect(page.locator('.section-editable').first()).toBeVisible();
  await expect(page.locator('.section-loading')).toHaveCount(0);
  await expect(page.locator('.doc-h1').first()).toHaveText('一、工作目标');
  await expect(page.locator('.section-editable[aria-label="制定依据（导语）"]')).toContainText('结合我旗实际，制定本行动计划。特此制定。');
  await expect(sectionBody(page, '指导思想')).toContainText('坚持质量第一、效益优先。');
  await expect(page.locator('.section-editable[aria-label="结束语"]')).toContainText('确保各项任务圆满完成。请认真贯彻执行。');
  const reloaded = sectionBody(page, TASKS_1).locator('.doc-item').nth(3);
  await expect(reloaded).toContainText('建立质量工作信息报送制度。');
  await expect(reloaded.locator('.item-resp')).toHaveText(resp);
  // The new unit is in the plan's department list, offered to every measure.
  const planJson = await (await request.get(`/api/plans/${planId}`, { headers: { Authorization: `Bearer ${E2E_TOKEN}` } })).json() as { departments: Array<{ name: string }> };
  expect(planJson.departments.map((d) => d.name)).toContain('旗融媒体中心');
});

test('undo and redo with Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z', async ({ page, request }) => {
  const planId = await createPlan(request);
  await openPlan(page, planId);
  const closing = page.locator('.section-editable[aria-label="结束语"]');
  await caretToEnd(page, closing);
  await page.keyboard.insertText('撤销测试');
  await expect(closing).toContainText('撤销测试');
  await page.keyboard.press('Control+z');
  await expect(closing).not.toContainText('撤销测试');
  await page.keyboard.press('Control+y');
  await expect(closing).toContainText('撤销测试');
  await page.keyboard.press('Control+z');
  await expect(closing).not.toContainText('撤销测试');
  await page.keyboard.press('Control+Shift+z');
  await expect(closing).toContainText('撤销测试');
});

async function pasteHtml(page: Page, selector: string, html: string): Promise<void> {
  await page.locator(selector).evaluate((el, h) => {
    const dt = new DataTransfer();
    dt.setData('text/html', h);
    dt.setData('text/plain', 'plain fallback');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, html);
}

/** A new plan opened, clipboard HTML pasted on a new line at the end of a measures section: the section's body and its item count before. */
async function pasteIntoNewPlan(page: Page, request: APIRequestContext, html: string): Promise<{ body: Locator; before: number }> {
  const planId = await createPlan(request);
  await openPlan(page, planId);
  const title = '实施质量提升行动，增强质量竞争力';
  const body = sectionBody(page, title);
  const before = await body.locator('.doc-item').count();
  await caretToEnd(page, body);
  await page.keyboard.press('Enter');
  await pasteHtml(page, `.doc-section:has(.inline-field:text-is("${title}")) .section-editable`, html);
  return { body, before };
}

test('paste from Word keeps the structure: items with levels, run-in titles and units, labels derived', async ({ page, request }) => {
  const { body, before } = await pasteIntoNewPlan(page, request, WORD_MEASURES_HTML);
  const items = body.locator('.doc-item');
  await expect(items).toHaveCount(before + 5);
  const lead = body.locator('.doc-item', { hasText: '强化标准引领' });
  // The label is derived (the plan's numbering), the bold run is the run-in title, the units are data.
  await expect(lead.locator('.mark-lead')).toHaveText('强化标准引领');
  await expect(lead.locator('.item-label')).toHaveText(/^\d+\.$/);
  await expect(lead.locator('.item-resp')).toContainText('县市场监督管理局');
  await expect(lead).not.toContainText('1. 强化');
  const sub = body.locator('.doc-item.level-4', { hasText: '开展农产品质量安全追溯试点' });
  await expect(sub.locator('.item-label')).toHaveText('（1）');
  await expect(body.locator('p.doc-p:not(.doc-item)', { hasText: '各有关部门要按照职责分工' })).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 768 });
  await lead.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('paste-structure-1366.png') });
  // No foreign formatting reached the document: no inline styles, no fonts.
  expect(await body.locator('[style*="font"], [style*="color"], b, strong').count()).toBe(0);
});

test('paste a task table from Word: each row a measure with its units, a merged 牵头单位 cell given to every row it spans', async ({ page, request }) => {
  const { body, before } = await pasteIntoNewPlan(page, request, WORD_TABLE_HTML);
  await expect(body.locator('.doc-item')).toHaveCount(before + 3);
  const second = body.locator('.doc-item', { hasText: '推进标准化试点建设' });
  // Merged down from the row above in Word (rowspan): this row's 牵头单位 and deadline too.
  await expect(second.locator('.item-resp')).toContainText('县市场监管局');
  await expect(second.locator('.item-resp')).toContainText('县商务局');
  const first = body.locator('.doc-item', { hasText: '开展质量提升行动' });
  await expect(first.locator('.item-resp')).toContainText('各乡镇人民政府');
  // Hidden text (display:none;mso-hide:all) is not pasted.
  await expect(body).not.toContainText('待核实');
  await page.setViewportSize({ width: 1366, height: 768 });
  await second.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('paste-word-table-1366.png') });
});

test('paste from WPS as plain paragraphs where nothing is numbered', async ({ page, request }) => {
  const planId = await createPlan(request);
  await openPlan(page, planId);
  const closing = page.locator('.section-editable[aria-label="结束语"]');
  await caretToEnd(page, closing);
  await page.keyboard.press('Enter');
  await pasteHtml(page, '.section-editable[aria-label="结束语"]', '<html><body><!--StartFragment--><p class=MsoNormal><span style="font-family:仿宋_GB2312;font-size:16.0000pt;"><font face="仿宋_GB2312">请各单位认真贯彻执行。</font></span></p><p class=MsoNormal><span style="font-size:16.0000pt;">本方案自印发之日起施行。</span></p><!--EndFragment--></body></html>');
  await expect(closing.locator('p.doc-p', { hasText: '本方案自印发之日起施行。' })).toBeVisible();
  await expect(closing.locator('.doc-item')).toHaveCount(0);
});

test('toolbar and shortcuts turn a paragraph into a measure, a sub-item and back', async ({ page, request }) => {
  const planId = await createPlan(request);
  await openPlan(page, planId);
  const body = sectionBody(page, '指导思想');
  await caretToEnd(page, body);
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('新增一条措施');
  await page.keyboard.press('Control+Alt+m');
  const item = body.locator('.doc-item', { hasText: '新增一条措施' });
  await expect(item.locator('.item-label')).toHaveText('1.');
  await page.keyboard.press('Control+Alt+ArrowRight');
  await expect(item.locator('.item-label')).toHaveText('（1）');
  await page.getByRole('button', { name: '子项' }).click();
  await expect(item.locator('.item-label')).toHaveText('1.');
  await page.getByRole('button', { name: '段落' }).click();
  await expect(body.locator('.doc-item')).toHaveCount(0);
  await expect(body.locator('p.doc-p', { hasText: '新增一条措施' })).toBeVisible();
});

test('ArrowDown and Tab cross from one section into the next', async ({ page, request }) => {
  const planId = await createPlan(request);
  await openPlan(page, planId);
  await caretToEnd(page, sectionBody(page, '指导思想'));
  // Down from the last line of 指导思想 lands at the start of the next heading.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.insertText('甲');
  await expect(page.locator('.doc-h1').nth(1)).toHaveText('二、甲工作目标');
  await page.keyboard.press('Tab');
  await page.keyboard.insertText('乙');
  await expect(page.locator('.doc-section').nth(1).locator('.section-editable')).toContainText(/^乙/);
  // Up from the first line of that body returns to the end of its heading.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.insertText('丙');
  await expect(page.locator('.doc-h1').nth(1)).toHaveText('二、甲工作目标丙');
});

test('screenshot: the editor reads as a 公文 page (npm run screenshots: docs/screenshots/editor.png)', async ({ page, request }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  const planId = await createPlan(request);
  await openPlan(page, planId);
  const tasks = sectionBody(page, '实施质量提升行动，增强质量竞争力');
  await tasks.locator('.doc-item').first().locator('[data-slate-string]').last().click();
  await expect(page.getByRole('region', { name: '措施属性' }).locator('.unit-tag')).toHaveCount(3);
  await expect(page.getByRole('region', { name: '写作提示' })).toContainText('围绕产品、工程、服务、环境质量提升写措施。');
  await page.locator('#sec-s-tasks').scrollIntoViewIfNeeded();
  // 公文 typefaces: 仿宋 body, 黑体 level-1 headings, 楷体 level-2 headings, 小标宋 title.
  const font = (sel: string) => page.locator(sel).first().evaluate((el) => getComputedStyle(el).fontFamily);
  expect(await font('.doc-p')).toContain('仿宋');
  expect(await font('.doc-h1')).toContain('黑体');
  expect(await font('.doc-h2')).toContain('楷体');
  expect(await font('.doc-title')).toContain('小标宋');
  await page.screenshot({ path: screenshotPath('editor.png') });
});

test('outline: add, rename, drag to reorder and delete sections; a new section body works after reload', async ({ page, request }) => {
  const planId = await createPlan(request);
  await openPlan(page, planId);
  // Add a level-1 section after 保障措施 (the caret is in 保障措施).
  await caretToEnd(page, sectionBody(page, '保障措施'));
  await page.getByRole('button', { name: '＋ 章节' }).click();
  await expect(page.locator('.doc-h1')).toHaveCount(5);
  await expect(page.locator('.doc-h1').nth(4)).toHaveText('五、新章节');
  // Its title has the focus: retitle it by typing, then Enter goes into its (server-seeded) body.
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText('工作要求');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('各单位要按时报送进展情况。');
  await expect(page.locator('.doc-h1').nth(4)).toHaveText('五、工作要求');
  await expect(page.locator('.outline-row').last()).toContainText('五、工作要求');

  // Rename from the outline.
  await page.locator('.outline-row', { hasText: '工作要求' }).hover();
  await page.getByRole('button', { name: '重命名 工作要求' }).click();
  const rename = page.getByRole('textbox', { name: '章节标题' }).and(page.locator('input'));
  await rename.fill('组织实施');
  await rename.press('Enter');
  await expect(page.locator('.doc-h1').nth(4)).toHaveText('五、组织实施');

  // Drag 组织实施 before 指导思想: it becomes 一、 and the rest renumber.
  await page.locator('.outline-row', { hasText: '组织实施' }).dragTo(page.locator('.outline-row', { hasText: '指导思想' }));
  await expect(page.locator('.doc-h1').first()).toHaveText('一、组织实施');
  await expect(page.locator('.doc-h1').nth(1)).toHaveText('二、指导思想');

  await page.reload();
  await expect(page.locator('.section-loading')).toHaveCount(0);
  await expect(page.locator('.doc-h1').first()).toHaveText('一、组织实施');
  await expect(page.locator('.doc-section').first().locator('.section-editable')).toHaveText('各单位要按时报送进展情况。');

  // Delete it again: the app's own dialog asks; Esc cancels, 删除 confirms.
  await page.locator('.outline-row', { hasText: '组织实施' }).hover();
  await page.getByRole('button', { name: '删除 组织实施' }).click();
  const confirm = page.getByRole('dialog', { name: '删除章节' });
  await expect(confirm).toContainText('组织实施');
  await page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await expect(page.locator('.doc-h1')).toHaveCount(5);
  await page.locator('.outline-row', { hasText: '组织实施' }).hover();
  await page.getByRole('button', { name: '删除 组织实施' }).click();
  await confirm.getByRole('button', { name: '删除' }).click();
  await expect(page.locator('.doc-h1')).toHaveCount(4);
  await expect(page.locator('.doc-h1').first()).toHaveText('一、指导思想');
});

test('设置 is asked on first open, and the chosen name shows in the who-is-here list', async ({ browser, request }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const planId = await createPlan(request);
  await page.goto(`/?token=${E2E_TOKEN}#/plan/${planId}`);
  const dialog = page.getByRole('dialog', { name: '设置' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByRole('alert')).toContainText('请填写姓名');
  await dialog.getByLabel('姓名').fill('赵六');
  await dialog.getByLabel('部门').fill('旗财政局');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('list', { name: '在线成员' })).toContainText('赵六（我） · 旗财政局');
  // Kept for next time: a reload does not ask again.
  await page.reload();
  await expect(page.locator('.section-editable').first()).toBeVisible();
  await expect(page.getByRole('dialog', { name: '设置' })).toHaveCount(0);
  await page.getByRole('button', { name: '更多' }).click();
  await page.getByRole('menuitem', { name: '设置' }).click();
  await expect(page.getByRole('dialog', { name: '设置' }).getByLabel('姓名')).toHaveValue('赵六');
  await context.close();
});

test('Ctrl+B types bold, Backspace at the start of a paragraph merges it into the previous one', async ({ page, request }) => {
  const planId = await createPlan(request);
  await openPlan(page, planId);
  const closing = page.locator('.section-editable[aria-label="结束语"]');
  await caretToEnd(page, closing);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+b');
  await page.keyboard.insertText('加粗的话');
  await page.keyboard.press('Control+b');
  await page.keyboard.insertText('普通的话');
  await expect(closing.locator('.mark-bold')).toHaveText('加粗的话');
  await expect(closing.locator('p.doc-p')).toHaveCount(2);
  await page.keyboard.press('Home');
  // Slate takes a caret moved by the browser from its selectionchange event, a task after the key; a
  // re-render before that puts the DOM caret back where Slate has it. A person is never that fast.
  await caretSettled(page);
  await page.keyboard.press('Backspace');
  // The texts, not only the count: a failure then shows whether the merge or a deletion happened.
  await expect(closing.locator('p.doc-p')).toHaveText([/确保各项任务圆满完成。加粗的话普通的话$/]);
  await expect(closing.locator('.mark-bold')).toHaveText('加粗的话');
});

test('a plan that does not exist gets a Chinese error instead of waiting forever', async ({ page }) => {
  await page.goto(`/?token=${E2E_TOKEN}#/plan/p-doesnotexist`);
  await expect(page.getByRole('alert')).toContainText('无法打开该计划');
});

test('clicking a section in the outline jumps to it with the caret in its heading', async ({ page, request }) => {
  const planId = await createPlan(request);
  await openPlan(page, planId);
  await page.locator('.outline-row', { hasText: '保障措施' }).getByRole('button', { name: /保障措施/ }).first().click();
  const heading = page.locator('#sec-s-safeguards .inline-field');
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await page.keyboard.insertText('（修订）');
  await expect(page.locator('#sec-s-safeguards .doc-h1')).toHaveText('四、保障措施（修订）');
});

test('an outdated or short unit name suggests the current name (质监局 → 旗市场监督管理局)', async ({ page, request }) => {
  const planId = await createPlan(request);
  await openPlan(page, planId);
  const second = sectionBody(page, '实施质量提升行动，增强质量竞争力').locator('.doc-item').nth(1);
  await second.locator('[data-slate-string]').last().click();
  const inspector = page.getByRole('region', { name: '措施属性' });
  const support = inspector.getByRole('combobox', { name: '添加责任单位' });
  await support.fill('质监局');
  await expect(inspector.locator('.unit-suggestion')).toContainText('旗市场监督管理局');
  await support.fill('发改局');
  await inspector.getByRole('button', { name: '使用现名“旗发展和改革局”' }).click();
  await expect(second.locator('.item-resp')).toHaveText('（牵头单位：旗住房和城乡建设局；责任单位：旗交通运输局、旗水利局、旗发展和改革局；完成时限：2026年12月底前）');
});

test('typing new lines at the bottom of the screen keeps the caret in view', async ({ page, request }) => {
  const planId = await createPlan(request);
  await openPlan(page, planId);
  const body = sectionBody(page, '指导思想');
  await caretToEnd(page, body);
  // The caret on the last line of the scroller, then lines typed below it.
  const caret = () => page.evaluate(() => {
    const box = getSelection()!.getRangeAt(0).getBoundingClientRect();
    const view = document.querySelector('.doc-scroll')!.getBoundingClientRect();
    return { top: box.top - view.top, bottom: view.bottom - box.bottom };
  });
  const { bottom } = await caret();
  await page.locator('.doc-scroll').evaluate((el, by) => { el.scrollTop -= by; }, bottom - 4);
  await expect.poll(async () => (await caret()).bottom).toBeLessThan(8);
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(`新的一行${i}`);
  }
  await expect(body).toContainText('新的一行5');
  await expect.poll(async () => (await caret()).bottom).toBeGreaterThanOrEqual(0);
  expect((await caret()).top).toBeGreaterThanOrEqual(0);
});
