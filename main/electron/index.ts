import { app, BrowserWindow, shell } from 'electron';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { createSyncServer, type SyncServer } from '../node/server/create-sync-server';
import { SharedPlans } from '../node/share/lan-share';
import { TemplateLibrary } from '../node/templates/template-library';
import { createLanShare } from './lan-share';
import { registerIpcHandlers } from './ipc-handlers';

let server: SyncServer | null = null;
let stopSharing: () => Promise<void> = async () => {};
let mainWindow: BrowserWindow | null = null;

/** Packaged: resources/templates (electron-builder extraResources); dev: the repository's templates/. */
function templatesDir(): string {
  return app.isPackaged ? path.join(process.resourcesPath, 'templates') : path.resolve(app.getAppPath(), 'templates');
}

async function start(): Promise<void> {
  // The embedded server: loopback only, random port, a fresh token per launch (docs/architecture.md#embedded-desktop).
  const token = randomBytes(24).toString('base64url');
  // LAN sharing: the server stays on loopback; shared plans get a second listener (docs/coediting.md).
  const shared = new SharedPlans();
  server = await createSyncServer({
    lan: shared,
    host: '127.0.0.1',
    port: 0,
    token,
    dataDir: path.join(app.getPath('userData'), 'data'),
    templates: await TemplateLibrary.load(templatesDir()),
    staticDir: path.join(__dirname, '../renderer'),
    quiet: true,
  });
  const lanShare = createLanShare(server, shared);
  stopSharing = lanShare.stopAll;
  registerIpcHandlers({ serverUrl: server.url, token, window: () => mainWindow, share: lanShare.handlers });

  mainWindow = new BrowserWindow({
    width: 1280,
    height: 860,
    title: '计划编制助手',
    show: false,
    webPreferences: {
      preload: path.join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    },
  });
  const origin = server.url;
  // Deny by default (Electron security checklist item 5): the app needs no camera, microphone,
  // geolocation, notifications, clipboard reading, … The one permission it uses is writing to the
  // clipboard (复制链接 in the share dialog), and only for our own pages.
  const ours = (url: string | undefined) => !!url && (url === origin || url.startsWith(`${origin}/`));
  const ALLOWED = new Set(['clipboard-sanitized-write']);
  mainWindow.webContents.session.setPermissionRequestHandler((contents, permission, callback) =>
    callback(ALLOWED.has(permission) && ours(contents.getURL())));
  mainWindow.webContents.session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    ALLOWED.has(permission) && ours(requestingOrigin));
  // Navigation and window-open guards: the window only ever shows our own server's pages.
  mainWindow.webContents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${origin}/`)) event.preventDefault();
  });
  mainWindow.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//.test(url) && !url.startsWith(origin)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  await mainWindow.loadURL(`${origin}/`);
}

app.whenReady().then(start).catch((e: unknown) => {
  console.error('failed to start', e);
  app.exit(1);
});

app.on('window-all-closed', () => app.quit());

let quitting = false;
app.on('before-quit', (event) => {
  if (quitting || !server) return;
  // Flush pending stores before the process ends.
  event.preventDefault();
  quitting = true;
  void stopSharing()
    .catch(() => undefined)
    .then(() => server?.close())
    .finally(() => app.quit());
});
