/** The Electron executable's path, or null when no binary is installed. */
export function electronBinary(): string | null
