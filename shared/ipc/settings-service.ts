import { z } from 'zod';
import { appSettingsUpdateSchema, type AppSettings, type AppSettingsUpdate } from '../document/app-settings';
import type { ServiceArgumentSchemas } from './service-contract';

export interface SettingsService {
  /** Every setting, with defaults for those never set. */
  get(): Promise<AppSettings>;
  /** Changes the settings given and returns them all; a logo is checked for type, size and active content. */
  update(update: AppSettingsUpdate): Promise<AppSettings>;
}

export const settingsServiceArguments = {
  get: z.tuple([]),
  update: z.tuple([appSettingsUpdateSchema]),
} satisfies ServiceArgumentSchemas<SettingsService>;
