import type { SettingsService } from '../../shared/ipc/settings-service';
import type { Library } from '../storage/library';

/** The app's settings, kept in the library. */
export function createSettingsService(library: Library): SettingsService {
  return {
    get: async () => library.appSettings.get(),
    update: async (update) => library.appSettings.update(update),
  };
}
