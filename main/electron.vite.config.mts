import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Builds Electron main, the sandboxed preload (CommonJS) and the renderer into out/.
export default defineConfig({
  main: {
    build: {
      outDir: here('../out/main'),
      lib: { entry: here('./electron/index.ts'), formats: ['cjs'], fileName: () => 'index.js' },
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
