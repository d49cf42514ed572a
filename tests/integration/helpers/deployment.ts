import { randomBytes } from 'node:crypto';
import type { SyncServerOptions } from '../../../main/node/server/create-sync-server';
import { PostgresInviteStore } from '../../../main/node/server/invites/postgres-invite-store';
import { PostgresAttemptLimiter } from '../../../main/node/server/limits/postgres-attempt-limiter';
import { createLogger } from '../../../main/node/server/logger';
import { parseRedisAddress, pingRedis, redisExtension } from '../../../main/node/server/redis-link';
import { PostgresStore } from '../../../main/node/store/postgres-store';
import { removeDir, startServer, tempDataDir, type Harness } from './server-harness';
import { pgQuery, requirePgUrl, requireRedis, uniqueTable } from './services-env';

export type Cleanup = Array<() => Promise<void> | void>;

/**
 * A county deployment inside the test process: every instance is a real server on its own port with its
 * own data dir, and they share one PostgreSQL document table (with its deleted-plans table), one invite
 * table, one invite-code attempts table and one Redis prefix, as `npm run server -- --database-url …
 * --redis …` instances do. Tables of their own per test, dropped after.
 */
export interface Deployment {
  pgUrl: string;
  docTable: string;
  inviteTable: string;
  attemptTable: string;
  /** Start one more instance; a restart is `stop()` on one and `instance()` again. */
  instance(extra?: Partial<SyncServerOptions>): Promise<Harness>;
}

/** Fails (never skips) without the services of .ci/services.sh. */
export async function deployment(cleanup: Cleanup): Promise<Deployment> {
  const pgUrl = requirePgUrl();
  const redis = parseRedisAddress(requireRedis());
  await pingRedis(redis).catch((e: Error) => {
    throw new Error(`${e.message}: run \`source .ci/services.sh\``);
  });
  const docTable = uniqueTable();
  const inviteTable = uniqueTable();
  const attemptTable = uniqueTable();
  const tables = [...PostgresStore.tables(docTable), inviteTable, attemptTable];
  cleanup.push(() => pgQuery(pgUrl, `drop table if exists ${tables.join(', ')}`).then(() => undefined));
  const prefix = `ps-test-${randomBytes(4).toString('hex')}`;
  return {
    pgUrl, docTable, inviteTable, attemptTable,
    async instance(extra = {}) {
      const dataDir = tempDataDir();
      cleanup.push(() => removeDir(dataDir));
      // One logger for the server and its stores, so the listeners' messages are in `logs` too.
      const logger = createLogger(true);
      const h = await startServer(dataDir, {
        store: await PostgresStore.connect(pgUrl, { table: docTable, log: logger }),
        invites: await PostgresInviteStore.connect(pgUrl, { table: inviteTable, log: logger }),
        codeAttempts: await PostgresAttemptLimiter.connect(pgUrl, { table: attemptTable }),
        extensions: [redisExtension(redis, prefix)],
        logger, ...extra,
      });
      let stopped = false;
      const stop = async () => {
        if (stopped) return;
        stopped = true;
        await h.stop();
      };
      cleanup.push(stop);
      return { ...h, logs: logger.lines, stop };
    },
  };
}
