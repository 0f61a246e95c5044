// The names of every IPC channel, as plain constants: the sandboxed preload imports this file,
// so it must stay free of runtime imports (a preload can require only `electron`).

export const INVOKE_CHANNELS = [
  'library:open',
  'library:current',
  'library:choose-folder',
  'issue:open',
  'issue:source',
  'issue:add-page',
  'page:scan',
  'finding:accept',
  'finding:dismiss',
  'op:apply',
  'conflict:discard',
  'edit:undo',
  'edit:redo',
  'export:choose-folder',
  'export:run',
  'export:preview',
  'task:cancel',
] as const

export const EVENT_CHANNELS = ['issue:changed', 'task:progress', 'library:changed'] as const

export type InvokeChannel = (typeof INVOKE_CHANNELS)[number]
export type EventChannel = (typeof EVENT_CHANNELS)[number]

export function isInvokeChannel(name: unknown): name is InvokeChannel {
  return typeof name === 'string' && (INVOKE_CHANNELS as readonly string[]).includes(name)
}

export function isEventChannel(name: unknown): name is EventChannel {
  return typeof name === 'string' && (EVENT_CHANNELS as readonly string[]).includes(name)
}
