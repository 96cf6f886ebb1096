import type { SettingsService } from '../../shared/ipc/settings-service';
import type { Library } from '../storage/library';
import type { ChangeFeed } from './ports';

/** The app's settings, kept in the library; the shell hears of every saved change. */
export function createSettingsService(library: Library, feed: ChangeFeed): SettingsService {
  return {
    get: async () => library.appSettings.get(),
    update: async (update) => {
      const saved = library.appSettings.update(update);
      feed.onSettingsChanged?.(saved);
      return saved;
    },
  };
}
