#!/usr/bin/env node
// `npm run cli -- <command>`: rebuilds out/cli/ when a source is newer (scripts/build-cli.mjs), then runs the built
// CLI in this same process. One node start instead of two (a check, then the bin): ~50 ms of CPU per command.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli, isStale } from './build-cli.mjs';

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'out', 'cli', 'plan-studio.cjs');
if (isStale()) await buildCli();
// The bin reads its arguments from process.argv.slice(2), which are this script's.
createRequire(import.meta.url)(bin);
