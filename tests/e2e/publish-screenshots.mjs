// Copies chosen e2e screenshots (written by the tests into test-results/) to docs/screenshots/.
// Tests never write into docs/; run this by hand after the e2e run: node tests/e2e/publish-screenshots.mjs
import { copyFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CHOSEN = [
  'fields-panel-1366.png', 'export-gaps-1366.png', 'topbar-5-people-1366.png', 'locked-section-1366.png',
  'roll-forward-report-1366.png', 'clause-library-1366.png', 'paste-structure-1366.png',
  'versions-compare-inline-1366.png', 'versions-compare-side-1366.png', 'versions-locked-1366.png',
  'checks-panel-1366.png', 'checks-typed-1366.png',
];

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else yield p;
  }
}

const found = new Map();
for (const file of walk(path.join(root, 'test-results'))) if (CHOSEN.includes(path.basename(file))) found.set(path.basename(file), file);
for (const name of CHOSEN) {
  const from = found.get(name);
  if (!from) {
    console.error(`missing ${name}: run the e2e tests first (tests/e2e/browser/document-fields.spec.ts, laptop.spec.ts, versions.spec.ts, checks.spec.ts)`);
    process.exitCode = 1;
    continue;
  }
  copyFileSync(from, path.join(root, 'docs/screenshots', name));
  console.log(`docs/screenshots/${name}`);
}
