import pg from 'pg';
import { INVITE_ROLES, type InviteRole } from '../../../common/api/share-contract';
import { planNoticePayload, PlanNoticeWatch } from '../../store/plan-notice-watch';
import { ensureVersionedTable, type TableMigration } from '../../store/pg-table-version';
import { redact } from '../../store/postgres-store';
import { safeEqual } from '../auth';
import { createLogger, type Logger } from '../logger';
import { newInvite, normaliseCode, randomCode, secretDigest, type InviteStore, type StoredInvite } from './invite-store';
import { inTransaction } from '../../store/pg-transaction';

export interface PostgresInviteStoreOptions {
  /** Table name (tests use their own); its revocation channel is `<table>_revoked`. */
  table?: string;
  max?: number;
  log?: Logger;
}

/** v1, v2 (role `suggest`). Token and code are looked up by their SHA-256 (see secretDigest); the plain values are for the owner's list. */
const MIGRATIONS: readonly TableMigration[] = [
  (t) => [
    `create table ${t} (
      id text primary key,
      plan_id text not null,
      role text not null check (role in ('edit', 'read', 'department')),
      department text,
      code text not null,
      code_sha256 bytea not null unique,
      token text not null,
      token_sha256 bytea not null unique,
      created_at timestamptz not null,
      host text,
      port integer)`,
    `create index ${t}_plan_id on ${t} (plan_id)`,
  ],
  // v2: the suggest grant (issue #14). The check is the one Postgres named for v1's column constraint.
  (t) => [
    `alter table ${t} drop constraint if exists ${t}_role_check`,
    `alter table ${t} add constraint ${t}_role_check check (role in (${INVITE_ROLES.map((r) => `'${r}'`).join(', ')}))`,
  ],
];

const COLUMNS = 'id, plan_id, role, department, code, token, created_at, host, port';

interface Row {
  id: string; plan_id: string; role: InviteRole; department: string | null; code: string; token: string;
  created_at: Date; host: string | null; port: number | null;
}

/**
 * Invites in PostgreSQL, shared by every server instance of a county deployment (`--database-url`):
 * an invite created on one instance works on all of them, and a revocation is a row deleted plus a
 * NOTIFY in the same transaction, so every instance hears of it exactly when it is committed.
 * A database error is thrown, never turned into "no such invite".
 */
export class PostgresInviteStore implements InviteStore {
  private constructor(
    private readonly pool: pg.Pool, private readonly url: string, private readonly table: string, private readonly log: Logger,
  ) {
    this.notices = new PlanNoticeWatch({ url, channel: this.channel, log, what: 'invite revocation' });
  }

  private readonly notices: PlanNoticeWatch;

  static async connect(url: string, opts: PostgresInviteStoreOptions = {}): Promise<PostgresInviteStore> {
    const table = opts.table ?? 'plan_studio_invites';
    const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 5, connectionTimeoutMillis: 5000 });
    pool.on('error', () => undefined); // an idle client dropping its connection is not fatal
    try {
      await ensureVersionedTable(pool, { table, kind: 'invites', migrations: MIGRATIONS });
    } catch (e) {
      await pool.end().catch(() => undefined);
      throw new Error(`无法使用 PostgreSQL ${redact(url)} 存放邀请：${(e as Error).message}`);
    }
    return new PostgresInviteStore(pool, url, table, opts.log ?? createLogger(true));
  }

  get channel(): string {
    return `${this.table}_revoked`;
  }

  async create(planId: string, role: InviteRole, department: string | null, at: { host?: string; port?: number } = {}): Promise<StoredInvite> {
    // A code is 6 characters: a clash with a live invite is possible, so a clash means "draw again".
    for (let attempt = 0; ; attempt++) {
      const invite = newInvite(planId, role, department, at, randomCode());
      try {
        await this.insert(invite);
        return invite;
      } catch (e) {
        if ((e as { code?: string }).code !== '23505' || attempt >= 20) throw e;
      }
    }
  }

  /** Adds invites kept elsewhere (an old invites.json); ones already present (same id, code or token) are skipped. */
  async importInvites(invites: readonly StoredInvite[]): Promise<number> {
    let added = 0;
    for (const i of invites) added += await this.insert(i, 'on conflict do nothing');
    return added;
  }

  async list(planId: string): Promise<StoredInvite[]> {
    const r = await this.pool.query<Row>(`select ${COLUMNS} from ${this.table} where plan_id = $1 order by created_at, id`, [planId]);
    return r.rows.map(fromRow);
  }

  async byToken(token: string): Promise<StoredInvite | null> {
    const r = await this.pool.query<Row>(`select ${COLUMNS} from ${this.table} where token_sha256 = $1`, [secretDigest(token)]);
    const row = r.rows[0];
    return row && safeEqual(token, row.token) ? fromRow(row) : null;
  }

  async byCode(code: string): Promise<StoredInvite | null> {
    const normalised = normaliseCode(code);
    const r = await this.pool.query<Row>(`select ${COLUMNS} from ${this.table} where code_sha256 = $1`, [secretDigest(normalised)]);
    const row = r.rows[0];
    return row && safeEqual(normalised, row.code) ? fromRow(row) : null;
  }

  async existing(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const r = await this.pool.query<{ id: string }>(`select id from ${this.table} where id = any($1::text[])`, [[...ids]]);
    return new Set(r.rows.map((row) => row.id));
  }

  async revoke(planId: string, id: string): Promise<StoredInvite[]> {
    return this.deleteAndNotify(planId, 'and id = $2', [id]);
  }

  async revokeAll(planId: string): Promise<StoredInvite[]> {
    return this.deleteAndNotify(planId, '', []);
  }

  watchRevocations(listener: (planId: string | null) => void): () => void {
    return this.notices.watch(listener);
  }

  /** Idempotent: the server closes it on shutdown, and so may whoever created it. */
  close(): Promise<void> {
    return this.notices.close(this.pool);
  }

  private async insert(i: StoredInvite, conflict = ''): Promise<number> {
    const r = await this.pool.query(
      `insert into ${this.table} (id, plan_id, role, department, code, code_sha256, token, token_sha256, created_at, host, port)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ${conflict}`,
      [i.id, i.planId, i.role, i.department, i.code, secretDigest(i.code), i.token, secretDigest(i.token), i.createdAt, i.host, i.port],
    );
    return r.rowCount ?? 0;
  }

  /** NOTIFY is transactional: other instances hear of the revocation when, and only if, the delete commits. */
  private async deleteAndNotify(planId: string, where: string, params: unknown[]): Promise<StoredInvite[]> {
    return inTransaction(this.pool, async (client) => {
      const r = await client.query<Row>(`delete from ${this.table} where plan_id = $1 ${where} returning ${COLUMNS}`, [planId, ...params]);
      if (r.rows.length > 0) {
        await client.query('select pg_notify($1, $2)', [this.channel, planNoticePayload(planId)]);
      }
      return r.rows.map(fromRow);
    });
  }
}

function fromRow(r: Row): StoredInvite {
  return {
    id: r.id, planId: r.plan_id, role: r.role, department: r.department, code: r.code, token: r.token,
    createdAt: new Date(r.created_at).toISOString(), host: r.host, port: r.port,
  };
}

/** A notice we cannot read still means "something was revoked": re-check every plan. */
