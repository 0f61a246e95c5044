// The pure pipeline stays pure: nothing under src-main/core imports Electron, the file system
// or React, so the CLI, browser mode and the tests share it (ESLint fences the same rule).
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

const CORE = join(import.meta.dirname, '..', 'src-main', 'core')
const FORBIDDEN = /^(electron|react|react-dom|fs|node:fs)(\/.*)?$|^(fs\/promises|node:fs\/promises)$/

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    // Tests beside the code may read fixtures from disk; the pipeline itself may not.
    return /\.(ts|tsx|js|mjs|cjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : []
  })
}

/** Module names in static imports, re-exports, dynamic imports and require calls. */
function importedModules(source: string): string[] {
  const patterns = [
    /^\s*import\s+(?:type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm,
    /^\s*export\s+(?:type\s+)?(?:\*|\{[^}]*\})(?:\s+as\s+\w+)?\s+from\s+['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
  ]
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((m) => String(m[1])))
}

describe('src-main/core', () => {
  it('finds the imports a core file could use', () => {
    const source = [
      "import { readFile } from 'node:fs/promises'",
      "import type { App } from 'electron'",
      "import React, {\n  useState,\n} from 'react'",
      "export * from 'fs'",
      "const x = await import('electron')",
    ].join('\n')
    const found = importedModules(source).filter((name) => FORBIDDEN.test(name))
    expect(found.sort()).toEqual(['electron', 'electron', 'fs', 'node:fs/promises', 'react'])
  })

  it('imports nothing from electron, node:fs, fs or react', () => {
    const files = sourceFiles(CORE)
    expect(files.length).toBeGreaterThan(0)
    const offences = files.flatMap((file) =>
      importedModules(readFileSync(file, 'utf8'))
        .filter((name) => FORBIDDEN.test(name))
        .map((name) => `${relative(CORE, file)} imports ${name}`),
    )
    expect(offences).toEqual([])
  })
})
