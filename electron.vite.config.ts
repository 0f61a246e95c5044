// Build of the three Electron parts, in electron-vite's "custom project structure":
// main and preload from src-main/, the React renderer from src-renderer/, all written to out/.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'

const root = import.meta.dirname

/**
 * pdf.js's image decoders (JPEG 2000 and JBIG2, which scanned pages are often stored in: wasm with
 * a JS fallback), its character maps (a CJK PDF whose fonts are not embedded) and standard fonts,
 * written beside the bundle under `pdfjs/` with their own names: pdf.js asks for them by name
 * under one folder URL (see src-renderer/src/features/page-pane/pdf.ts), so they cannot be hashed.
 */
export const PDFJS_ASSET_FOLDERS = ['wasm', 'cmaps', 'standard_fonts'] as const
function pdfjsAssets(): Plugin {
  return {
    name: 'galley-pdfjs-assets',
    apply: 'build',
    generateBundle() {
      for (const folder of PDFJS_ASSET_FOLDERS) {
        const dir = join(root, 'node_modules', 'pdfjs-dist', folder)
        for (const name of readdirSync(dir)) this.emitFile({ type: 'asset', fileName: `pdfjs/${folder}/${name}`, source: readFileSync(join(dir, name)) })
      }
    },
  }
}

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
    plugins: [react(), pdfjsAssets()],
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
