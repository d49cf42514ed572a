import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { MOUNTED_EDITOR_BUDGET } from '../../../renderer/src/editor/mount-scheduler';
import { caretToEnd, E2E_TOKEN, setUser } from './editor-helpers';

/** Sections of the imported plan: more than the page keeps as editors at once. */
const SECTIONS = 30;
const EDITORS = SECTIONS + 2; // + preamble and closing

function chineseNumber(n: number): string {
  const d = '一二三四五六七八九';
  const tens = Math.floor(n / 10);
  const ones = n % 10 ? d[(n % 10) - 1]! : '';
  return tens === 0 ? ones : `${tens === 1 ? '' : d[tens - 1]}十${ones}`;
}

/** A plan of SECTIONS sections, imported from text through the API. */
async function importLongPlan(request: APIRequestContext): Promise<string> {
  const lines = ['某旗推进质量强旗行动计划', '', '为推进质量强旗建设，制定本计划。', ''];
  for (let i = 1; i <= SECTIONS; i++) lines.push(`${chineseNumber(i)}、第${i}项重点工作`, `第${i}节正文：加强质量基础设施建设。`, '');
  lines.push('请各单位认真贯彻执行。');
  const res = await request.post('/api/import', {
    headers: { Authorization: `Bearer ${E2E_TOKEN}`, 'x-file-name': encodeURIComponent('长计划.txt'), 'content-type': 'application/octet-stream' },
    data: Buffer.from(lines.join('\n'), 'utf8'),
  });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { plan: { id: string } }).plan.id;
}

const section = (page: Page, n: number) =>
  page.locator('.doc-section', { has: page.locator('.inline-field', { hasText: new RegExp(`^第${n}项重点工作$`) }) });

async function open(browser: Browser, planId: string, name: string, dept: string, color: string): Promise<Page> {
  const context = await browser.newContext();
  await setUser(context, name, dept, color);
  const page = await context.newPage();
  await page.goto(`/?token=${E2E_TOKEN}#/plan/${planId}`);
  // Every section is on the page at once; the page keeps only as many editors as its budget.
  await expect(page.locator('.section-editable')).toHaveCount(MOUNTED_EDITOR_BUDGET, { timeout: 30_000 });
  await expect(page.locator('.section-static')).toHaveCount(EDITORS - MOUNTED_EDITOR_BUDGET);
  return page;
}

test('a plan longer than the editor budget: far sections stay text, yet find, outline jumps, presence and sync reach them', async ({ browser, request }) => {
  const planId = await importLongPlan(request);
  const a = await open(browser, planId, '张三', '旗市场监督管理局', '#1971c2');
  // Find-in-page searches the whole plan: the text of a section without an editor is in the page.
  await expect(section(a, SECTIONS).locator('.section-static')).toContainText(`第${SECTIONS}节正文`);

  // B jumps to section 29 from the outline (caret in its heading); its editor mounts as it comes near
  // the screen, and B types there.
  const b = await open(browser, planId, '李四', '旗发展和改革局', '#c2255c');
  await b.locator('.outline-row', { hasText: '第29项重点工作' }).getByRole('button', { name: /第29项重点工作/ }).first().click();
  await expect(section(b, 29).locator('.inline-field').first()).toBeFocused();
  await caretToEnd(b, section(b, 29).locator('.section-editable'));
  await b.keyboard.insertText('李四远处的修改。');

  // A has no editor there: its text follows the synced doc, and A's outline shows B in that section.
  await expect(section(a, 29).locator('.section-static')).toContainText('李四远处的修改。');
  await expect(a.locator('.outline-row', { hasText: '第29项重点工作' }).getByLabel('正在编辑：李四')).toBeVisible();

  // B's editors far above went back to text: the budget holds; the section B is in keeps its editor.
  await expect(b.locator('.section-editable')).toHaveCount(MOUNTED_EDITOR_BUDGET);
  await expect(section(b, 1).locator('.section-static')).toHaveCount(1);
  await expect(section(b, 29).locator('.section-editable')).toBeFocused();

  // A clicks into the text of section 29: the editor mounts with the caret there, and A's typing reaches B.
  await section(a, 29).scrollIntoViewIfNeeded();
  await caretToEnd(a, section(a, 29).locator('.section-editable'));
  await a.keyboard.insertText('张三也改了。');
  await expect(section(b, 29).locator('.section-editable')).toContainText('李四远处的修改。张三也改了。');
  await Promise.all([a.context().close(), b.context().close()]);
});
