import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { createPlan, openAs, sectionBody } from './editor-helpers';
import { screenshotPath } from '../e2e-env';

test.use({ viewport: { width: 1366, height: 768 } });

/** Select `length` characters from `offset` of an editor's text (DOM selection: Slate follows selectionchange). */
async function selectText(page: Page, section: string, offset: number, length: number): Promise<string> {
  return sectionBody(page, section).evaluate((root, [from, n]) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (t) => (t.parentElement?.closest('[data-slate-string]') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
    });
    let left = from!;
    for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
      if (left + n! <= t.length) {
        (root as HTMLElement).focus();
        const r = document.createRange();
        r.setStart(t, left);
        r.setEnd(t, left + n!);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(r);
        return r.toString();
      }
      left = Math.max(0, left - t.length);
    }
    throw new Error(`no text at ${from}`);
  }, [offset, length]);
}

/**
 * Every 批注 card of the page with the top of the line its text starts on (page coordinates): `at` maps
 * each card's comment to the offset of its quote in the section's text.
 */
function cards(page: Page, at: Record<string, number>) {
  return page.locator('.comment-card').evaluateAll((els, offsets) => els.map((card) => {
    const section = card.closest('.section-editor')!;
    const editable = section.querySelector('.section-editable')!;
    const text = card.querySelector('p')!.textContent!;
    const walker = document.createTreeWalker(editable, NodeFilter.SHOW_TEXT, {
      acceptNode: (t) => (t.parentElement?.closest('[data-slate-string]') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
    });
    let left = offsets[text]!;
    let anchor = NaN;
    for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
      if (left < t.length) {
        const r = document.createRange();
        r.setStart(t, left);
        r.setEnd(t, left + 1);
        anchor = r.getClientRects()[0]!.top + scrollY;
        break;
      }
      left -= t.length;
    }
    const box = card.getBoundingClientRect();
    return { text, top: box.top + scrollY, bottom: box.bottom + scrollY, anchor, sectionTop: section.getBoundingClientRect().top + scrollY };
  }), at);
}

/** What must hold of any stack: no two cards overlap, none starts above its section, the order is the text's. */
async function stackShape(page: Page, at: Record<string, number>) {
  const all = (await cards(page, at)).sort((a, b) => a.top - b.top);
  return {
    overlaps: all.slice(1).filter((c, i) => c.top < all[i]!.bottom - 0.5).length,
    aboveSection: all.filter((c) => c.top < c.sectionTop - 0.5).length,
    inTextOrder: all.every((c, i) => !i || c.anchor >= all[i - 1]!.anchor),
  };
}

const margin = (page: Page, section: string) => sectionBody(page, section).locator('xpath=..').getByRole('complementary', { name: '修订和批注' });

async function comment(page: Page, section: string, offset: number, text: string, at: Record<string, number>): Promise<void> {
  await selectText(page, section, offset, 4);
  await margin(page, section).getByRole('textbox', { name: '批注内容' }).fill(text);
  await margin(page, section).getByRole('button', { name: '添加批注' }).click();
  await expect(margin(page, section).locator('.comment-card', { hasText: text })).toBeVisible();
  at[text] = offset;
  // The caret put back without a selection: the 添加批注 box (beside the selection) goes.
  await selectText(page, section, 0, 0);
  await expect(margin(page, section).getByRole('textbox', { name: '批注内容' })).toHaveCount(0);
}

/** A new plan from the template, opened by 王主任 of the 县政府办公室. */
async function openNewPlan(browser: Browser, request: APIRequestContext): Promise<{ ctx: BrowserContext; page: Page }> {
  const planId = await createPlan(request);
  const { ctx, page } = await openAs(browser, planId, ['王主任', '县政府办公室', '#1971c2']);
  return { ctx, page };
}

test('twelve 批注 close together in one section and more in the next: in text order, no overlap, none above its section', async ({ browser, request }) => {
  const { ctx, page } = await openNewPlan(browser, request);
  const at: Record<string, number> = {};
  // 指导思想's one paragraph runs four lines: twelve 批注 eight characters apart, added out of order.
  for (const i of [5, 0, 11, 3, 8, 1, 10, 6, 2, 9, 4, 7]) await comment(page, '指导思想', 4 + i * 8, `第${i + 1}条：请核对此处表述。`, at);
  for (const section of ['质量目标', '质量基础']) {
    await comment(page, section, 30, `${section}中间的批注。`, at);
    await comment(page, section, 2, `${section}开头的批注。`, at);
  }
  await expect(page.locator('.comment-card')).toHaveCount(16);
  await expect.poll(() => stackShape(page, at)).toEqual({ overlaps: 0, aboveSection: 0, inTextOrder: true });
  const shifts = (await cards(page, at)).map((c) => Math.round(c.top - c.anchor));
  console.log(`card − anchor (px): ${shifts.join(' ')}; total ${shifts.reduce((s, x) => s + Math.abs(x), 0)}`);
  await sectionBody(page, '指导思想').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.mouse.wheel(0, -120);
  await page.screenshot({ path: screenshotPath('margin-many-comments-1366.png') });
  await ctx.close();
});

test('a 批注 card stands at its line and follows it: a lone card far down a section, text typed above it, a card added', async ({ browser, request }) => {
  const { ctx, page } = await openNewPlan(browser, request);
  const at: Record<string, number> = {};
  // The last of 质量目标's four targets, some eight lines below the section's top.
  const body = sectionBody(page, '质量目标');
  const offset = (await body.evaluate((el) => [...el.querySelectorAll('[data-slate-string]')].map((s) => s.textContent).join(''))).indexOf('城镇生活垃圾');
  expect(offset).toBeGreaterThan(100);
  await comment(page, '质量目标', offset, '末条目标的批注。', at);
  const lone = async () => (await cards(page, at)).map((c) => Math.abs(c.top - c.anchor) < 2);
  await expect.poll(lone).toEqual([true]);
  const before = (await cards(page, at))[0]!;

  // Two lines typed at the section's start move the anchor down: the card goes with it.
  await selectText(page, '质量目标', 0, 0);
  const typed = '新增一段文字，使下面的目标整体下移两行以上，用来检验批注卡片是否跟随它所批注的文字移动位置。';
  await page.keyboard.insertText(typed);
  at['末条目标的批注。'] = offset + typed.length;
  await expect.poll(async () => (await cards(page, at))[0]!.anchor - before.anchor).toBeGreaterThan(60);
  await expect.poll(lone).toEqual([true]);

  // A card added on the same line: the two share it, one just above the line and one below, no overlap.
  await comment(page, '质量目标', offset + typed.length + 2, '同一行的第二条批注。', at);
  // Polled as one state: the cards settle over a few frames (the new card is measured, then the pair placed), and
  // a shape read between them can hold one card, or two not yet moved above the line.
  const settled = async () => {
    const two = await cards(page, at);
    return { count: two.length, ...(await stackShape(page, at)), oneAboveLine: two.length > 0 && Math.min(...two.map((c) => c.top)) < two[0]!.anchor };
  };
  await expect.poll(settled).toEqual({ count: 2, overlaps: 0, aboveSection: 0, inTextOrder: true, oneAboveLine: true });
  await body.locator('xpath=..').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: screenshotPath('margin-follows-anchor-1366.png') });
  await ctx.close();
});
