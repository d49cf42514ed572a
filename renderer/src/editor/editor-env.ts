import { createContext, useContext } from 'react';
import type { ResponsibilityNotation } from '../../../main/common/model/meta';
import type { NumberingStore } from './numbering/numbering-store';

/** What element views need from the page around them. */
export interface EditorEnv {
  numbering: NumberingStore;
  notation: ResponsibilityNotation;
}

export const EditorEnvContext = createContext<EditorEnv | null>(null);

export function useEditorEnv(): EditorEnv {
  const env = useContext(EditorEnvContext);
  if (!env) throw new Error('EditorEnvContext missing');
  return env;
}
