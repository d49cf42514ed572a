import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { eventually } from './server-harness';

/** Every file under a data dir with a hash of its bytes: "nothing stored changed" is equality of two of these. */
export function snapshotDir(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[path.relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Wait until every acknowledged update under a data dir is in its snapshot: the file store journals an update
 * before acknowledging it and removes the journal once a debounced store has compacted it (file-store.ts). With
 * no journal left and no edit in flight, nothing is about to write, so a "before" picture taken now is stable.
 */
export async function storesSettled(dir: string): Promise<void> {
  // Names only (a journal may vanish while it is being read).
  await eventually(() => expect((readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.journal'))).toEqual([]));
}
