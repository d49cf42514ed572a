import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type APIRequestContext, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';
import { apiPath } from '../../../main/common/api/api-routes';
import type { Plan } from '../../../main/common/model/plan';
import { E2E_TOKEN } from '../e2e-env';
import { MOUNTED_EDITOR_BUDGET } from '../../../renderer/src/editor/mount-scheduler';

export { E2E_TOKEN };

export const TEMPLATE_ID = 'county-quality-action-plan';

/** A new plan from the county template, created through the API (each test makes its own). */
export async function createPlan(request: APIRequestContext, region = '鄂托克前旗'): Promise<string> {
  const res = await request.post('/api/plans', {
    headers: { Authorization: `Bearer ${E2E_TOKEN}` },
    data: { templateId: TEMPLATE_ID, region, year: 2026 },
  });
  expect(res.ok()).toBe(true);
  const body = (await res.json()) as { plan: { id: string } };
  return body.plan.id;
}

/** Who this browser context is in co-editing; set before the page loads so 设置 is not asked for. */
export async function setUser(context: BrowserContext, name: string, dept: string, color: string): Promise<void> {
  await context.addInitScript(([n, d, c]) => {
    localStorage.setItem('plan-studio.user', JSON.stringify({ name: n, dept: d, color: c }));
  }, [name, dept, color]);
}

/**
 * A colleague at their own browser: a context with their name, department and colour, the plan opened in
 * it and its editors mounted (openPlan).
 */
export async function openAs(browser: Browser, planId: string, user: readonly [name: string, dept: string, color: string],
  options: BrowserContextOptions = {}): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await browser.newContext(options);
  await setUser(ctx, ...user);
  const page = await ctx.newPage();
  await openPlan(page, planId);
  return { ctx, page };
}

export async function openPlan(page: Page, planId: string): Promise<void> {
  await page.goto(`/?token=${E2E_TOKEN}#/plan/${planId}`);
  // Generous bounds: they only limit a failing test, and CI machines are busy.
  await expect(page.locator('.section-editable').first()).toBeVisible({ timeout: 30_000 });
  // Every body editor mounted: none waits for its sync, none is still shown as text (MountScheduler) —
  // but for those beyond the budget of mounted editors, far below in a plan with many bodies.
  await expect(page.locator('.section-loading')).toHaveCount(0, { timeout: 30_000 });
  await expect.poll(async () => {
    const bodies = await page.locator('[data-body-id]').count();
    return (await page.locator('.section-static').count()) - Math.max(0, bodies - MOUNTED_EDITOR_BUDGET);
  }, { timeout: 30_000 }).toBeLessThanOrEqual(0);
}

/** The body editor of a section by its heading title. */
export function sectionBody(page: Page, title: string) {
  return page.locator('.doc-section', { has: page.locator('.inline-field', { hasText: new RegExp(`^${title}$`) }) }).locator('.section-editable');
}

/** Put the caret at the end of an editor's text. */
export async function caretToEnd(page: Page, editable: ReturnType<Page['locator']>): Promise<void> {
  // Click real text (not a non-editable label or responsibility decoration), then jump to the end.
  const text = editable.locator('[data-slate-string], [data-slate-zero-width]');
  await text.last().click();
  await page.keyboard.press('Control+End');
}

/**
 * Wait until a caret moved by a key (Home, a click) has reached Slate: its selectionchange event has run
 * and the page has rendered twice since, so the next key acts where the caret is on screen.
 */
export async function caretSettled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }));
}

/**
 * Wait until the browser's offline copy (y-indexeddb, one database per document) holds an update with
 * this text: Yjs stores inserted strings as UTF-8 inside the update, so the bytes can be searched.
 */
export async function waitForOfflineCopy(page: Page, planId: string, text: string): Promise<void> {
  await expect.poll(() => page.evaluate(async ([prefix, needle]) => {
    const names = (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith(prefix));
    for (const name of names) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      try {
        if (!db.objectStoreNames.contains('updates')) continue;
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction('updates', 'readonly').objectStore('updates').getAll();
          req.onsuccess = () => resolve(req.result as unknown[]);
          req.onerror = () => reject(req.error);
        });
        const decoder = new TextDecoder();
        if (rows.some((r) => r instanceof Uint8Array && decoder.decode(r).includes(needle))) return true;
      } finally {
        db.close();
      }
    }
    return false;
  }, [`plan-studio:plan:${planId}:`, text] as const), { timeout: 20_000 }).toBe(true);
}

/** A seed plan (seeds/<name>.txt) imported through the API, as 导入 does; returns its id. */
export async function importSeed(request: APIRequestContext, name: string): Promise<string> {
  const file = fileURLToPath(new URL(`../../../seeds/${name}.txt`, import.meta.url));
  const res = await request.post('/api/import', {
    headers: { Authorization: `Bearer ${E2E_TOKEN}`, 'content-type': 'text/plain', 'x-file-name': encodeURIComponent(`${name}.txt`) },
    data: readFileSync(file),
  });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { plan: { id: string } }).plan.id;
}

/** The plan as the server reads it (what the export and the 体检 read). */
export async function serverPlan(request: APIRequestContext, planId: string): Promise<Plan> {
  const res = await request.get(apiPath('getPlan', { planId }), { headers: { Authorization: `Bearer ${E2E_TOKEN}` } });
  expect(res.ok()).toBe(true);
  return (await res.json()) as Plan;
}
