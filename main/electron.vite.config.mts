import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Builds Electron main, the sandboxed preload (CommonJS) and the renderer into out/.
export default defineConfig({
  main: {
    build: {
      outDir: here('../out/main'),
      // The import worker is an entry of its own, emitted beside index.js, where
      // main/node/import/import-worker-entry.ts looks for it.
      lib: {
        entry: { index: here('./electron/index.ts'), 'import-worker': here('./node/import/import-worker.ts') },
        formats: ['cjs'], fileName: (_format, name) => `${name}.js`,
      },
      rollupOptions: { external: ['electron'] },
    },
  },
  preload: {
    build: {
      outDir: here('../out/preload'),
      lib: { entry: here('./preload/index.ts'), formats: ['cjs'], fileName: () => 'index.cjs' },
      rollupOptions: { external: ['electron'] },
    },
  },
  renderer: {
    root: here('../renderer'),
    base: './',
    plugins: [react()],
    build: { outDir: here('../out/renderer'), emptyOutDir: true, rollupOptions: { input: here('../renderer/index.html') } },
  },
});
