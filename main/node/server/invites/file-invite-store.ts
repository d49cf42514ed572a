import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { INVITE_ROLES, type InviteRole } from '../../../common/api/share-contract';
import { writeFileAtomic } from '../../files/atomic-write';
import { safeEqual } from '../auth';
import { newInvite, normaliseCode, randomCode, type InviteStore, type StoredInvite } from './invite-store';

const FILE_VERSION = 1;
const FileSchema = z.strictObject({
  version: z.literal(FILE_VERSION),
  invites: z.array(z.strictObject({
    id: z.string(), planId: z.string(), role: z.enum(INVITE_ROLES), department: z.string().nullable(),
    code: z.string(), token: z.string(), createdAt: z.string(), host: z.string().nullable(), port: z.number().nullable(),
  })),
});

export const INVITE_FILE = 'invites.json';

/**
 * Invite tokens of all plans, in `<dataDir>/invites.json` ({version, invites}), rewritten atomically
 * (tmp + fsync + rename) on every change; an in-memory store when there is no data dir. One process owns
 * the file: the desktop app, or a standalone server without `--database-url`.
 * Lookups compare with timingSafeEqual against every invite, so the time taken does not reveal how much
 * of a guess was right.
 */
export class FileInviteStore implements InviteStore {
  private invites: StoredInvite[] = [];
  private writing: Promise<void> = Promise.resolve();

  private constructor(private readonly file: string | null) {}

  static memory(): FileInviteStore {
    return new FileInviteStore(null);
  }

  static async open(dataDir: string): Promise<FileInviteStore> {
    const store = new FileInviteStore(path.join(path.resolve(dataDir), INVITE_FILE));
    let text: string;
    try {
      text = await fs.readFile(store.file!, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return store;
      throw e;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      // A broken invite file must not silently grant or lose anything: refuse to start.
      throw new Error(`invite file ${store.file} is not valid JSON`);
    }
    const parsed = FileSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`invite file ${store.file} has an unknown format: ${parsed.error.issues[0]?.message}`);
    store.invites = parsed.data.invites;
    return store;
  }

  async create(planId: string, role: InviteRole, department: string | null, at: { host?: string; port?: number } = {}): Promise<StoredInvite> {
    const invite = newInvite(planId, role, department, at, this.freshCode());
    await this.save((cur) => [...cur, invite]);
    return invite;
  }

  /** Every invite of every plan (the PostgreSQL store imports them once). */
  all(): StoredInvite[] {
    return [...this.invites];
  }

  async list(planId: string): Promise<StoredInvite[]> {
    return this.invites.filter((i) => i.planId === planId);
  }

  async byToken(token: string): Promise<StoredInvite | null> {
    let found: StoredInvite | null = null;
    for (const i of this.invites) if (safeEqual(token, i.token)) found = i;
    return found;
  }

  async byCode(code: string): Promise<StoredInvite | null> {
    const normalised = normaliseCode(code);
    let found: StoredInvite | null = null;
    for (const i of this.invites) if (safeEqual(normalised, i.code)) found = i;
    return found;
  }

  async existing(ids: readonly string[]): Promise<Set<string>> {
    const wanted = new Set(ids);
    return new Set(this.invites.filter((i) => wanted.has(i.id)).map((i) => i.id));
  }

  async revoke(planId: string, id: string): Promise<StoredInvite[]> {
    return this.removeWhere((i) => i.planId === planId && i.id === id);
  }

  async revokeAll(planId: string): Promise<StoredInvite[]> {
    return this.removeWhere((i) => i.planId === planId);
  }

  async close(): Promise<void> {
    await this.writing;
  }

  private async removeWhere(match: (i: StoredInvite) => boolean): Promise<StoredInvite[]> {
    let gone: StoredInvite[] = [];
    await this.save((cur) => {
      gone = cur.filter(match);
      return cur.filter((i) => !match(i));
    });
    return gone;
  }

  private freshCode(): string {
    for (;;) {
      const code = randomCode();
      if (!this.invites.some((i) => i.code === code)) return code;
    }
  }

  /** Writes are serialised; memory changes only after the file is durable, so a failed write grants nothing. */
  private save(update: (current: StoredInvite[]) => StoredInvite[]): Promise<void> {
    const run = this.writing.then(async () => {
      const next = update(this.invites);
      if (next === this.invites) return;
      if (this.file) await writeFileAtomic(this.file, `${JSON.stringify({ version: FILE_VERSION, invites: next }, null, 1)}\n`, { mode: 0o600 });
      this.invites = next;
    });
    this.writing = run.catch(() => undefined);
    return run;
  }
}

