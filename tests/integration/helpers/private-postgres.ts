import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './server-process';

const BIN = '/usr/lib/postgresql/15/bin';

export interface PrivatePostgres {
  url: string;
  stop(): void;
  start(): void;
  /** Stops it for good and removes its directory (idempotent; safe after a failed test). */
  destroy(): void;
}

function asPostgres(cmd: string, args: string[]): void {
  const [exe, pre] = process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--']] : ['sudo', ['-n', '-u', 'postgres']];
  execFileSync(exe, [...pre, cmd, ...args], { stdio: 'pipe' });
}

/**
 * A PostgreSQL cluster of the test's own (initdb in a temp dir, its own port), so a test can stop and
 * start the database without touching the cluster that other test files, running in parallel, use
 * (.ci/services.sh). Needs the postgresql package and root (CI) or passwordless sudo to the postgres user.
 */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-studio-pg-'));
  chmodSync(dir, 0o755);
  const data = path.join(dir, 'data');
  mkdirSync(data);
  execFileSync('chown', ['postgres', data]);
  const port = await freePort();
  const ctl = (...args: string[]) => asPostgres(`${BIN}/pg_ctl`, ['-D', data, ...args]);
  try {
    asPostgres(`${BIN}/initdb`, ['-D', data, '-A', 'trust', '-U', 'postgres']);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb of a private PostgreSQL cluster failed (needs apt-get install postgresql and root): ${(e as Error).message}`);
  }
  const start = () => ctl('-l', path.join(data, 'log'), '-o', `-p ${port} -k ${data} -c listen_addresses=127.0.0.1`, '-w', 'start');
  start();
  let destroyed = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => ctl('-m', 'fast', '-w', 'stop'),
    start,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      try {
        ctl('-m', 'immediate', '-w', 'stop');
      } catch {
        // not running
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
