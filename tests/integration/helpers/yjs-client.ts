import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { withYjs, YjsEditor, withYHistory } from '@slate-yjs/core';
import { createEditor, type Editor } from 'slate';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { BodyDoc } from '../../../main/common/collab/body-doc';

export interface Client {
  socket: HocuspocusProviderWebsocket;
  open(docName: string, token?: string): Promise<{ provider: HocuspocusProvider; doc: Y.Doc; failed: Promise<string> }>;
  destroy(): void;
}

/**
 * A Node client as the renderer builds it: one shared socket (ws polyfill on Node < 22), one provider
 * per document, attach() required with a shared socket in Hocuspocus 4 (docs/coediting.md#hocuspocus-4-behaviour-we-rely-on).
 */
export function createClient(wsUrl: string, token: string): Client {
  const socket = new HocuspocusProviderWebsocket({ url: wsUrl, WebSocketPolyfill: WebSocket, delay: 1000, minDelay: 1000, maxAttempts: 0 });
  const providers: HocuspocusProvider[] = [];
  socket.on('maxAttemptsFailed', ({ error }: { error?: unknown }) => {
    throw new Error(`provider gave up: ${String(error)}`);
  });
  return {
    socket,
    async open(docName, tokenOverride) {
      const doc = new Y.Doc();
      let failed!: (reason: string) => void;
      const failedP = new Promise<string>((r) => (failed = r));
      const provider = new HocuspocusProvider({
        websocketProvider: socket, name: docName, document: doc, token: tokenOverride ?? token,
        onAuthenticationFailed: ({ reason }) => failed(reason),
      });
      provider.attach();
      providers.push(provider);
      return { provider, doc, failed: failedP };
    },
    destroy() {
      for (const p of providers) p.destroy();
      socket.destroy();
    },
  };
}

export function synced(provider: HocuspocusProvider, timeoutMs = 5000): Promise<void> {
  if (provider.isSynced) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('provider did not sync')), timeoutMs);
    provider.on('synced', () => {
      clearTimeout(t);
      resolve();
    });
  });
}

/** A headless Slate editor bound to a body doc, as the renderer binds each section editor. */
export function bindEditor(doc: Y.Doc): Editor & YjsEditor {
  const editor = withYHistory(withYjs(createEditor(), BodyDoc.root(doc)));
  YjsEditor.connect(editor);
  return editor;
}
