// The importer (main/common/import, in process): a plan of 300 and 1,000 measures as the text a county office
// pastes or saves from Word, and every document of the evaluation corpus (tests/fixtures/corpus) in turn.
// Each blind round adds rules to the importer; this is where a rule that costs too much shows (the server
// parses in a worker with a time budget, so a slow import is a refused one).
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { importPlan } from '../../main/common/import/import-plan';
import { buildTaskTableXlsx } from '../../main/common/docx/task-table/task-table-xlsx';
import { importBytes } from '../../main/node/import/import-file';
import { bigPlan } from './big-plan';
import { planText } from './plan-text';

const CORPUS = new URL('../fixtures/corpus/', import.meta.url);
const RUNS = Number(process.env['IMPORT_BENCH_RUNS'] ?? 15);

function time(f: () => void): number {
  const t = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

function quantiles(times: number[]): (p: number) => string {
  const s = times.slice().sort((a, b) => a - b);
  return (p) => s[Math.floor(p * (s.length - 1))]!.toFixed(1);
}

/** Median and p95 of RUNS imports after three to warm up; the text must import (a failed import is no figure). */
function row(label: string, texts: readonly string[]): string {
  const once = () => {
    for (const t of texts) if (!importPlan(t).ok) throw new Error(`${label}: the import failed`);
  };
  for (let i = 0; i < 3; i++) once();
  const times = Array.from({ length: RUNS }, () => time(once));
  const q = quantiles(times);
  const chars = texts.reduce((n, t) => n + t.length, 0);
  return `| ${label} | ${chars.toLocaleString('en')} | ${q(0.5)} ms | ${q(0.95)} ms |`;
}

/** The same for files read by their reader (.docx, .doc) and imported, one after another. */
function fileRow(label: string, dir: URL, ext: string): string {
  const files = readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => ({ f, bytes: new Uint8Array(readFileSync(new URL(f, dir))) }));
  const once = () => {
    for (const { f, bytes } of files) if (!importBytes(bytes, f).ok) throw new Error(`${label}: the import of ${f} failed`);
  };
  for (let i = 0; i < 3; i++) once();
  const q = quantiles(Array.from({ length: RUNS }, () => time(once)));
  const size = files.reduce((n, x) => n + x.bytes.length, 0);
  return `| ${label}, ${files.length} files | ${Math.round(size / 1024).toLocaleString('en')} KB | ${q(0.5)} ms | ${q(0.95)} ms |`;
}

const corpus = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(new URL(f, CORPUS), 'utf8'));

console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (2 cores shared); ${RUNS} runs each`);
console.log('| text | characters | median | p95 |');
console.log('|---|---:|---:|---:|');
console.log(row('300 measures', [planText(bigPlan(300))]));
console.log(row('1,000 measures', [planText(bigPlan(1000))]));
console.log(row(`the corpus, ${corpus.length} documents one after another`, corpus));
console.log('');
console.log('| files read and imported | size | median | p95 |');
console.log('|---|---:|---:|---:|');
console.log(fileRow('the corpus\'s .docx', CORPUS, '.docx'));
// Real Word .doc files (a 160 KB 规划 of lists and tables among them) and .docx saved as .doc by LibreOffice.
console.log(fileRow('Word 97–2003 .doc (tests/fixtures/doc)', new URL('../fixtures/doc/', import.meta.url), '.doc'));
// A 任务分解表 kept in Excel: the app's own export of a 1,000-measure plan (shared strings, styles, a title merged across).
const taskXlsx = buildTaskTableXlsx(bigPlan(1000));
const xlsxTimes = (() => {
  const once = () => {
    if (!importBytes(taskXlsx, 'tasks.xlsx').ok) throw new Error('the .xlsx import failed');
  };
  for (let i = 0; i < 3; i++) once();
  return quantiles(Array.from({ length: RUNS }, () => time(once)));
})();
console.log(`| a 1,000-row 任务分解表 (.xlsx, the app's task-table export) | ${Math.round(taskXlsx.length / 1024).toLocaleString('en')} KB | ${xlsxTimes(0.5)} ms | ${xlsxTimes(0.95)} ms |`);
