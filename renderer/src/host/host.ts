import type { Bridge } from '../../../main/preload/bridge-types';

/**
 * The renderer picks one Host at boot; feature code never checks which (docs/architecture.md#the-renderers-host).
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
  /**
   * 共享协作: make this plan reachable by colleagues and say where (host, port) invite links should point.
   * Desktop: the embedded server starts listening on the LAN for this plan; browser: the server it came from.
   */
  beginSharing(planId: string): Promise<{ host: string; port: number }>;
  /** Stop LAN listening for this plan (desktop); invites themselves are revoked over HTTP. */
  endSharing(planId: string): Promise<void>;
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
const INVITE_KEY = 'plan-studio.invite';

/**
 * An invite link (`#/plan/<id>?invite=<token>`) carries a token for one plan. Someone without the
 * owner token (a colleague) uses it for everything; it is kept for the session and removed from the URL.
 */
function takeInvite(url: URL): string | null {
  const m = /^(#\/plan\/[a-z0-9-]+)\?(.*)$/.exec(url.hash);
  if (!m) return sessionStorage.getItem(INVITE_KEY);
  const invite = new URLSearchParams(m[2]).get('invite');
  if (invite) sessionStorage.setItem(INVITE_KEY, invite);
  url.hash = m[1]!;
  window.history.replaceState(null, '', url.toString());
  return invite ?? sessionStorage.getItem(INVITE_KEY);
}

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
  const invite = takeInvite(url);
  const token = fromUrl ?? sessionStorage.getItem(TOKEN_KEY) ?? localStorage.getItem(TOKEN_KEY) ?? invite ?? '';
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
    async beginSharing() {
      const port = Number(window.location.port) || (window.location.protocol === 'https:' ? 443 : 80);
      return { host: window.location.hostname, port };
    },
    async endSharing() {},
  };
}

/** Use a resolved invite (code typed on the join page) for this session. */
export function rememberInvite(token: string): void {
  sessionStorage.setItem(INVITE_KEY, token);
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
    async beginSharing(planId) {
      const status = await bridge.invoke('share:start', { planId });
      return { host: status.host, port: status.port };
    },
    async endSharing(planId) {
      await bridge.invoke('share:stop', { planId });
    },
  };
}

export async function createHost(): Promise<Host> {
  return window.bridge ? electronHost(window.bridge) : webHost();
}
