import { createContext, useContext } from 'react';
import type { Services } from '../../shared/ipc/contract';

export const ApiContext = createContext<Services | undefined>(undefined);

/** The main-process services; only components under the app's provider may call it. */
export function useApi(): Services {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() outside <ApiContext.Provider>');
  return api;
}
