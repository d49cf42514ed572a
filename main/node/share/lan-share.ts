import { createServer, type Server as HttpServer } from 'node:http';
import type { Socket } from 'node:net';
import { networkInterfaces } from 'node:os';
import QRCode from 'qrcode';
import { inviteLinks, type InviteRole } from '../../common/api/share-contract';
import type { SyncServer } from '../server/create-sync-server';
import type { InviteStore, StoredInvite } from '../server/invites/invite-store';
import { closeInviteConnections } from '../server/invites/invite-connections';
import type { Logger } from '../server/logger';

export interface LanInterface {
  name: string;
  address: string;
}

export interface ShareInvite {
  role: InviteRole;
  department: string | null;
  code: string;
  link: string;
  webLink: string;
  /** SVG QR code of the web link. */
  qrSvg: string;
}

export interface ShareStatus {
  planId: string;
  host: string;
  port: number;
  invites: ShareInvite[];
}

/** Plans being shared right now; the embedded server's auth asks it (createSyncServer `lan`). */
export class SharedPlans {
  private readonly plans = new Map<string, StoredInvite[]>();
  isShared(planId: string): boolean {
    return this.plans.has(planId);
  }
  get(planId: string): StoredInvite[] | undefined {
    return this.plans.get(planId);
  }
  set(planId: string, invites: StoredInvite[]): void {
    this.plans.set(planId, invites);
  }
  delete(planId: string): void {
    this.plans.delete(planId);
  }
  ids(): string[] {
    return [...this.plans.keys()];
  }
}

/** Non-internal IPv4 interfaces, for the "share on which network" choice. */
export function lanInterfaces(): LanInterface[] {
  const out: LanInterface[] = [];
  for (const [name, addrs] of Object.entries(networkInterfaces())) {
    for (const a of addrs ?? []) if (a.family === 'IPv4' && !a.internal) out.push({ name, address: a.address });
  }
  return out;
}

/**
 * 共享协作 on the LAN for the embedded (desktop) server. The embedded server keeps listening on
 * 127.0.0.1 only; sharing opens a SECOND listener on the chosen LAN address whose requests and
 * upgrades are handed to the same Hocuspocus server (one instance, one set of documents). The auth
 * gate (createSyncServer `lan` = SharedPlans) then refuses, from non-loopback sockets, the owner token
 * and any invite of a plan that is not shared. Stopping revokes the plan's invites (closing their
 * connections); the listener closes when no plan is shared.
 */
export class LanShare {
  private listener: HttpServer | null = null;
  private bound: { host: string; port: number } | null = null;
  private readonly sockets = new Set<Socket>();

  constructor(
    private readonly server: SyncServer,
    private readonly invites: InviteStore,
    readonly shared: SharedPlans,
    private readonly log: Logger,
  ) {}

  /** Share a plan: listen on `address` (default: the first LAN interface) and mint its invites. */
  async start(args: { planId: string; address?: string; port?: number; roles?: InviteRole[] }): Promise<ShareStatus> {
    if (!(await this.server.services.plans.exists(args.planId))) throw new Error(`找不到该计划：${args.planId}`);
    const address = args.address ?? lanInterfaces()[0]?.address;
    if (!address) throw new Error('没有可用的局域网连接，无法共享。请检查网络后重试。');
    if (this.bound && this.bound.host !== address) throw new Error(`已在 ${this.bound.host} 上共享其他计划；请先停止共享再换网络。`);
    if (!this.listener) await this.listen(address, args.port ?? 0);
    const existing = this.shared.get(args.planId);
    if (!existing) {
      const at = { host: this.bound!.host, port: this.bound!.port };
      const created: StoredInvite[] = [];
      for (const role of args.roles ?? ['edit']) created.push(await this.invites.create(args.planId, role, null, at));
      this.shared.set(args.planId, created);
      this.log.info(`sharing plan ${args.planId} on ${at.host}:${at.port}`);
    }
    return (await this.status(args.planId))!;
  }

  /** Stop sharing a plan: revoke its invites (live connections are closed), close the listener if idle. */
  async stop(planId: string): Promise<void> {
    const invites = this.shared.get(planId);
    if (!invites) return;
    this.shared.delete(planId);
    const gone = await this.invites.revokeAll(planId);
    closeInviteConnections(this.server.services.plans.hocuspocus, new Set(gone.map((g) => g.id)));
    this.log.info(`stopped sharing plan ${planId}; revoked ${gone.length} invite(s)`);
    if (this.shared.ids().length === 0) await this.close();
  }

  async status(planId: string): Promise<ShareStatus | null> {
    const invites = this.shared.get(planId);
    if (!invites || !this.bound) return null;
    const { host, port } = this.bound;
    return {
      planId, host, port,
      invites: await Promise.all(invites.map(async (i) => {
        const links = inviteLinks({ host, port, planId, token: i.token });
        return { role: i.role, department: i.department, code: i.code, ...links, qrSvg: await QRCode.toString(links.webLink, { type: 'svg', margin: 2 }) };
      })),
    };
  }

  /** Stop every share (app quit). */
  async stopAll(): Promise<void> {
    for (const id of this.shared.ids()) await this.stop(id);
    await this.close();
  }

  private async listen(host: string, port: number): Promise<void> {
    const primary = this.server.server.httpServer;
    const listener = createServer();
    // Hand everything to the primary server: its request handler and its WebSocket upgrade (auth gate).
    listener.on('request', (req, res) => primary.emit('request', req, res));
    listener.on('upgrade', (req, socket, head) => primary.emit('upgrade', req, socket, head));
    listener.on('connection', (s: Socket) => {
      this.sockets.add(s);
      s.once('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve, reject) => {
      listener.once('error', (e) => reject(new Error(`无法在 ${host}:${port} 上共享：${e.message}`)));
      listener.listen(port, host, () => resolve());
    });
    this.listener = listener;
    this.bound = { host, port: (listener.address() as { port: number }).port };
  }

  private async close(): Promise<void> {
    const listener = this.listener;
    if (!listener) return;
    this.listener = null;
    this.bound = null;
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => listener.close(() => r()));
  }
}
