import { createContext, useContext } from 'react';
import type { ResponsibilityNotation } from '../../../main/common/model/meta';
import type { NumberingScheme } from '../../../main/common/model/numbering';
import type { NumberingStore } from './numbering/numbering-store';

/** What element views need from the page around them. */
export interface EditorEnv {
  numbering: NumberingStore;
  notation: ResponsibilityNotation;
  /** How the bodies under this provider are numbered: a regulation attachment (办法) says 第X条　. Default plan. */
  scheme?: NumberingScheme;
}

export const EditorEnvContext = createContext<EditorEnv | null>(null);

export function useEditorEnv(): EditorEnv {
  const env = useContext(EditorEnvContext);
  if (!env) throw new Error('EditorEnvContext missing');
  return env;
}
