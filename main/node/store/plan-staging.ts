import { promises as fs, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * A new plan's directory is written whole under a staging name inside the plans directory and renamed
 * into place (rename(2) is atomic within one file system): a crash or kill leaves either no plan or
 * the whole plan, never a half-written one. Staging names start with a dot, so they never parse as
 * plan ids and are never listed; leftovers of a kill are removed at start-up.
 */
export const STAGING_PREFIX = '.staging-';
const TRASH_PREFIX = '.trash-';

export function stagingDirOf(root: string, planId: string): string {
  return path.join(root, `${STAGING_PREFIX}${planId}-${process.pid}-${Date.now().toString(36)}`);
}

export function trashDirOf(root: string, planId: string): string {
  return path.join(root, `${TRASH_PREFIX}${planId}-${process.pid}-${Date.now().toString(36)}`);
}

/** Remove staging and trash directories left by a process that was killed; returns their names. */
export function removeStagingLeftovers(root: string): string[] {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return [];
  }
  const left = names.filter((n) => n.startsWith(STAGING_PREFIX) || n.startsWith(TRASH_PREFIX));
  for (const n of left) rmSync(path.join(root, n), { recursive: true, force: true });
  return left;
}

/** Write every file, then fsync them (a few at a time) and the directory, before anything is renamed. */
export async function writeStagedFiles(dir: string, files: ReadonlyArray<[string, Uint8Array]>): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  const queue = [...files];
  const worker = async () => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      const handle = await fs.open(path.join(dir, f[0]), 'wx');
      try {
        await handle.writeFile(f[1]);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(8, files.length) }, worker));
}

export async function isMissingOrPartial(dir: string, completeMarker: string): Promise<boolean> {
  const st = await fs.stat(path.join(dir, completeMarker)).catch(() => null);
  return st === null;
}
