import { expect, test, type Browser, type BrowserContext, type Page, type WebSocketRoute } from '@playwright/test';
import { caretToEnd, createPlan, openPlan, sectionBody, serverPlan, setUser, waitForOfflineCopy } from './editor-helpers';
import { screenshotPath } from '../e2e-env';

async function participant(browser: Browser, name: string, dept: string, color: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  await setUser(context, name, dept, color);
  return { context, page: await context.newPage() };
}

/**
 * An honest network cut for one page: every WebSocket goes through Playwright's proxy, and "offline"
 * closes the live ones and refuses new ones until "online" (context.setOffline does not reliably cut
 * an already-open WebSocket in Chromium).
 */
async function cuttableNetwork(page: Page): Promise<{ offline(): void; online(): void }> {
  let cut = false;
  const live: WebSocketRoute[] = [];
  await page.routeWebSocket(/.*/, (ws) => {
    if (cut) {
      void ws.close({ code: 4000, reason: 'offline (test)' });
      return;
    }
    ws.connectToServer();
    live.push(ws);
  });
  return {
    offline() {
      cut = true;
      for (const ws of live.splice(0)) void ws.close({ code: 4000, reason: 'offline (test)' });
    },
    online() {
      cut = false;
    },
  };
}

test('two people see each other: typing, cursor names, who is here', async ({ browser, request }) => {
  const planId = await createPlan(request);
  const a = await participant(browser, '张三', '旗市场监督管理局', '#1971c2');
  const b = await participant(browser, '李四', '旗发展和改革局', '#c2255c');
  await openPlan(a.page, planId);
  await openPlan(b.page, planId);

  await expect(a.page.getByRole('list', { name: '在线成员' })).toContainText('李四 · 旗发展和改革局');
  await expect(b.page.getByRole('list', { name: '在线成员' })).toContainText('张三 · 旗市场监督管理局');

  await caretToEnd(a.page, sectionBody(a.page, '指导思想'));
  await a.page.keyboard.insertText('张三写的一句话。');
  await expect(sectionBody(b.page, '指导思想')).toContainText('张三写的一句话。');
  // B sees A's caret, labelled with A's name and department.
  await expect(b.page.locator('.section-editor .remote-caret-name', { hasText: '张三' })).toBeVisible();
  await expect(b.page.locator('.remote-caret-name', { hasText: '张三' })).toContainText('旗市场监督管理局');

  await caretToEnd(b.page, b.page.locator('.section-editable[aria-label="结束语"]'));
  await b.page.keyboard.insertText('李四补充。');
  await expect(a.page.locator('.section-editable[aria-label="结束语"]')).toContainText('李四补充。');
  await expect(a.page.locator('.remote-caret-name', { hasText: '李四' })).toBeVisible();

  // A moves on to 保障措施: B sees ONE caret of A (not one per section A has visited), and the outline
  // shows A in that section.
  await caretToEnd(a.page, sectionBody(a.page, '保障措施'));
  await expect(sectionBody(b.page, '保障措施').locator('xpath=..').locator('.remote-caret-name', { hasText: '张三' })).toBeVisible();
  await expect(b.page.locator('.remote-caret-name', { hasText: '张三' })).toHaveCount(1);
  await expect(b.page.locator('.outline-row', { hasText: '保障措施' }).getByLabel('正在编辑：张三')).toBeVisible();
  await expect(b.page.locator('.outline-row', { hasText: '指导思想' }).locator('.outline-visitors')).toHaveCount(0);
  await caretToEnd(a.page, a.page.locator('.section-editable[aria-label="结束语"]'));
  await a.page.setViewportSize({ width: 1600, height: 1000 });
  await a.page.locator('.section-editable[aria-label="结束语"]').scrollIntoViewIfNeeded();
  await a.page.screenshot({ path: screenshotPath('editor-collab.png') });
  await a.context.close();
  await b.context.close();
});

test('concurrent typing in the same paragraph converges', async ({ browser, request }) => {
  const planId = await createPlan(request);
  const a = await participant(browser, '张三', '', '#1971c2');
  const b = await participant(browser, '李四', '', '#c2255c');
  await openPlan(a.page, planId);
  await openPlan(b.page, planId);
  const bodyA = sectionBody(a.page, '指导思想');
  const bodyB = sectionBody(b.page, '指导思想');
  await caretToEnd(a.page, bodyA);
  await caretToEnd(b.page, bodyB);
  const wordsA = ['甲一', '甲二', '甲三', '甲四', '甲五'];
  const wordsB = ['乙一', '乙二', '乙三', '乙四', '乙五'];
  await Promise.all([
    (async () => { for (const w of wordsA) await a.page.keyboard.insertText(w); })(),
    (async () => { for (const w of wordsB) await b.page.keyboard.insertText(w); })(),
  ]);
  await expect.poll(async () => (await bodyA.innerText()) === (await bodyB.innerText()), { timeout: 10_000 }).toBe(true);
  const text = await bodyA.innerText();
  for (const w of [...wordsA, ...wordsB]) expect(text).toContain(w);
  // Each person's own words stay in the order typed.
  expect(text.indexOf('甲一')).toBeLessThan(text.indexOf('甲五'));
  expect(text.indexOf('乙一')).toBeLessThan(text.indexOf('乙五'));
  await a.context.close();
  await b.context.close();
});

test('offline edits on one side merge when it comes back; nothing is lost', async ({ browser, request }) => {
  const planId = await createPlan(request);
  const a = await participant(browser, '张三', '', '#1971c2');
  const b = await participant(browser, '李四', '', '#c2255c');
  const net = await cuttableNetwork(b.page);
  await openPlan(a.page, planId);
  await openPlan(b.page, planId);
  const status = b.page.getByRole('status', { name: '同步状态' });
  await expect(status).toHaveText('已连接 · 已保存');

  net.offline();
  await expect(status).toContainText('离线');
  await caretToEnd(b.page, sectionBody(b.page, '指导思想'));
  await b.page.keyboard.insertText('离线时李四写的。');
  await caretToEnd(a.page, sectionBody(a.page, '保障措施'));
  await a.page.keyboard.insertText('在线的张三写的。');
  await expect(status).toHaveText('离线 · 有未同步的修改');
  // While B is cut off, neither side has the other's text. Barrier, not a delay: once the server's live plan has
  // A's text, the server has sent it to every socket it holds (it broadcasts an update as it applies it), and
  // it lacks B's (cut off, B could not send it).
  await expect.poll(async () => JSON.stringify(await serverPlan(request, planId))).toContain('在线的张三写的。');
  expect(JSON.stringify(await serverPlan(request, planId))).not.toContain('离线时李四写的。');
  await expect(sectionBody(a.page, '指导思想')).not.toContainText('离线时李四写的。');
  await expect(sectionBody(b.page, '保障措施')).not.toContainText('在线的张三写的。');

  net.online();
  await expect(status).toHaveText('已连接 · 已保存', { timeout: 20_000 });
  for (const p of [a.page, b.page]) {
    await expect(sectionBody(p, '指导思想')).toContainText('离线时李四写的。');
    await expect(sectionBody(p, '保障措施')).toContainText('在线的张三写的。');
  }
  // And the server has both: a fresh reader sees them.
  const c = await participant(browser, '王五', '', '#2b8a3e');
  await openPlan(c.page, planId);
  await expect(sectionBody(c.page, '指导思想')).toContainText('离线时李四写的。');
  await expect(sectionBody(c.page, '保障措施')).toContainText('在线的张三写的。');
  for (const p of [a, b, c]) await p.context.close();
});

test('remote edits wait while the user composes with an IME, then arrive', async ({ browser, request }) => {
  const planId = await createPlan(request);
  const a = await participant(browser, '张三', '', '#1971c2');
  const b = await participant(browser, '李四', '', '#c2255c');
  await openPlan(a.page, planId);
  await openPlan(b.page, planId);
  const bodyA = sectionBody(a.page, '指导思想');
  const bodyB = sectionBody(b.page, '指导思想');
  await caretToEnd(b.page, bodyB);
  const cdp = await b.context.newCDPSession(b.page);
  await cdp.send('Input.imeSetComposition', { text: 'zhong', selectionStart: 5, selectionEnd: 5 });

  await caretToEnd(a.page, bodyA);
  await a.page.keyboard.insertText('甲方补充');
  await expect(bodyA).toContainText('甲方补充');
  // B is mid-composition: A's text is held back, B's line does not change under the IME. Barrier, not a delay:
  // the server has applied A's text (and so sent it to B's socket) before A moves its caret to another section,
  // and B sees that caret move only after it has received the text.
  await expect.poll(async () => JSON.stringify(await serverPlan(request, planId))).toContain('甲方补充');
  await caretToEnd(a.page, sectionBody(a.page, '保障措施'));
  await expect(sectionBody(b.page, '保障措施').locator('xpath=..').locator('.remote-caret-name', { hasText: '张三' })).toBeVisible();
  await caretToEnd(a.page, bodyA); // back where it was: each body then shows the other's caret, as before
  await expect(bodyB).not.toContainText('甲方补充');

  await cdp.send('Input.insertText', { text: '中' });
  await expect(bodyB).toContainText('甲方补充');
  await expect(bodyB).toContainText('中');
  await expect(bodyA).toContainText('中');
  await expect.poll(async () => (await bodyA.innerText()) === (await bodyB.innerText()), { timeout: 10_000 }).toBe(true);
  await a.context.close();
  await b.context.close();
});

test('edits made offline survive closing the window and reach the server on the next open', async ({ browser, request }) => {
  const planId = await createPlan(request);
  const b = await participant(browser, '李四', '', '#c2255c');
  const net = await cuttableNetwork(b.page);
  await openPlan(b.page, planId);
  net.offline();
  await expect(b.page.getByRole('status', { name: '同步状态' })).toContainText('离线');
  await caretToEnd(b.page, sectionBody(b.page, '指导思想'));
  await b.page.keyboard.insertText('断网时写下、随后关闭窗口的一句话。');
  await expect(b.page.getByRole('status', { name: '同步状态' })).toHaveText('离线 · 有未同步的修改');
  // Close the window while still offline, once the browser's offline copy holds the edit.
  await waitForOfflineCopy(b.page, planId, '断网时写下、随后关闭窗口的一句话。');
  await b.page.close();

  // Nothing reached the server yet.
  const a = await participant(browser, '张三', '', '#1971c2');
  await openPlan(a.page, planId);
  await expect(sectionBody(a.page, '指导思想')).not.toContainText('断网时写下');

  // Same browser profile, back online: the cached edit is merged and sent.
  const again = await b.context.newPage();
  await openPlan(again, planId);
  await expect(sectionBody(again, '指导思想')).toContainText('断网时写下、随后关闭窗口的一句话。');
  await expect(sectionBody(a.page, '指导思想')).toContainText('断网时写下、随后关闭窗口的一句话。');
  await expect(sectionBody(a.page, '指导思想')).not.toContainText('一句话。断网时写下');
  await a.context.close();
  await b.context.close();
});
