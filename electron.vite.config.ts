// Build of the three Electron parts, in electron-vite's "custom project structure":
// main and preload from src-main/, the React renderer from src-renderer/, all written to out/.
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

const root = import.meta.dirname

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // lowdb (and its steno) ship only as ES modules: bundle them instead of loading them from
      // node_modules at run time. Other dependencies stay external.
      externalizeDeps: { exclude: ['lowdb'] },
      rolldownOptions: {
        // `serve`: browser mode's server (`npm run start:web`), the same main-process code built
        // the same way, run by plain Node.
        input: { index: resolve(root, 'src-main/index.ts'), serve: resolve(root, 'src-main/web/serve.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload is a classic script that can require only `electron` (and a few
      // polyfilled built-ins): so CommonJS, one file, every other module inlined.
      externalizeDeps: false,
      rolldownOptions: {
        input: { preload: resolve(root, 'src-main/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src-renderer'),
    // The built index.html is loaded from disk (file://), so its assets must be relative.
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // electron-vite leaves every part unminified by default; nothing reads the renderer bundle
      // (tests look at the built preload only), so ship it minified. `npm run dev` is unaffected.
      minify: true,
      rolldownOptions: {
        input: { index: resolve(root, 'src-renderer/index.html') },
      },
    },
  },
})
