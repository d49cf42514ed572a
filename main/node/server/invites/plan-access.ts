import type { Hocuspocus } from '@hocuspocus/server';
import * as Y from 'yjs';
import { DocNames } from '../../../common/collab/doc-names';
import { PlanDoc } from '../../../common/collab/plan-doc';
import type { PlanService } from '../plan-service';

/** The `assignee` of a section record: from the live plan doc if it is open, else the stored one. */
export async function assigneeOf(plans: PlanService, planId: string, bodyId: string): Promise<string | null> {
  const live = plans.hocuspocus?.documents.get(DocNames.plan(planId));
  let doc: Y.Doc | undefined = live;
  if (!doc) {
    const state = await plans.store.fetch(DocNames.plan(planId));
    if (!state) return null;
    doc = new Y.Doc();
    Y.applyUpdate(doc, state);
  }
  return PlanDoc.assigneeOf(doc, bodyId);
}

/** What dropSocket needs of a Hocuspocus connection. */
export interface ClosableConnection {
  close(event?: { code: number; reason: string }): void;
  webSocket: unknown;
}

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

/**
 * Close a connection's whole WebSocket, not only its document: a closed document alone leaves the
 * provider detached and silent until its socket times out (30 s), while a closed socket makes it
 * reconnect at once and re-authenticate every document with its (now refused or downgraded) token.
 * The reason goes into the document's close message and the WebSocket close frame.
 */
export function dropSocket(connection: ClosableConnection, reason: string, code = 4403): void {
  connection.close({ code, reason });
  const ws = connection.webSocket as { close?: (code?: number, reason?: string) => void };
  ws.close?.(code, reason);
}
