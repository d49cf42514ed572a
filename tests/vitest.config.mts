import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/render/**/*.test.ts'],
    environment: 'node',
    // Bounds for a failing test only (a passing one ends when its conditions hold): render tests that
    // rasterise many pages took 60–95 s with a CPU-bound process beside CI (load 13–15).
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
    reporters: process.env.CI ? ['default'] : ['default'],
  },
});
