import { promises as fs } from 'node:fs';
import path from 'node:path';

let counter = 0;

/**
 * Replace `file` with `data` so that a crash or power cut leaves either the old file or the new one, never
 * half of either: write a temporary file in the same directory, fsync it, rename it over the target (atomic
 * on one file system), then fsync the directory so the rename itself is on disk. The temporary file is
 * removed when anything fails.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, opts: { mode?: number } = {}): Promise<void> {
  const dir = path.dirname(file);
  await fs.mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.${counter++}.tmp`);
  try {
    const handle = await fs.open(tmp, 'w', opts.mode ?? 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
  await syncDir(dir);
}

/** fsync a directory (its entries); some platforms (Windows) cannot open one for that, which is not an error. */
async function syncDir(dir: string): Promise<void> {
  let handle: fs.FileHandle | null = null;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw e;
  } finally {
    await handle?.close();
  }
}
