import { describe, expect, it } from 'vitest';
import { runPlanFuzz } from './run-plan-fuzz';

const STEPS = 150;
const BASE = 5000;
const runs = Number(process.env['FUZZ_RUNS'] ?? 100);
const only = process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) : null;
const offset = Number(process.env['FUZZ_OFFSET'] ?? 0);

describe('convergence fuzz, plan doc with 3–5 peers: section reorders, adds, deletes, renames, assignees', () => {
  it(`${only !== null ? `seed ${only}` : `${runs} runs from seed ${BASE + offset}`} converge to identical, schema-valid plan JSON without duplicate sections`, () => {
    const seeds = only !== null ? [only] : Array.from({ length: runs }, (_, i) => BASE + offset + i);
    let ops = 0;
    for (const seed of seeds) {
      const r = runPlanFuzz(seed, STEPS);
      ops += r.ops;
      expect(r.plan.sections.length + r.plan.preamble.length).toBeGreaterThan(0);
    }
    // Guard against a harness that silently does nothing (most picks change the outline).
    expect(ops).toBeGreaterThan(seeds.length * STEPS * 0.3);
  }, 300_000 + runs * 200);
});
