import { createContext, useContext } from 'react';
import type { ActiveEditorStore } from './active-editor-store';
import type { CheckStore } from './checks/check-store';
import type { PlanSession } from './collab/plan-session';
import type { FocusChain } from './focus-chain';
import type { NumberingStore } from './numbering/numbering-store';
import type { UserSettings } from '../settings/user-settings';

/** The open plan's shared objects, for every component of the editor page. */
export interface PageEnv {
  session: PlanSession;
  chain: FocusChain;
  numbering: NumberingStore;
  active: ActiveEditorStore;
  user: UserSettings;
  /** The live 公文体检 (panel, underlines). */
  checks: CheckStore;
}

export const PageEnvContext = createContext<PageEnv | null>(null);

export function usePageEnv(): PageEnv {
  const env = useContext(PageEnvContext);
  if (!env) throw new Error('PageEnvContext missing');
  return env;
}
