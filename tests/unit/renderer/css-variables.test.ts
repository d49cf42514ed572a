import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../../renderer/src', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return files(path);
    return /\.(css|tsx?)$/.test(e.name) ? [path] : [];
  });
}

// A var() of a custom property nobody defines silently takes its fallback (or nothing): the annex
// headings were set in a serif default because --font-xiaobiaosong was never declared.
describe('renderer CSS custom properties', () => {
  it('every var(--name) used is declared somewhere in the renderer', () => {
    const texts = files(SRC).map((f) => readFileSync(f, 'utf8'));
    const declared = new Set(texts.flatMap((t) => [...t.matchAll(/(--[a-z0-9-]+)\s*:/g)].map((m) => m[1]!)));
    const used = new Set(texts.flatMap((t) => [...t.matchAll(/var\(\s*(--[a-z0-9-]+)/g)].map((m) => m[1]!)));
    expect([...used].filter((v) => !declared.has(v))).toEqual([]);
    expect(used.size).toBeGreaterThan(5);
  });
});
