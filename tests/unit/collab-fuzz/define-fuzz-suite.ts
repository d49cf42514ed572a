import { describe, expect, it } from 'vitest';
import { runFuzz } from './run-fuzz';

/**
 * Convergence fuzz (docs/coediting.md#the-convergence-fuzz): FUZZ_RUNS seeded runs per configuration (default 100: with the
 * marks and plan-outline configurations 450 runs in CI); FUZZ_OFFSET=<n> starts n seeds later (beyond
 * the CI seeds); FUZZ_SEED=<n> replays one run; FUZZ_NO_HEAL=1 turns the app's repairs off. A failure
 * names its seed and last ops.
 */
export function defineFuzzSuite(c: { name: string; peers: number; steps: number; undo: boolean; base: number; marks?: boolean; review?: boolean; resync?: boolean; runs?: number }): void {
  const runs = Number(process.env['FUZZ_RUNS'] ?? c.runs ?? 100);
  const only = process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) : null;
  const offset = Number(process.env['FUZZ_OFFSET'] ?? 0);
  describe(`convergence fuzz, ${c.name}: random edits, delivery order and disconnects, then full sync`, () => {
    it(`${only !== null ? `seed ${only}` : `${runs} runs from seed ${c.base + offset}`} converge, schema-valid, no duplicate item ids`, async () => {
      const seeds = only !== null ? [only] : Array.from({ length: runs }, (_, i) => c.base + offset + i);
      let ops = 0;
      let reloads = 0;
      for (const seed of seeds) {
        const r = await runFuzz({ seed, peers: c.peers, steps: c.steps, undo: c.undo, marks: c.marks, review: c.review, resync: c.resync });
        ops += r.ops;
        reloads += r.resyncs;
        expect(r.plan.sections.length).toBeGreaterThan(0);
      }
      // Not a failure (the reload is the app's repair), but worth seeing when it is not 0.
      console.log(`fuzz ${c.name}: ${seeds.length} runs, ${ops} ops, ${reloads} editor reloads from Yjs`);
      // Guard against a harness that silently does nothing.
      expect(ops).toBeGreaterThan(seeds.length * c.steps * 0.4);
    }, 300_000 + runs * 500);
  });
}
