import { useMemo } from 'react';
import { createApiClient } from '../api/api-client';
import { ApiContext } from '../api/api-context';
import { LibraryGate } from '../features/library/library-gate';
import { Workspace } from './workspace';

export function App() {
  const api = useMemo(() => (window.api ? createApiClient(window.api) : undefined), []);
  if (!api) {
    return (
      <main className="welcome" role="alert">
        <h1>Briefing Desk cannot reach its library</h1>
        <p>This page must be opened by the Briefing Desk app.</p>
      </main>
    );
  }
  return (
    <ApiContext.Provider value={api}>
      <LibraryGate>
        <Workspace />
      </LibraryGate>
    </ApiContext.Provider>
  );
}
