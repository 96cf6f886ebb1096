import { z } from 'zod';
import { oneLine } from './one-line';
import { english } from '../i18n/english';
import { zodIssueMessage } from '../i18n/zod-issues';
import { sayLocalised, type LocalisedMessage } from '../ipc/ipc-result';
import { briefingSchema, languageTagSchema, type Briefing } from './briefing';
import { safeFileName } from './file-name';
import { imageMimes } from './picture';

/** What the `format` member of every `.briefing.json` file says. */
export const briefingFileFormat = 'briefing-desk/briefing';
/** The version this build writes; it reads this one and every older one. See docs/briefing-format.md. */
export const briefingFileVersion = 3;

/** The briefing in a file: everything but the library's own bookkeeping (id, revision). */
export const briefingFileContentSchema = briefingSchema.omit({ id: true, revision: true });

/**
 * Version 2: the briefing's place among the language versions of one readout.
 * `family` is the same in every version's file; `sourceLanguage` is the
 * language it is translated from (null for the original); `upToDate` holds,
 * per section, the source section's text it was last brought up to date with.
 */
export const languageVersionLinkSchema = z.strictObject({
  family: z.string().uuid(),
  sourceLanguage: languageTagSchema.nullable(),
  upToDate: z.record(z.string().min(1).max(100), z.string().max(1_000_000)).refine((sections) => Object.keys(sections).length <= 200, 'too many sections'),
});
export type LanguageVersionLink = z.infer<typeof languageVersionLinkSchema>;

const fileMembers = {
  format: z.literal(briefingFileFormat),
  /** When the file was written, ISO 8601 UTC. */
  exportedAt: z.string(),
  /** Name of the briefing's template at export time, for a person reading the file. */
  templateName: z.string().max(200).optional(),
  briefing: briefingFileContentSchema,
};
const briefingFileV1Schema = z.strictObject({ ...fileMembers, version: z.literal(1) });
const briefingFileV2Schema = z.strictObject({ ...fileMembers, version: z.literal(2), languageVersion: languageVersionLinkSchema.optional() });

/**
 * Version 3: the bytes of the body's pictures, by the hash the body names
 * them with (as the library keeps them: stripped of metadata). On import each
 * is checked and stripped again like any picture added to the library.
 */
export const filePicturesSchema = z
  .record(z.string().regex(/^[0-9a-f]{64}$/u, 'a SHA-256 in lower-case hex'), z.strictObject({ mime: z.enum(imageMimes), base64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/u, 'base64') }))
  .refine((pictures) => Object.keys(pictures).length <= 1000, 'too many pictures');
export type FilePictures = z.infer<typeof filePicturesSchema>;
const briefingFileV3Schema = z.strictObject({
  ...fileMembers,
  version: z.literal(3),
  languageVersion: languageVersionLinkSchema.optional(),
  pictures: filePicturesSchema.optional(),
});

/** Every version this build reads; versions 1 and 2 read as version 3 without pictures (and version 1 without a link). */
export const briefingFileSchema = z.discriminatedUnion('version', [briefingFileV1Schema, briefingFileV2Schema, briefingFileV3Schema]);
export type BriefingFile = z.infer<typeof briefingFileV3Schema>;

/** The text of a `.briefing.json` file for `briefing`: stable member order, two-space indents, a final newline. */
export function writeBriefingFile(briefing: Briefing, exportedAt: Date, templateName?: string, languageVersion?: LanguageVersionLink, pictures?: FilePictures): string {
  const { id: _id, revision: _revision, ...content } = briefing;
  const file: BriefingFile = {
    format: briefingFileFormat,
    version: briefingFileVersion,
    exportedAt: exportedAt.toISOString(),
    ...(templateName ? { templateName } : {}),
    briefing: content,
    ...(languageVersion ? { languageVersion } : {}),
    ...(pictures && Object.keys(pictures).length > 0 ? { pictures } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name for the briefing: its title made safe on Windows, macOS and Linux (see `safeFileName`), ending `.briefing.json`. */
export function briefingFileName(title: string): string {
  return `${safeFileName(title, { fallback: 'Untitled briefing', maxCharacters: 80, maxBytes: 200 })}.briefing.json`;
}

/** A refusal carries its sentence in English (`message`) and as a catalog id (`localised`) for the window and the command line. */
export type BriefingFileReadResult = { ok: true; file: BriefingFile } | { ok: false; message: string; localised: LocalisedMessage };

function refused(localised: LocalisedMessage): BriefingFileReadResult {
  return { ok: false, message: sayLocalised(english, localised), localised };
}

/**
 * Reads and checks the text of a `.briefing.json` file. Nothing is trusted
 * before the whole file passes the schema, so an import is all or nothing;
 * a bad file gets one sentence saying what is wrong and where.
 */
export function readBriefingFile(text: string): BriefingFileReadResult {
  let data: unknown;
  try {
    // Notepad and other Windows editors start a UTF-8 file with a byte order mark, which JSON.parse refuses.
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return refused({ id: 'briefingFile.notJson' });
  }
  const header = z.object({ format: z.string(), version: z.number() }).safeParse(data);
  if (!header.success || header.data.format !== briefingFileFormat) return refused({ id: 'briefingFile.notBriefing' });
  if (header.data.version > briefingFileVersion) return refused({ id: 'briefingFile.newer', values: { version: header.data.version } });
  const parsed = briefingFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const problem = zodIssueMessage(issue);
    // The path echoes the file's own keys: one line, and short, whatever they hold.
    const path = (issue?.path ?? []).map(String).join('.');
    return refused(path ? { id: 'briefingFile.damaged', values: { path: oneLine(path, 160), problem } } : { id: 'briefingFile.damagedWhole', values: { problem } });
  }
  // An older version is converted to the current shape once it has passed its own schema.
  return { ok: true, file: parsed.data.version === 3 ? parsed.data : { ...parsed.data, version: 3 } };
}
