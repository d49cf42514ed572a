import type { Hocuspocus } from '@hocuspocus/server';
import { dropSocket, type ClosableConnection } from '../drop-socket';

/** A live document connection granted through an invite. */
export interface InviteConnection {
  inviteId: string;
  planId: string | undefined;
  connection: ClosableConnection;
}

/** Every live connection that was granted through an invite (owner connections have no inviteId). */
export function liveInviteConnections(hocuspocus: Hocuspocus | null): InviteConnection[] {
  const out: InviteConnection[] = [];
  if (!hocuspocus) return out;
  for (const document of hocuspocus.documents.values()) {
    for (const connection of document.getConnections()) {
      const context = connection.context as { inviteId?: string; planId?: string } | undefined;
      if (context?.inviteId) out.push({ inviteId: context.inviteId, planId: context.planId, connection });
    }
  }
  return out;
}

/** Close every live connection that was granted through one of these invites (revocation is immediate). */
export function closeInviteConnections(hocuspocus: Hocuspocus | null, inviteIds: ReadonlySet<string>): number {
  if (inviteIds.size === 0) return 0;
  let closed = 0;
  for (const c of liveInviteConnections(hocuspocus)) {
    if (!inviteIds.has(c.inviteId)) continue;
    dropSocket(c.connection, 'revoked');
    closed++;
  }
  return closed;
}
