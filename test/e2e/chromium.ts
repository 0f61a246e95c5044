// The system Chromium that the end-to-end specs and `npm run bench:ui` drive (Debian's, installed by
// .ci/run; Playwright's own download is never used), with the switches both need: no sandbox (CI
// runs as root in a container), no GPU, and none of the browser's background work (networking,
// component updates, sync, first-run setup), which on a shared 2-core machine would compete with
// the page for the same cores. File access lets a built index.html load its module script.
export const CHROMIUM_PATH = '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--allow-file-access-from-files',
]
