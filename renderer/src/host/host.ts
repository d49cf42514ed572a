import type { Bridge } from '../../../main/preload/bridge-types';

/**
 * The renderer picks one Host at boot; feature code never checks which (ARCHITECTURE.md).
 * Both hosts talk to a plan-studio server over HTTP + WebSocket; only file saving differs.
 */
export interface Host {
  kind: 'web' | 'electron';
  /** http(s) origin of the sync server. */
  serverUrl: string;
  /** ws(s) URL of the sync server. */
  wsUrl: string;
  token: string;
  saveFile(name: string, data: Uint8Array, mime: string): Promise<boolean>;
}

declare global {
  interface Window {
    bridge?: Bridge;
  }
}

function wsFrom(httpUrl: string): string {
  return httpUrl.replace(/^http/, 'ws');
}

const TOKEN_KEY = 'plan-studio.token';

/** Browser: the token arrives once in the URL (?token=…), is kept for the session and removed from the address bar. */
function webHost(): Host {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    localStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
  }
  const token = fromUrl ?? sessionStorage.getItem(TOKEN_KEY) ?? localStorage.getItem(TOKEN_KEY) ?? '';
  const origin = window.location.origin;
  return {
    kind: 'web',
    serverUrl: origin,
    wsUrl: wsFrom(origin),
    token,
    async saveFile(name, data, mime) {
      const blob = new Blob([data as BlobPart], { type: mime });
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
      return true;
    },
  };
}

async function electronHost(bridge: Bridge): Promise<Host> {
  const endpoint = await bridge.invoke('server:endpoint', {});
  return {
    kind: 'electron',
    serverUrl: endpoint.url,
    wsUrl: wsFrom(endpoint.url),
    token: endpoint.token,
    async saveFile(name, data) {
      let binary = '';
      for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
      const result = await bridge.invoke('file:save', { suggestedName: name, dataBase64: btoa(binary), filters: [] });
      return result.saved;
    },
  };
}

export async function createHost(): Promise<Host> {
  return window.bridge ? electronHost(window.bridge) : webHost();
}
