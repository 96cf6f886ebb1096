import { type Briefing, type BriefingSummary, type FieldValues } from '../../shared/document/briefing';
import { changedFieldIds, localiseFieldValue, sectionTexts, translationOf } from '../../shared/document/language-versions';
import { findTransition, isLockedStatus, reviewGateProblem, suggestionGateProblem } from '../../shared/document/workflow';
import { sayLocalised, ServiceError, type LocalisedMessage, type LocalisedValue } from '../../shared/ipc/ipc-result';
import { statusMessages } from '../../shared/i18n/status-labels';
import { catalogs, type MessageKey } from '../../shared/i18n/messages';
import { english } from '../../shared/i18n/english';
import type { FamilyStatusResult, LanguageVersion, StaleSection, VersionService, VersionsOf } from '../../shared/ipc/version-service';
import { LanguageVersionStore, sourceTextHash, type FamilyMember } from '../storage/language-version-store';
import type { Library } from '../storage/library';
import type { ChangeNotifier } from './change-feed';
import { directoryStore } from './directory-service';

/** The language versions of the library's open database (a restored backup brings its own). */
export function languageVersionStore(library: Library): LanguageVersionStore {
  return new LanguageVersionStore(library.database);
}

/** A language's name for a refusal: the catalog's, so an Azerbaijani window says "rus dili"; else English. */
function languageNameMessage(tag: string): LocalisedValue {
  const base = tag.toLowerCase().split('-')[0] ?? '';
  const id = `language.${base}`;
  // Only the languages the catalogs name (`language.*`); any other keeps its English name.
  return Object.hasOwn(catalogs.en, id) ? { id: id as MessageKey } : languageName(tag);
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
/** "Azerbaijani": the app's own words are English. */
export function languageName(tag: string): string {
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

function eventDateOf(library: Library, briefing: Pick<Briefing, 'templateId' | 'fields'>): string | null {
  const fieldId = library.templates.find(briefing.templateId)?.eventDateField;
  const value = fieldId ? briefing.fields[fieldId] : undefined;
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

/** The sections of `version` whose source section changed since they were last brought up to date. */
function staleSections(store: LanguageVersionStore, version: Briefing, source: Briefing | undefined): StaleSection[] {
  if (!source) return [];
  const baselines = store.baselines(version.id);
  const now = sectionTexts(source.body);
  const stale: StaleSection[] = [];
  for (const section of version.body) {
    const after = now.get(section.sectionId);
    if (after === undefined) continue;
    const baseline = baselines.get(section.sectionId);
    const before = baseline?.text ?? '';
    if ((baseline?.hash ?? sourceTextHash('')) !== sourceTextHash(after)) stale.push({ sectionId: section.sectionId, before, after });
  }
  return stale;
}

function sourceMember(members: readonly FamilyMember[], sourceLanguage: string | null, selfId: string): FamilyMember | undefined {
  if (sourceLanguage === null) return undefined;
  return members.find((member) => member.language === sourceLanguage && member.id !== selfId);
}

/** Summaries with their families attached, so the library can show a readout's versions on one row. */
export function withFamilies<Summary extends BriefingSummary>(library: Library, summaries: Summary[]): Summary[] {
  const families = languageVersionStore(library).familiesOf(summaries.map((summary) => summary.id));
  if (families.size === 0) return summaries;
  return summaries.map((summary) => {
    const family = families.get(summary.id);
    return family
      ? { ...summary, family: { id: family.familyId, versions: family.members.map(({ id, language, status }) => ({ id, language, status })) } }
      : summary;
  });
}

/** What the version bar shows for `briefingId`. */
export function versionsOf(library: Library, briefingId: string): VersionsOf {
  const store = languageVersionStore(library);
  const link = store.linkOf(briefingId);
  // Most briefings have no other language: asked as each one opens, that needs no body read.
  if (!link) {
    library.briefings.assertPresent(briefingId);
    return { familyId: null, versions: [], source: null, stale: [], toCheck: [] };
  }
  const briefing = library.briefings.get(briefingId);
  const members = store.members(link.familyId);
  const staleOf = (member: FamilyMember, self?: Briefing): StaleSection[] => {
    const source = sourceMember(members, member.sourceLanguage, member.id);
    return source ? staleSections(store, self ?? library.briefings.get(member.id), library.briefings.get(source.id)) : [];
  };
  const versions: LanguageVersion[] = members.map((member) => ({
    ...member,
    staleSections: staleOf(member, member.id === briefingId ? briefing : undefined).length,
  }));
  const source = sourceMember(members, link.sourceLanguage, briefingId);
  return {
    familyId: versions.length > 1 ? link.familyId : null,
    versions: versions.length > 1 ? versions : [],
    source: source ? { id: source.id, language: source.language, title: source.title } : null,
    stale: source ? staleSections(store, briefing, library.briefings.get(source.id)) : [],
    toCheck: link.toCheck,
  };
}

/**
 * After `briefingId` saved new field values: the fields that changed are the
 * same facts in every other version of its family, so they are written there
 * too (people in each version's language from the directory), with an entry
 * in each version's history naming what changed and where. Versions that are
 * approved or released are read-only and keep theirs. Returns the versions
 * written, for the change feed.
 */
export function propagateFields(library: Library, briefingId: string, before: FieldValues, after: FieldValues): { id: string; revision: number }[] {
  const store = languageVersionStore(library);
  const link = store.linkOf(briefingId);
  if (!link) return [];
  const changed = changedFieldIds(before, after);
  if (changed.length === 0) return [];
  const origin = library.briefings.get(briefingId);
  const directory = directoryStore(library).list();
  const written: { id: string; revision: number }[] = [];
  for (const member of store.members(link.familyId)) {
    if (member.id === briefingId || isLockedStatus(member.status)) continue;
    const version = library.briefings.get(member.id);
    const date = eventDateOf(library, { templateId: version.templateId, fields: after });
    const fields: FieldValues = { ...version.fields };
    for (const id of changed) {
      const value = after[id];
      if (value === undefined) continue;
      fields[id] = localiseFieldValue(value, directory, version.language, date).value;
    }
    const saved = library.briefings.save({ id: version.id, baseRevision: version.revision, fields });
    // Data, not a sentence: each window and the command line word it in their own language.
    library.revisions.record(version.id, { reason: 'followed', followed: { fields: changed, language: origin.language } });
    written.push({ id: saved.id, revision: saved.revision });
  }
  return written;
}

/** The version service over one library: it needs the library and tells the change feed what it wrote. */
export function createVersionService(library: Library, changes: ChangeNotifier): VersionService {
  const store = () => languageVersionStore(library);
  return {
    versionsOf: async (briefingId) => versionsOf(library, briefingId),
    translate: async ({ briefingId, language }) => {
      const source = library.briefings.get(briefingId);
      if (source.language.toLowerCase() === language.toLowerCase()) {
        throw new ServiceError('invalid-argument', { id: 'errors.alreadyInLanguage', values: { language: languageNameMessage(language) } });
      }
      const versions = store();
      const directory = directoryStore(library).list();
      const existing = versions.linkOf(briefingId);
      if (existing && versions.members(existing.familyId).some((member) => member.language.toLowerCase() === language.toLowerCase())) {
        throw new ServiceError('invalid-argument', { id: 'errors.versionExists', values: { language: languageNameMessage(language) } });
      }
      const { content, toCheck } = translationOf(source, language, directory, eventDateOf(library, source));
      const create = library.database.transaction(() => {
        const link = versions.ensureOriginal(briefingId);
        const briefing = library.briefings.create(content);
        versions.link(briefing.id, { familyId: link.familyId, sourceLanguage: source.language, toCheck }, sectionTexts(source.body));
        return briefing;
      });
      return changes.changedTo(create.immediate());
    },
    markUpToDate: async ({ briefingId, sectionId }) => {
      const versions = store();
      const link = versions.linkOf(briefingId);
      const source = link ? sourceMember(versions.members(link.familyId), link.sourceLanguage, briefingId) : undefined;
      if (!link || !source) throw new ServiceError('invalid-argument', { id: 'errors.notTranslated' });
      const texts = sectionTexts(library.briefings.get(source.id).body);
      const version = library.briefings.get(briefingId);
      const sectionIds = sectionId === undefined ? version.body.map((section) => section.sectionId) : [sectionId];
      if (sectionId !== undefined && !version.body.some((section) => section.sectionId === sectionId)) {
        throw new ServiceError('invalid-argument', { id: 'errors.noSection', values: { section: sectionId } });
      }
      library.database.transaction(() => {
        for (const id of sectionIds) {
          const text = texts.get(id);
          if (text !== undefined) versions.setBaseline(briefingId, id, text);
        }
      }).immediate();
      return versionsOf(library, briefingId);
    },
    changeFamilyStatus: async ({ briefingId, status, reason }) => {
      const versions = store();
      library.briefings.get(briefingId);
      const link = versions.linkOf(briefingId);
      const members = link ? versions.members(link.familyId) : [];
      const family = members.length > 0 ? members : [{ ...library.briefings.get(briefingId), sourceLanguage: null }];
      const result: FamilyStatusResult = { moved: [], refused: [] };
      // The reason in English for scripts and logs, and as a catalog message for the window.
      const refuse = (member: { id: string; language: string }, reason: LocalisedMessage | string) =>
        result.refused.push({ id: member.id, language: member.language, reason: typeof reason === 'string' ? reason : sayLocalised(english, reason), ...(typeof reason === 'string' ? {} : { localised: reason }) });
      const author = library.appSettings.get().authorName;
      for (const member of family) {
        if (member.status === status) continue;
        if (!findTransition(member.status, status)) {
          refuse(member, { id: 'errors.noSingleStep', values: { from: { id: statusMessages[member.status] }, to: { id: statusMessages[status] } } });
          continue;
        }
        // The same gate as one briefing's status change: no version goes for review or approval half written.
        const stored = library.briefings.get(member.id);
        const suggestions = suggestionGateProblem(status, stored.body);
        const incomplete = reviewGateProblem(status, stored, library.templates.get(stored.templateId)) ?? suggestions;
        if (incomplete) {
          refuse(member, incomplete);
          continue;
        }
        try {
          const saved = library.briefings.changeStatus({ id: member.id, baseRevision: member.revision, status, ...(reason ? { reason } : {}) }, author);
          changes.changed(saved.id, saved.revision, undefined);
          result.moved.push({ id: member.id, language: member.language });
        } catch (error) {
          if (!(error instanceof ServiceError)) throw error;
          refuse(member, error.localised ?? error.message);
        }
      }
      return result;
    },
  };
}
