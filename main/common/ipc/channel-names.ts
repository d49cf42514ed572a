/** The allow-list the preload enforces; kept free of dependencies so the sandboxed preload stays tiny. */
export const IPC_CHANNELS = ['app:info', 'server:endpoint', 'file:save', 'share:start', 'share:stop', 'share:status'] as const;
export type IpcChannelName = (typeof IPC_CHANNELS)[number];
