import { useCallback, useEffect, useState } from 'react';
import type { PlanLock } from '../../../main/common/api/version-contract';
import { ApiError, type ApiClient } from '../api/api-client';

export interface PlanLockState {
  lock: PlanLock | null;
  owner: boolean;
  /** Unlock (owner only); the page reopens so every editor is writable again. */
  unlock(): void;
  /** The lock changed here: reopen the page, so its editors open read-only (locked) or writable again. */
  reopen(): void;
  error: string | null;
}

/**
 * The 签发稿 lock of the plan as the server has it (listVersions): read when the page opens and again
 * whenever the plan doc re-authenticates — a lock or unlock elsewhere closes every editor's socket, so a
 * colleague's page learns of it at its reconnection.
 */
export function usePlanLock(api: ApiClient, planId: string, subscribeAccess: (cb: () => void) => () => void): PlanLockState {
  const [state, setState] = useState<{ lock: PlanLock | null; owner: boolean }>({ lock: null, owner: false });
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const read = () => void api.call('listVersions', { planId }).then((l) => setState({ lock: l.lock, owner: l.you.owner }), () => undefined);
    read();
    return subscribeAccess(read);
  }, [api, planId, subscribeAccess]);
  const reopen = useCallback(() => window.location.reload(), []);
  const unlock = useCallback(() => {
    api.call('unlockPlan', { planId }).then(reopen, (e: unknown) => setError(e instanceof ApiError ? e.userMessage : String(e)));
  }, [api, planId, reopen]);
  return { ...state, unlock, reopen, error };
}

/** 已锁定（签发稿）in the top bar, with the owner's 解锁. */
export function LockChip({ state }: { state: PlanLockState }) {
  if (!state.lock) return null;
  return (
    <span className="lock-chip" role="status" title={`${state.lock.lockedBy} 于 ${new Date(state.lock.lockedAt).toLocaleString('zh-CN', { hour12: false })} 保存${state.lock.versionName}后锁定；所有人都不能修改`}>
      已锁定（{state.lock.versionName}）
      {state.owner && <button type="button" className="link-button" onClick={state.unlock}>解锁</button>}
      {state.error && <span className="error-text">{state.error}</span>}
    </span>
  );
}
