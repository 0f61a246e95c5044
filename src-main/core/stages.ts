// A hook between the stages of an analysis (the parse done, each detector done), for the host to
// set. Core only says where a stage ends and how large the issue is; what to do there is the
// host's: the Node side collects garbage between the stages of a very large issue
// (library/collector.ts), which keeps a 50 MB page's peak memory near what it really holds.

/** Called with the size in UTF-16 units of page text. */
export type StageHook = (size: number) => void

let hook: StageHook | null = null

/** Sets (or, with null, removes) the hook; returns the one it replaces. */
export function setStageHook(next: StageHook | null): StageHook | null {
  const previous = hook
  hook = next
  return previous
}

/** A stage of the analysis of an issue of `size` units has ended. */
export function stageEnded(size: number): void {
  if (hook) hook(size)
}
