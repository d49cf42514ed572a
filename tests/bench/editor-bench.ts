// Editor benchmark: open time (click → every section editable) and keystroke-to-render latency in Chromium,
// for plans of 50 / 300 / 1,000 measures. Starts its own server on a free port with a temp data dir.
// Run: npx tsx tests/bench/editor-bench.ts   (builds the renderer first, so the numbers are for the current
// code; BENCH_NO_BUILD=1 reuses out/renderer as it is; BENCH_STATIC_DIR=<dir> serves another build, e.g. the
// code before a change, for interleaved before/after runs; BENCH_CASES=300,1000 runs only those plans of ten
// measures per section; BENCH_KEYS=N keystrokes per plan (40); BENCH_RAW=<file> appends every latency as
// JSON lines with the load average at the start and end of each plan, to pool several runs: tests/bench/editor-runs.ts
// prints them per run and pooled; BENCH_PROFILE=<dir> writes a CPU profile of each open and of its keystrokes
// there, or with BENCH_TRACE=1 a Chrome trace (style, layout and script per task: the keystroke's own task))
import { chromium, type Page } from '@playwright/test';
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLOSING_BODY } from '../../main/common/collab/doc-names';
import type { Plan } from '../../main/common/model/plan';
import { createSyncServer } from '../../main/node/server/create-sync-server';
import { defaultTemplatesDir, TemplateLibrary } from '../../main/node/templates/template-library';
import { MOUNTED_EDITOR_BUDGET } from '../../renderer/src/editor/mount-scheduler';
import { bigPlan } from './big-plan';

const root = fileURLToPath(new URL('../..', import.meta.url));
const staticDir = process.env['BENCH_STATIC_DIR'] ? path.resolve(process.env['BENCH_STATIC_DIR']) : path.join(root, 'out/renderer');
const profileDir = process.env['BENCH_PROFILE'] ? path.resolve(process.env['BENCH_PROFILE']) : null;
const TOKEN = 'bench-token-0123456789abcdef';
/** BENCH_KEYS=N types N characters per plan (40 by default; more gives a steadier p95). */
const KEYSTROKES = Number(process.env['BENCH_KEYS'] ?? 40);
/** BENCH_IME=1 types through a pinyin IME's composition (typePinyin) instead of a character per key. */
const IME = Boolean(process.env['BENCH_IME']);

/** The same measures in ONE section: the worst case for a single Slate editor. */
function oneSection(plan: Plan): Plan {
  const groups = plan.sections[1]!.sections;
  const body = groups.flatMap((g) => g.body);
  return { ...plan, sections: [plan.sections[0]!, { ...plan.sections[1]!, sections: [{ ...groups[0]!, body }] }] };
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length - 1) * p))]!;

interface OpenTimes {
  /**
   * The first animation frame in which every section is on the page (as an editor, or as text whose
   * editor mounts when idle) and every section on the screen is an editor: the user can read, find and
   * type.
   */
  shown: number;
  /** The first animation frame in which every section editor is in the DOM (at most MOUNTED_EDITOR_BUDGET of them). */
  inDom: number;
  /** ... and the page answers the next script call (tasks queued meanwhile, e.g. the syncs, have run). */
  total: number;
  firstEditable: number;
  /** The open-states response applied (NaN if the page opened without it). */
  statesApplied: number;
  planReady: number;
  bodiesReady: number;
  /** Every body provider has synced with the server (after the editors are shown when opened from open-states). */
  bodiesSynced: number;
}

/**
 * Click on the plan in the home list → every section editor mounted (up to MOUNTED_EDITOR_BUDGET); with
 * the sync milestones (marks). Two ends: the frame in which the DOM first has them, and the page answering a script call
 * after that (which also waits for whatever tasks were queued before it).
 */
async function openTime(page: Page, baseUrl: string, title: string, editors: number): Promise<OpenTimes> {
  await page.goto(`${baseUrl}/?token=${TOKEN}#/`);
  const link = page.getByRole('link', { name: title });
  await link.waitFor();
  await page.evaluate(() => document.addEventListener('click', () => { (window as unknown as { t0: number }).t0 = performance.now(); }, { capture: true, once: true }));
  await link.click();
  await page.waitForFunction(({ n, budget }) => {
    const w = window as unknown as { tDom?: number; tShown?: number };
    const editable = document.querySelectorAll('.section-editable').length;
    const loading = document.querySelector('.section-loading');
    if (w.tShown === undefined && !loading && editable + document.querySelectorAll('.section-static').length === n) {
      // (No named function in here: tsx would wrap it in a helper the page does not have.)
      let staticOnScreen = false;
      for (const el of document.querySelectorAll('.section-static')) {
        const r = el.getBoundingClientRect();
        if (r.bottom > 0 && r.top < innerHeight) staticOnScreen = true;
      }
      if (!staticOnScreen) w.tShown = performance.now();
    }
    // The editors mounted in idle time: every one, or as many as the page keeps (MOUNTED_EDITOR_BUDGET).
    const done = editable >= Math.min(n, budget) && !loading;
    if (done) w.tDom ??= performance.now();
    return done;
  }, { n: editors, budget: MOUNTED_EDITOR_BUDGET }, { polling: 'raf', timeout: 60_000 });
  const answered = await page.evaluate(() => performance.now());
  await page.waitForFunction((n) => performance.getEntriesByType('mark').filter((m) => m.name.startsWith('synced:')).length >= n, editors, { timeout: 60_000 });
  const t = await page.evaluate(() => ({
    t0: (window as unknown as { t0: number }).t0,
    tDom: (window as unknown as { tDom: number }).tDom,
    tShown: (window as unknown as { tShown?: number }).tShown ?? (window as unknown as { tDom: number }).tDom,
    marks: performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as [string, number]),
  }));
  const last = (prefix: string) => Math.max(...t.marks.filter(([n]) => n.startsWith(prefix)).map(([, s]) => s)) - t.t0;
  const first = Math.min(...t.marks.filter(([n]) => n.startsWith('connect-end:')).map(([, s]) => s)) - t.t0;
  const applied = t.marks.find(([n]) => n === 'open-states-applied');
  return {
    shown: t.tShown - t.t0, inDom: t.tDom - t.t0, total: answered - t.t0, firstEditable: first, statesApplied: applied ? applied[1] - t.t0 : NaN,
    planReady: last('plan-ready'), bodiesReady: last('ready:'), bodiesSynced: last('synced:'),
  };
}

/**
 * With BENCH_PROFILE: the renderer's CPU profile between start and each save (then profiling again);
 * with BENCH_TRACE=1 as well, a performance trace instead (style, layout, paint and script per event:
 * open it in Chromium's Performance panel).
 */
async function startProfile(page: Page): Promise<{ save(name: string): Promise<void>; restart(): Promise<void> }> {
  if (!profileDir) return { save: async () => undefined, restart: async () => undefined };
  mkdirSync(profileDir, { recursive: true });
  if (process.env['BENCH_TRACE']) {
    const browser = page.context().browser()!;
    const start = () => browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'] });
    await start();
    return {
      async save(name) {
        writeFileSync(path.join(profileDir, `${name}.trace.json`), await browser.stopTracing());
      },
      restart: start,
    };
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return {
    async save(name) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(path.join(profileDir, `${name}.cpuprofile`), JSON.stringify(profile));
    },
    async restart() {
      await cdp.send('Profiler.start');
    },
  };
}

/** beforeinput → the first animation frame after the DOM changed, per keystroke. */
async function keystrokeLatency(page: Page, editors: number, profile: { save(name: string): Promise<void>; restart(): Promise<void> }, name: string): Promise<{ lat: number[]; kinds: string[] }> {
  // The last section of the plan (结束语; the 印发通知 and attachments bar follow it), scrolled to: its
  // editor mounts as it comes near the screen. (Scrolled from the page: the element may be swapped from
  // text to editor while Playwright scrolls.)
  await page.evaluate((id) => document.querySelector(`article.page [data-body-id="${id}"]`)?.scrollIntoView(), CLOSING_BODY);
  const target = page.locator(`.section-editor[data-body-id="${CLOSING_BODY}"] .section-editable`);
  await target.locator('[data-slate-string]').last().click();
  await page.keyboard.press('Control+End');
  // Timed once the page has settled: the editors left far behind have gone back to text (or all stay).
  await page.waitForFunction(({ n, budget }) => {
    const k = document.querySelectorAll('.section-editable').length;
    return k <= budget || k === n;
  }, { n: editors, budget: MOUNTED_EDITOR_BUDGET });
  await target.evaluate((el) => {
    const w = window as unknown as { lat: number[]; kinds: string[] };
    w.lat = [];
    w.kinds = [];
    let start = 0;
    let kind = '';
    el.addEventListener('beforeinput', (e) => {
      start = performance.now();
      kind = (e as InputEvent).inputType;
    }, true);
    // A commit ends the composition: Slate writes the text then (compositionend), in the same task.
    el.addEventListener('compositionend', () => { kind = 'commit'; }, true);
    new MutationObserver(() => {
      if (!start) return;
      const s = start;
      start = 0;
      // Read in the frame: a commit's compositionend comes after its DOM change, in the same task.
      requestAnimationFrame(() => {
        w.lat.push(performance.now() - s);
        w.kinds.push(kind);
      });
    }).observe(el, { subtree: true, childList: true, characterData: true });
  });
  await profile.restart();
  const typed = IME ? await typePinyin(page) : await typeDirect(page);
  await profile.save(name);
  return { lat: await typed(), kinds: await page.evaluate(() => (window as unknown as { kinds: string[] }).kinds) };
}

const latencies = (page: Page) => () => page.evaluate(() => (window as unknown as { lat: number[] }).lat);
const waitLatencies = (page: Page, n: number) => page.waitForFunction((k) => (window as unknown as { lat: number[] }).lat.length >= k, n, { polling: 'raf' });

/** One character per keystroke, written at once (beforeinput insertText): what a keyboard without an IME does. */
async function typeDirect(page: Page): Promise<() => Promise<number[]>> {
  for (let i = 0; i < KEYSTROKES; i++) {
    await page.keyboard.insertText('质');
    await waitLatencies(page, i + 1);
  }
  return latencies(page);
}

/**
 * BENCH_IME=1: as a pinyin typist writes — each key updates the IME's composition ("z", "zh", "zhi"),
 * then the choice commits "质" (Chromium's own composition events through CDP). KEYSTROKES counts every
 * key, three of four being composition updates.
 */
async function typePinyin(page: Page): Promise<() => Promise<number[]>> {
  const cdp = await page.context().newCDPSession(page);
  let n = 0;
  while (n < KEYSTROKES) {
    for (const text of ['z', 'zh', 'zhi']) {
      await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
      await waitLatencies(page, ++n);
    }
    await cdp.send('Input.insertText', { text: '质' });
    await waitLatencies(page, ++n);
  }
  // Timing a broken composition would mean nothing: the commits, and no pinyin, must be in the text.
  const text = await page.locator(`.section-editor[data-body-id="${CLOSING_BODY}"] .section-editable`).innerText();
  if (!text.includes('质'.repeat(Math.floor(KEYSTROKES / 4))) || text.includes('zh')) throw new Error(`pinyin typing went wrong: ${text.slice(-60)}`);
  return latencies(page);
}

/**
 * BENCH_BUSY=N: N CPU-bound processes compete with the bench for the whole run, a reproducible stand-in
 * for a busy machine (on 2 cores, N = 2 plus the browser and the server give a load average of about 4).
 */
function startBusyProcesses(): ChildProcess[] {
  const n = Number(process.env['BENCH_BUSY'] ?? 0);
  return Array.from({ length: n }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
}

async function main(): Promise<void> {
  const busy = startBusyProcesses();
  if (!process.env['BENCH_STATIC_DIR'] && (!process.env['BENCH_NO_BUILD'] || !existsSync(path.join(staticDir, 'index.html')))) execSync('npx vite build --config renderer/vite.config.mts --logLevel warn', { cwd: root, stdio: 'inherit' });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'plan-studio-editor-bench-'));
  const server = await createSyncServer({
    host: '127.0.0.1', port: 0, dataDir, token: TOKEN, quiet: true, staticDir,
    templates: await TemplateLibrary.load(defaultTemplatesDir()),
  });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const rows: string[][] = [];
  const imeRows: string[] = [];
  try {
    // The first plan opened in a browser also pays for fonts and code: measured apart as "cold".
    const cases: Array<{ label: string; plan: Plan }> = [{ label: '300 项措施（冷启动：首次打开）', plan: bigPlan(300) }];
    for (const n of [50, 300, 1000]) cases.push({ label: `${n} 项措施（每节10项）`, plan: bigPlan(n) });
    for (const n of [300, 1000]) cases.push({ label: `${n} 项措施（同一节）`, plan: oneSection(bigPlan(n)) });
    const only = process.env['BENCH_CASES']?.split(',').map(Number);
    if (only) cases.splice(1, cases.length - 1, ...only.map((n) => ({ label: `${n} 项措施（每节10项）`, plan: bigPlan(n) })));
    for (const c of cases) {
      c.plan.meta.title = `${c.label} 基准计划`;
      await server.services.plans.createFromPlan(c.plan);
      const editors = 2 + c.plan.sections.reduce((k, s) => k + 1 + s.sections.length, 0);
      const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
      await context.addInitScript(() => localStorage.setItem('plan-studio.user', JSON.stringify({ name: '基准', dept: '', color: '#1971c2' })));
      const page = await context.newPage();
      const loadStart = loadavg()[0];
      const profile = await startProfile(page);
      const open = await openTime(page, server.url, c.plan.meta.title, editors);
      await profile.save(`open-${rows.length}`);
      const { lat, kinds } = await keystrokeLatency(page, editors, profile, `keys-${rows.length}`);
      if (IME) imeRows.push(imeRow(c.label, lat, kinds));
      // BENCH_RAW=<file>: every latency and the open times as one JSON line per plan (to pool runs).
      if (process.env['BENCH_RAW']) appendFileSync(process.env['BENCH_RAW'], `${JSON.stringify({ label: c.label, ime: IME, open, lat, kinds, loadStart, load: loadavg()[0] })}\n`);
      rows.push([c.label, String(editors), open.shown.toFixed(0), open.inDom.toFixed(0), open.total.toFixed(0), open.firstEditable.toFixed(0), open.statesApplied.toFixed(0), open.planReady.toFixed(0), open.bodiesReady.toFixed(0), open.bodiesSynced.toFixed(0),
        pct(lat, 0.5).toFixed(1), pct(lat, 0.95).toFixed(1), Math.max(...lat).toFixed(1)]);
      await context.close();
      // Start the next case on an idle server: the closed page's documents are stored and unloaded
      // first (up to a hundred fsync'd writes that would otherwise land in the next case's open).
      const settle = Date.now() + 20_000;
      while (server.server.hocuspocus.documents.size > 0 && Date.now() < settle) await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    for (const p of busy) p.kill();
    await browser.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log('\n| plan | editors | open: click → every section shown, those on screen editable (ms) | … → idle mounting done: every editor, or MOUNTED_EDITOR_BUDGET of them (ms) | … → page answers again (ms) | first editor connected (ms) | open-states applied (ms) | plan doc ready (ms) | last body ready (ms) | last body synced (ms) | keystroke → frame p50 (ms) | p95 (ms) | max (ms) |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  if (IME) console.log(`\n| plan (pinyin IME) | composition keys p50 / p95 (ms) | commits p50 / p95 (ms) |\n|---|---|---|\n${imeRows.join('\n')}`);
  if (busy.length > 0) console.log(`\n${busy.length} CPU-bound processes (BENCH_BUSY) competed with the bench.`);
  console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(' / ')} (1 / 5 / 15 min)`);
  console.log(`(${KEYSTROKES} keystrokes per plan; latency = beforeinput to the first animation frame after the DOM changed; Chromium ${browser.version()}, headless.)`);
}

/** The IME case split: composition updates (most keys) and commits (the text enters Slate and Yjs). */
function imeRow(label: string, lat: number[], kinds: string[]): string {
  const of = (commit: boolean) => lat.filter((_, i) => (kinds[i] === 'commit') === commit);
  const q = (xs: number[]) => (xs.length ? `${pct(xs, 0.5).toFixed(1)} / ${pct(xs, 0.95).toFixed(1)}` : '—');
  return `| ${label} | ${q(of(false))} | ${q(of(true))} |`;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
