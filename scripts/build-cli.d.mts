/** The folder the CLI is built into (out/cli/). */
export const CLI_OUT: string
/** Builds the CLI (and `extra` entries, name → repo-relative source) into out/cli/ unless it is newer than every source; returns the folder. */
export function buildCli(extra?: Record<string, string>): Promise<string>
/** Node flags the CLI runs with (its heap's young generation). */
export const CLI_NODE_FLAGS: string[]
