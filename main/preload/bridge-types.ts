import type { IpcChannel, IpcRequest, IpcResponse } from '../common/ipc/channels';

/** What the preload exposes as `window.bridge`: one allow-listed invoke, nothing else. */
export interface Bridge {
  invoke<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResponse<C>>;
}
