import { useEffect, useState } from 'react';
import { useT } from '../../ui/interface-language';
import type { VersionsOf } from '../../../shared/ipc/version-service';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/api-client';
import { useLibraryChanges } from '../library/use-library-changes';

/**
 * The open briefing's language versions, read again whenever the library
 * changes (a save of the source in this window or another one, a new version,
 * a status change), so "Source changed" appears without a reload. `show`
 * puts an answer the page already has (after "Mark as up to date") on screen.
 */
export function useVersions(briefingId: string): { versions: VersionsOf | undefined; error: string | undefined; show: (versions: VersionsOf) => void } {
  const api = useApi();
  const t = useT();
  const changes = useLibraryChanges();
  const [versions, setVersions] = useState<VersionsOf | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => {
    let current = true;
    api.versions.versionsOf(briefingId).then(
      (read) => {
        if (!current) return;
        setVersions(read);
        setError(undefined);
      },
      (readError: unknown) => {
        if (current) setError(t('versions.readFailed', { reason: errorMessage(readError) }));
      },
    );
    return () => {
      current = false;
    };
  }, [api, briefingId, changes, t]);
  return { versions, error, show: setVersions };
}
