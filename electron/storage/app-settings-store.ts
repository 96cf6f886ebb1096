import {
  appSettingsSchema,
  appSettingsUpdateSchema,
  defaultAppSettings,
  logoProblemMessage,
  storedAutosaveTimingSchema,
  type AppSettings,
  type AppSettingsUpdate,
} from '../../shared/document/app-settings';
import { ServiceError } from '../../shared/ipc/ipc-result';
import { zodIssueMessage } from '../../shared/i18n/zod-issues';
import type { SettingsStore } from './settings-store';

const appSettingsKey = 'appSettings';

/** What may be stored: today's settings, with an autosave timing an earlier version allowed read as today's nearest. */
const storedAppSettingsSchema = appSettingsUpdateSchema.extend({ autosave: storedAutosaveTimingSchema.optional() });

/**
 * The press office's settings (organisation, author, page defaults …) as one
 * value in the settings table. What was never set reads as its default, so a
 * library from an older version, or one with settings added since, is
 * always complete.
 */
export class AppSettingsStore {
  constructor(private readonly settings: SettingsStore) {}

  get(): AppSettings {
    const stored = this.settings.get(appSettingsKey, storedAppSettingsSchema) ?? {};
    return appSettingsSchema.parse({ ...defaultAppSettings, ...stored });
  }

  update(update: AppSettingsUpdate): AppSettings {
    if (update.organisationLogo) {
      const problem = logoProblemMessage({ mediaType: update.organisationLogo.mediaType, bytes: Buffer.from(update.organisationLogo.base64, 'base64') });
      if (problem) throw new ServiceError('invalid-argument', problem);
    }
    const next = appSettingsSchema.safeParse({ ...this.get(), ...update });
    if (!next.success) {
      const issue = next.error.issues[0];
      throw new ServiceError('invalid-argument', issue ? { id: 'errors.settingInvalid', values: { setting: issue.path.map(String).join('.'), problem: zodIssueMessage(issue) } } : { id: 'errors.settingsInvalid' });
    }
    this.settings.set(appSettingsKey, next.data);
    return next.data;
  }
}
