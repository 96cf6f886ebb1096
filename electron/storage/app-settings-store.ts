import { appSettingsSchema, appSettingsUpdateSchema, defaultAppSettings, logoProblem, type AppSettings, type AppSettingsUpdate } from '../../shared/document/app-settings';
import { ServiceError } from '../../shared/ipc/ipc-result';
import type { SettingsStore } from './settings-store';

const appSettingsKey = 'appSettings';

/**
 * The press office's settings (organisation, author, page defaults …) as one
 * value in the settings table. What was never set reads as its default, so a
 * library from an older version, or one with settings added since, is
 * always complete.
 */
export class AppSettingsStore {
  constructor(private readonly settings: SettingsStore) {}

  get(): AppSettings {
    const stored = this.settings.get(appSettingsKey, appSettingsUpdateSchema) ?? {};
    return appSettingsSchema.parse({ ...defaultAppSettings, ...stored });
  }

  update(update: AppSettingsUpdate): AppSettings {
    if (update.organisationLogo) {
      const problem = logoProblem({ mediaType: update.organisationLogo.mediaType, bytes: Buffer.from(update.organisationLogo.base64, 'base64') });
      if (problem) throw new ServiceError('invalid-argument', problem);
    }
    const next = appSettingsSchema.safeParse({ ...this.get(), ...update });
    if (!next.success) throw new ServiceError('invalid-argument', next.error.issues[0]?.message ?? 'These settings cannot be saved.');
    this.settings.set(appSettingsKey, next.data);
    return next.data;
  }
}
