/** What dropSocket needs of a Hocuspocus connection. */
export interface ClosableConnection {
  close(event?: { code: number; reason: string }): void;
  webSocket: unknown;
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
