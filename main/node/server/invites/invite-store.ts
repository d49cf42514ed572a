import { randomBytes, randomInt } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { INVITE_CODE_ALPHABET, INVITE_CODE_LENGTH, INVITE_ROLES, type InviteRole } from '../../../common/api/share-contract';
import { safeEqual } from '../auth';

export interface StoredInvite {
  id: string;
  planId: string;
  role: InviteRole;
  department: string | null;
  code: string;
  token: string;
  createdAt: string;
  /** Address put into the invite links when it was created (LAN IP or server name); null: ask the request. */
  host: string | null;
  port: number | null;
}

const FILE_VERSION = 1;
const FileSchema = z.strictObject({
  version: z.literal(FILE_VERSION),
  invites: z.array(z.strictObject({
    id: z.string(), planId: z.string(), role: z.enum(INVITE_ROLES), department: z.string().nullable(),
    code: z.string(), token: z.string(), createdAt: z.string(), host: z.string().nullable(), port: z.number().nullable(),
  })),
});

/**
 * Invite tokens of all plans, in `<dataDir>/invites.json` ({version, invites}), rewritten atomically
 * (tmp + fsync + rename) on every change; an in-memory store when there is no data dir.
 * Tokens are 128-bit random (base64url); lookups compare with timingSafeEqual against every invite, so
 * the time taken does not reveal how much of a guess was right.
 */
export class InviteStore {
  private invites: StoredInvite[] = [];
  private writing: Promise<void> = Promise.resolve();

  private constructor(private readonly file: string | null) {}

  static memory(): InviteStore {
    return new InviteStore(null);
  }

  static async open(dataDir: string): Promise<InviteStore> {
    const store = new InviteStore(path.join(path.resolve(dataDir), 'invites.json'));
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
    const invite: StoredInvite = {
      id: randomBytes(6).toString('hex'),
      planId, role, department: role === 'department' ? department : null,
      code: this.freshCode(),
      token: randomBytes(16).toString('base64url'),
      createdAt: new Date().toISOString(),
      host: at.host ?? null, port: at.port ?? null,
    };
    await this.save((cur) => [...cur, invite]);
    return invite;
  }

  list(planId: string): StoredInvite[] {
    return this.invites.filter((i) => i.planId === planId);
  }

  /** The invite a token belongs to; every stored token is compared (constant time per comparison). */
  byToken(token: string): StoredInvite | null {
    let found: StoredInvite | null = null;
    for (const i of this.invites) if (safeEqual(token, i.token)) found = i;
    return found;
  }

  byCode(code: string): StoredInvite | null {
    const normalised = code.trim().toUpperCase();
    let found: StoredInvite | null = null;
    for (const i of this.invites) if (safeEqual(normalised, i.code)) found = i;
    return found;
  }

  /** Revoke one invite (by id) of a plan; returns the revoked invites. */
  async revoke(planId: string, id: string): Promise<StoredInvite[]> {
    return this.removeWhere((i) => i.planId === planId && i.id === id);
  }

  /** "Stop sharing": revoke every invite of a plan. */
  async revokeAll(planId: string): Promise<StoredInvite[]> {
    return this.removeWhere((i) => i.planId === planId);
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
      let code = '';
      for (let i = 0; i < INVITE_CODE_LENGTH; i++) code += INVITE_CODE_ALPHABET[randomInt(INVITE_CODE_ALPHABET.length)];
      if (!this.invites.some((i) => i.code === code)) return code;
    }
  }

  /** Writes are serialised; memory changes only after the file is durable, so a failed write grants nothing. */
  private save(update: (current: StoredInvite[]) => StoredInvite[]): Promise<void> {
    const run = this.writing.then(async () => {
      const next = update(this.invites);
      if (next === this.invites) return;
      if (this.file) await writeAtomic(this.file, `${JSON.stringify({ version: FILE_VERSION, invites: next }, null, 1)}\n`);
      this.invites = next;
    });
    this.writing = run.catch(() => undefined);
    return run;
  }
}

async function writeAtomic(file: string, text: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  const handle = await fs.open(tmp, 'w', 0o600);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(tmp, file);
}
