// Hands the GalleyClient to container components; tests give them a fake one.
import { createContext, useContext, type ReactNode } from 'react'
import type { GalleyClient } from './api'

const ClientContext = createContext<GalleyClient | null>(null)

export function ClientProvider({ client, children }: { client: GalleyClient; children: ReactNode }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>
}

export function useClient(): GalleyClient {
  const client = useContext(ClientContext)
  if (!client) throw new Error('useClient outside ClientProvider')
  return client
}
