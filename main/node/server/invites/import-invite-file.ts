import { promises as fs } from 'node:fs';
import path from 'node:path';
import { FileInviteStore, INVITE_FILE } from './file-invite-store';
import type { PostgresInviteStore } from './postgres-invite-store';

export interface InviteFileImport {
  found: number;
  added: number;
  /** Where the imported file now is. */
  renamedTo: string;
}

/**
 * Upgrade path for a server that kept invites in `<data-dir>/invites.json` and now stores them in
 * PostgreSQL: the file's invites are added (ones already there are skipped, so every instance may bring
 * its own copy) and the file is renamed, never deleted. The rename matters: importing the same file at
 * the next start would bring back invites revoked in the meantime. A malformed file stops the start-up,
 * as it does for the file store. Returns null when there is no file.
 */
export async function importInviteFile(dataDir: string, target: PostgresInviteStore): Promise<InviteFileImport | null> {
  const file = path.join(path.resolve(dataDir), INVITE_FILE);
  try {
    await fs.stat(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  const source = await FileInviteStore.open(dataDir);
  const invites = source.all();
  const added = await target.importInvites(invites);
  const renamedTo = `${file}.imported-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  await fs.rename(file, renamedTo);
  return { found: invites.length, added, renamedTo };
}
