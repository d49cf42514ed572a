// A 条款库 corpus of any size for the benchmark: the seeds' clauses, and beyond them clauses made of the
// seeds' own sentences recombined (a seeded PRNG), so vocabulary and lengths are those of real plans.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Clause } from '../../main/common/clauses/clause';
import { clauseText } from '../../main/common/clauses/clause';
import { collectClauses } from '../../main/common/clauses/collect-clauses';
import { parsePlanText } from '../../main/common/model/parse-plan';

const seedsDir = fileURLToPath(new URL('../../seeds', import.meta.url));

export function seedClauses(): Clause[] {
  const out: Clause[] = [];
  for (const f of readdirSync(seedsDir).filter((n) => n.endsWith('.plan.json')).sort()) {
    const r = parsePlanText(readFileSync(path.join(seedsDir, f), 'utf8'));
    if (!r.ok) throw new Error(`${f}: ${r.error.detail}`);
    out.push(...collectClauses(r.value, { origin: 'seed', planId: null, key: f }));
  }
  return out;
}

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function clauseCorpus(n: number): Clause[] {
  const base = seedClauses();
  const sentences = base.flatMap((c) => clauseText(c).split(/(?<=[。；])/)).filter((s) => s.length >= 6);
  const rand = prng(20261205);
  const out = base.slice(0, n);
  for (let i = out.length; i < n; i++) {
    const model = base[Math.floor(rand() * base.length)]!;
    const k = 1 + Math.floor(rand() * 4);
    const body = Array.from({ length: k }, () => sentences[Math.floor(rand() * sentences.length)]!).join('');
    out.push({ ...model, id: `synthetic:${i}`, lead: '', body });
  }
  return out;
}
