// Runtime boundaries (docs/architecture.md#layout) are lint errors: a wrong import fails `npm run lint`.
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'stream', 'url', 'util', 'worker_threads', 'zlib'];
const banned = (groups, message) => ({ group: groups, message });
// The plan doc's Yjs roots have one owner, main/common/collab (PlanDoc, OutlineOps, PlanDocLayout).
const planDocRoots = banned(['**/collab/plan-doc-roots'], 'Read and write the plan doc through PlanDoc / OutlineOps (main/common/collab), not its raw roots.');

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'data/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/only-throw-error': 'off',
      'no-throw-literal': 'off',
    },
  },
  {
    files: ['main/common/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          banned(nodeBuiltins, 'main/common is pure: no Node built-ins.'),
          banned(['electron', 'electron/*'], 'main/common is pure: no electron.'),
          banned(['react', 'react-dom', 'react-dom/*', 'slate-react', '@slate-yjs/react'], 'main/common is pure: no React.'),
          banned(['@hocuspocus/*'], 'main/common is pure: the sync server lives in main/node.'),
          banned(['**/main/node/**', '**/node/**', '**/electron/**', '**/preload/**', '**/renderer/**', '../../renderer/**'], 'main/common may import only itself and pure packages.'),
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['main/node/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          banned(['electron', 'electron/*'], 'main/node runs without Electron (standalone server, CLI, tests).'),
          banned(['react', 'react-dom', 'react-dom/*', 'slate-react', '@slate-yjs/react'], 'main/node has no UI.'),
          banned(['**/electron/**', '**/preload/**', '**/renderer/**'], 'main/node may import common and Node only.'),
          planDocRoots,
        ],
      }],
    },
  },
  {
    files: ['main/electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [banned(['react', 'react-dom', 'react-dom/*', 'slate-react'], 'Electron main has no UI code.'), banned(['**/renderer/**'], 'main/electron may not import the renderer.')],
      }],
    },
  },
  {
    files: ['main/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          banned(nodeBuiltins, 'The sandboxed preload has no Node built-ins.'),
          banned(['**/node/**', '**/electron/**', '**/renderer/**', 'react', 'yjs', '@hocuspocus/*'], 'preload may import electron and common/ipc only.'),
          { regex: '^(\\.\\./)+common/(?!ipc/)', message: 'preload may import electron and common/ipc only.' },
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          banned(nodeBuiltins, 'The renderer runs in a browser: no Node built-ins.'),
          banned(['electron', 'electron/*'], 'The renderer talks to Electron only through window.bridge (preload).'),
          banned(['@hocuspocus/server', '@hocuspocus/extension-*', 'pg', 'ws'], 'Server packages do not belong in the renderer.'),
          banned(['**/main/node/**', '**/main/electron/**'], 'The renderer may import main/common and preload types only.'),
          planDocRoots,
        ],
      }],
    },
  },
);
