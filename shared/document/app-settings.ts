import { z } from 'zod';
import { interfaceLanguages } from '../i18n/interface-language';
import { english } from '../i18n/english';
import type { Translate } from '../i18n/messages';
import { sayLocalised, type LocalisedMessage } from '../ipc/ipc-result';
import { languageTagSchema } from './briefing';
import { pageSizes } from './export/export-options';

/** Logos are small images kept in the library itself, so exports never depend on a file that moved. */
export const MAX_LOGO_BYTES = 512 * 1024;
export const logoMediaTypes = ['image/png', 'image/svg+xml'] as const;

export const organisationLogoSchema = z.strictObject({
  mediaType: z.enum(logoMediaTypes),
  /** The image file, base64-encoded. */
  base64: z
    .string()
    .max(Math.ceil(MAX_LOGO_BYTES / 3) * 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
});
export type OrganisationLogo = z.infer<typeof organisationLogoSchema>;

const marginMm = z.number().min(5).max(50);

/**
 * The press office's settings, kept in the library's settings table. Every
 * field has a default, so a library from an older version reads as complete.
 */
/** The longest a change may wait to be saved while typing goes on: what a crash can cost. */
export const longestAutosaveWaitMs = 500;
export const autosaveLimits = { debounceMs: { min: 100, max: longestAutosaveWaitMs }, maxWaitMs: { min: 200, max: longestAutosaveWaitMs } } as const;

const autosaveTimingSchema = z
  .strictObject({
    debounceMs: z.number().int().min(autosaveLimits.debounceMs.min).max(autosaveLimits.debounceMs.max),
    maxWaitMs: z.number().int().min(autosaveLimits.maxWaitMs.min).max(autosaveLimits.maxWaitMs.max),
  })
  .refine((autosave) => autosave.debounceMs <= autosave.maxWaitMs, 'The quiet time cannot be longer than the longest wait');

/**
 * Autosave timing as an earlier version stored it (a quiet time of up to 2 s, a longest wait of up to 5 s), read as
 * the nearest timing allowed now: both capped at {@link longestAutosaveWaitMs}.
 */
export const storedAutosaveTimingSchema = z
  .strictObject({ debounceMs: z.number().int().min(100).max(2000), maxWaitMs: z.number().int().min(200).max(5000) })
  .transform((timing) => ({ debounceMs: Math.min(timing.debounceMs, longestAutosaveWaitMs), maxWaitMs: Math.min(timing.maxWaitMs, longestAutosaveWaitMs) }));

export const appSettingsSchema = z.strictObject({
  organisationName: z.string().max(200),
  organisationLogo: organisationLogoSchema.nullable(),
  /** The language of menus, dialogs and messages; null follows the operating system's language where the app has it. */
  interfaceLanguage: z.enum(interfaceLanguages).nullable(),
  /** Recorded with every status change and manual version. */
  authorName: z.string().max(200),
  defaultLanguage: languageTagSchema,
  defaultPageSize: z.enum(pageSizes),
  marginsMm: z.strictObject({ top: marginMm, right: marginMm, bottom: marginMm, left: marginMm }),
  /** The choices of every template's Classification field, in order. */
  classificationLabels: z.array(z.string().trim().min(1).max(60)).min(1).max(20),
  /** Contact block printed at the end of press releases. */
  mediaContact: z.string().max(2000),
  /** "About the Ministry …" paragraph for press releases. */
  aboutBoilerplate: z.string().max(5000),
  /**
   * Quiet time after the last keystroke before an autosave, and the longest a change waits while typing goes on:
   * at most {@link longestAutosaveWaitMs}, so a crash can cost at most half a second of typing.
   */
  autosave: autosaveTimingSchema,
  /** Automatic backups kept: the last N days, plus one a month for M months. */
  backupRetention: z.strictObject({ daily: z.number().int().min(1).max(60), monthly: z.number().int().min(0).max(24) }),
});
export type AppSettings = z.infer<typeof appSettingsSchema>;

export const defaultAppSettings: AppSettings = {
  organisationName: '',
  organisationLogo: null,
  interfaceLanguage: null,
  authorName: '',
  defaultLanguage: 'en',
  defaultPageSize: 'A4',
  marginsMm: { top: 20, right: 20, bottom: 20, left: 20 },
  classificationLabels: ['Public', 'Official', 'Restricted', 'Confidential'],
  mediaContact: '',
  aboutBoilerplate: '',
  autosave: { debounceMs: 300, maxWaitMs: 500 },
  backupRetention: { daily: 7, monthly: 6 },
};

export const appSettingsUpdateSchema = appSettingsSchema.partial();
export type AppSettingsUpdate = z.infer<typeof appSettingsUpdateSchema>;

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Why a logo file cannot be used, or undefined when it can: a PNG by its
 * signature, or an SVG that is only a drawing — no scripts, event handlers,
 * external references or embedded documents, since the logo goes into
 * every exported page.
 */
export function logoProblemMessage(logo: { mediaType: string; bytes: Uint8Array }): LocalisedMessage | undefined {
  if (logo.bytes.length === 0) return { id: 'validation.logoEmpty' };
  if (logo.bytes.length > MAX_LOGO_BYTES) return { id: 'validation.logoTooLarge', values: { size: Math.ceil(logo.bytes.length / 1024), limit: MAX_LOGO_BYTES / 1024 } };
  if (logo.mediaType === 'image/png') {
    return pngSignature.every((byte, index) => logo.bytes[index] === byte) ? undefined : { id: 'validation.logoNotPng' };
  }
  if (logo.mediaType === 'image/svg+xml') {
    // Byte by byte is enough: every construct looked for below is ASCII.
    let text = '';
    for (let start = 0; start < logo.bytes.length; start += 8192) text += String.fromCharCode(...logo.bytes.subarray(start, start + 8192));
    if (!/<svg[\s>]/i.test(text)) return { id: 'validation.logoNotSvg' };
    if (/<script|<foreignObject|<iframe|<!ENTITY|\son[a-z]+\s*=|javascript:|(?:href|src)\s*=\s*["']\s*(?!#|data:image\/)/i.test(text)) {
      return { id: 'validation.logoActive' };
    }
    return undefined;
  }
  return { id: 'validation.logoType' };
}

/** `logoProblemMessage` said in `t`'s language. */
export function logoProblem(logo: { mediaType: string; bytes: Uint8Array }, t: Translate = english): string | undefined {
  const problem = logoProblemMessage(logo);
  return problem && sayLocalised(t, problem);
}
