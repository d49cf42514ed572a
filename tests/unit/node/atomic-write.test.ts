import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../main/node/files/atomic-write';

const dir = mkdtempSync(path.join(tmpdir(), 'seams-atomic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic (tmp + fsync + rename + directory fsync)', () => {
  it('writes and replaces a file, text or bytes, leaving no temporary file', async () => {
    const file = path.join(dir, 'sub', 'plan.json');
    await writeFileAtomic(file, '第一版');
    await writeFileAtomic(file, new TextEncoder().encode('第二版'));
    expect(readFileSync(file, 'utf8')).toBe('第二版');
    expect(readdirSync(path.dirname(file))).toEqual(['plan.json']);
  });

  it('keeps the mode it is asked for (the invite file is private)', async () => {
    const file = path.join(dir, 'invites.json');
    await writeFileAtomic(file, '{}', { mode: 0o600 });
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('a failed rename leaves the old content and removes the temporary file', async () => {
    const target = path.join(dir, 'taken');
    mkdirSync(path.join(target, 'inside'), { recursive: true }); // a non-empty directory cannot be renamed over
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow();
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(statSync(target).isDirectory()).toBe(true);
  });
});
