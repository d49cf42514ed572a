#!/usr/bin/env node
// `npm test`: unit + integration + render tests (Vitest), then browser and Electron e2e (Playwright).
// Prints one closing line "N passed, N failed, N skipped" over both runners, and why anything was skipped.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import net from 'node:net';

const dir = mkdtempSync(path.join(tmpdir(), 'plan-studio-test-'));
const vitestJson = path.join(dir, 'vitest.json');
const playwrightJson = path.join(dir, 'playwright.json');
const only = process.argv[2]; // optional: "vitest" or "playwright"

function run(cmd, args, env = {}) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
}

/** What git sees in the tree: a test run must leave it as it found it (screenshots go to test-results/). */
function treeState() {
  const r = spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout : null;
}
const treeBefore = treeState();

const totals = { passed: 0, failed: 0, skipped: 0 };
const skipped = [];
let crashed = false;

if (only !== 'playwright') {
  // The built CLI (out/cli/plan-studio.cjs) is what tests/integration/cli-bundle.test.ts runs: build it fresh.
  if (run('node', ['scripts/build-cli.mjs']) !== 0) crashed = true;
  const code = run('npx', ['vitest', 'run', '--config', 'tests/vitest.config.mts', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
  if (existsSync(vitestJson)) {
    const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
    if (code !== 0 && r.numFailedTests === 0) crashed = true;
  } else crashed = true;
}

/** A free loopback port for the e2e server, so a developer's own server on 18080 does not collide. */
function freePort() {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

if (only !== 'vitest') {
  const port = process.env.E2E_PORT ?? String(await freePort());
  const code = run('npx', ['playwright', 'test', '--config', 'tests/playwright.config.mts'], { PW_JSON: playwrightJson, E2E_PORT: port });
  if (existsSync(playwrightJson)) {
    const r = JSON.parse(readFileSync(playwrightJson, 'utf8'));
    const walk = (suite) => {
      for (const spec of suite.specs ?? []) {
        for (const t of spec.tests ?? []) {
          if (t.status === 'skipped') {
            totals.skipped++;
            const note = (t.annotations ?? []).find((a) => a.type === 'skip');
            skipped.push(`${spec.title}: ${note?.description ?? 'skipped'}`);
          } else if (t.status === 'expected' || t.status === 'flaky') totals.passed++;
          else totals.failed++;
        }
      }
      for (const s of suite.suites ?? []) walk(s);
    };
    for (const s of r.suites ?? []) walk(s);
    if (code !== 0 && totals.failed === 0) crashed = true;
  } else crashed = true;
}

const treeAfter = treeState();
if (treeBefore !== null && treeAfter !== treeBefore) {
  const before = new Set(treeBefore.split('\n'));
  console.log('the test run changed or left files in the repository:');
  for (const line of treeAfter.split('\n')) if (line && !before.has(line)) console.log(`  ${line}`);
  totals.failed++;
}
for (const s of skipped) console.log(`skipped: ${s}`);
if (crashed) {
  // A runner that died without reporting a failed test still failed: count it, so the line tells the truth.
  console.log('a test runner exited abnormally (see its output above)');
  totals.failed++;
}
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || crashed ? 1 : 0);
