import { describe, expect, it } from 'vitest';
import { runFuzz } from './run-fuzz';

/**
 * Convergence fuzz (COEDITING.md §7.2.1): FUZZ_RUNS seeded runs per configuration (default 100; three
 * configurations make 300 in CI); FUZZ_SEED=<n> replays one run. A failure names its seed and last ops.
 */
export function defineFuzzSuite(c: { name: string; peers: number; steps: number; undo: boolean; base: number; marks?: boolean; resync?: boolean; runs?: number }): void {
  const runs = Number(process.env['FUZZ_RUNS'] ?? c.runs ?? 100);
  const only = process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) : null;
  describe(`convergence fuzz, ${c.name}: random edits, delivery order and disconnects, then full sync`, () => {
    it(`${only !== null ? `seed ${only}` : `${runs} runs`} converge, schema-valid, no duplicate item ids`, async () => {
      const seeds = only !== null ? [only] : Array.from({ length: runs }, (_, i) => c.base + i);
      let ops = 0;
      for (const seed of seeds) {
        const r = await runFuzz({ seed, peers: c.peers, steps: c.steps, undo: c.undo, marks: c.marks, resync: c.resync });
        ops += r.ops;
        expect(r.plan.sections.length).toBeGreaterThan(0);
      }
      // Guard against a harness that silently does nothing.
      expect(ops).toBeGreaterThan(seeds.length * c.steps * 0.4);
    }, 300_000);
  });
}
