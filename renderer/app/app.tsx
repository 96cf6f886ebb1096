import { useCallback, useMemo } from 'react';
import { createApiClient } from '../api/api-client';
import { ApiContext } from '../api/api-context';
import { LibraryGate } from '../features/library/library-gate';
import { InterfaceLanguageProvider, useT } from '../ui/interface-language';
import { Workspace } from './workspace';

function NoLibrary() {
  const t = useT();
  return (
    <main className="welcome" role="alert">
      <h1>{t('app.noLibraryTitle')}</h1>
      <p>{t('app.noLibraryText')}</p>
    </main>
  );
}

export function App() {
  const api = useMemo(() => (window.api ? createApiClient(window.api) : undefined), []);
  // The interface language chosen in Settings (null: the system's); a library that cannot be read leaves the system's.
  const loadInterfaceLanguage = useCallback(async () => (api ? (await api.settings.get()).interfaceLanguage : null), [api]);
  if (!api) {
    return (
      <InterfaceLanguageProvider>
        <NoLibrary />
      </InterfaceLanguageProvider>
    );
  }
  return (
    <ApiContext.Provider value={api}>
      <InterfaceLanguageProvider load={loadInterfaceLanguage}>
        <LibraryGate>
          <Workspace />
        </LibraryGate>
      </InterfaceLanguageProvider>
    </ApiContext.Provider>
  );
}
