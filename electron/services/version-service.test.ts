import { sectionPlainText } from '../../shared/document/text-stats';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Briefing } from '../../shared/document/briefing';
import type { SectionElement } from '../../shared/document/briefing-body';
import { demoOrganisations, demoPeople } from '../../shared/directory/demo-directory';
import type { Services } from '../../shared/ipc/contract';
import { ServiceError } from '../../shared/ipc/ipc-result';
import { testLibraryFolder } from '../../tests/support/library-folder';
import { createTestServiceHost } from '../../tests/support/test-service-host';
import { openLibrary, type Library } from '../storage/library';
import { createServices } from './create-services';
import { directoryStore } from './directory-service';
import { followedSentence } from '../../shared/i18n/followed-fields';
import type { InterfaceLanguage } from '../../shared/i18n/interface-language';
import { createTranslator } from '../../shared/i18n/translator';

const [asadov, bogdanMartin] = demoPeople;

function withText(briefing: Pick<Briefing, 'body'>, sectionId: string, text: string): SectionElement[] {
  return briefing.body.map((section) =>
    section.sectionId === sectionId ? { ...section, children: [{ type: 'paragraph' as const, children: [{ text }] }] } : section,
  );
}

describe('language versions', () => {
  const folder = testLibraryFolder();
  let library: Library;
  let services: Services;
  let source: Briefing;

  beforeEach(async () => {
    library = openLibrary(folder.path());
    const store = directoryStore(library);
    for (const { id, ...organisation } of demoOrganisations) store.createOrganisation(organisation, { id });
    for (const { id, ...person } of demoPeople) store.createPerson(person, { id });
    services = createServices(library, createTestServiceHost());
    const created = await services.briefings.create({ templateId: 'meeting-readout', title: 'Əli Əsədov ITU-nun Baş katibi ilə görüşüb', language: 'az' });
    const base: Briefing = { ...created, fields: { ...created.fields, meetingDate: '2025-11-21', location: 'Bakı' } };
    base.fields.host = { name: 'Əli Əsədov', title: 'Baş nazir', organisation: 'Azərbaycan Respublikası', personId: asadov?.id };
    base.fields.guest = { name: 'Dorin Boqdan-Martin', title: 'Baş katib', organisation: 'BEİ' };
    const participants = [
      { id: 'p1', name: 'Əli Əsədov', title: 'Baş nazir', organisation: '', side: 'host' as const, role: '', personId: asadov?.id },
      { id: 'p2', name: 'Rəşad Nəbiyev', title: 'Nazir', organisation: '', side: 'host' as const, role: '' },
    ];
    const body = withText({ body: withText(base, 'topics-discussed', 'Tərəflər rəqəmsal transformasiyanı müzakirə ediblər.') }, 'agreed-points', 'Memorandum imzalanıb.');
    await services.briefings.save({ id: created.id, baseRevision: created.revision, fields: base.fields, participants, body });
    source = await services.briefings.get(created.id);
  });
  afterEach(() => library.close());

  it('adds an English version with the same template and fields, people from the directory, headings in English and the Azerbaijani text as guidance', async () => {
    const english = await services.versions.translate({ briefingId: source.id, language: 'en' });
    expect(english).toMatchObject({ templateId: 'meeting-readout', language: 'en', title: source.title });
    expect(english.fields.meetingDate).toBe('2025-11-21');
    expect(english.fields.host).toMatchObject({ name: 'Ali Asadov', title: 'Prime Minister', personId: asadov?.id });
    // Matched by its Azerbaijani spelling: the directory knows her.
    expect(english.fields.guest).toMatchObject({ name: 'Doreen Bogdan-Martin', title: 'Secretary-General', personId: bogdanMartin?.id });
    expect(english.participants.map((row) => row.name)).toEqual(['Ali Asadov', 'Rəşad Nəbiyev']);
    const topics = english.body.find((section) => section.sectionId === 'topics-discussed');
    expect(topics?.heading).toBe('Topics discussed');
    expect(topics?.guidance).toBe('Tərəflər rəqəmsal transformasiyanı müzakirə ediblər.');
    expect(topics?.children).toEqual([{ type: 'paragraph', children: [{ text: '' }] }]);

    const versions = await services.versions.versionsOf(english.id);
    expect(versions.versions.map((version) => [version.language, version.sourceLanguage])).toEqual([
      ['az', null],
      ['en', 'az'],
    ]);
    expect(versions.source).toMatchObject({ id: source.id, language: 'az' });
    expect(versions.stale).toEqual([]);
    // The one person the directory does not know is listed to check, as they were.
    expect(versions.toCheck).toEqual([{ participantId: 'p2', name: 'Rəşad Nəbiyev' }]);
    expect((await services.versions.versionsOf(source.id)).versions).toHaveLength(2);
  });

  it('answers for a briefing with no other language without a family, and refuses one in the Trash or unknown', async () => {
    expect(await services.versions.versionsOf(source.id)).toEqual({ familyId: null, versions: [], source: null, stale: [], toCheck: [] });
    await services.briefings.moveToTrash(source.id);
    await expect(services.versions.versionsOf(source.id)).rejects.toMatchObject({ code: 'not-found' });
    await expect(services.versions.versionsOf('no-such-briefing')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses a second version in a language the family has, and a translation into its own language', async () => {
    const english = await services.versions.translate({ briefingId: source.id, language: 'en' });
    await expect(services.versions.translate({ briefingId: english.id, language: 'en' })).rejects.toThrow('This briefing is already in English.');
    await expect(services.versions.translate({ briefingId: english.id, language: 'az' })).rejects.toThrow('This readout already has a Azerbaijani version.');
    expect((await services.briefings.list({})).length).toBe(2);
  });

  it('marks only the section whose source changed, with the source text before and after, until it is marked up to date', async () => {
    const english = await services.versions.translate({ briefingId: source.id, language: 'en' });
    const russian = await services.versions.translate({ briefingId: source.id, language: 'ru' });
    await services.briefings.save({ id: english.id, baseRevision: english.revision, body: withText(english, 'topics-discussed', 'The sides discussed digital transformation.') });
    const current = await services.briefings.get(source.id);
    await services.briefings.save({
      id: source.id,
      baseRevision: current.revision,
      body: withText(current, 'topics-discussed', 'Tərəflər rəqəmsal transformasiyanı və kibertəhlükəsizliyi müzakirə ediblər.'),
    });

    const stale = await services.versions.versionsOf(english.id);
    expect(stale.stale).toEqual([
      {
        sectionId: 'topics-discussed',
        before: 'Tərəflər rəqəmsal transformasiyanı müzakirə ediblər.',
        after: 'Tərəflər rəqəmsal transformasiyanı və kibertəhlükəsizliyi müzakirə ediblər.',
      },
    ]);
    expect(stale.versions.map((version) => [version.language, version.staleSections])).toEqual([
      ['az', 0],
      ['en', 1],
      ['ru', 1],
    ]);

    const after = await services.versions.markUpToDate({ briefingId: english.id, sectionId: 'topics-discussed' });
    expect(after.stale).toEqual([]);
    expect((await services.versions.versionsOf(russian.id)).stale.map((section) => section.sectionId)).toEqual(['topics-discussed']);
    // Kept in the library: a new window (or the command line) sees the same.
    library.close();
    library = openLibrary(folder.path());
    services = createServices(library, createTestServiceHost());
    expect((await services.versions.versionsOf(english.id)).stale).toEqual([]);
    expect((await services.versions.versionsOf(russian.id)).stale).toHaveLength(1);
  });

  it('writes a field change into every version at once, people in each language, with an entry in each history', async () => {
    const english = await services.versions.translate({ briefingId: source.id, language: 'en' });
    const russian = await services.versions.translate({ briefingId: source.id, language: 'ru' });
    const current = await services.briefings.get(english.id);
    const fields = { ...current.fields, meetingDate: '2025-11-24', guest: { name: 'Ali Asadov', title: '', organisation: '', personId: asadov?.id } };
    await services.briefings.save({ id: english.id, baseRevision: current.revision, fields });

    const az = await services.briefings.get(source.id);
    const ru = await services.briefings.get(russian.id);
    expect(az.fields.meetingDate).toBe('2025-11-24');
    expect(ru.fields.meetingDate).toBe('2025-11-24');
    expect(ru.fields.guest).toMatchObject({ name: 'Али Асадов', title: 'Премьер-министр', personId: asadov?.id });
    expect(az.fields.guest).toMatchObject({ name: 'Əli Əsədov', title: 'Baş nazir' });
    // Untouched fields keep each version's own words.
    expect(az.fields.location).toBe('Bakı');
    // The entry is what happened, as data; each window words it in its interface language.
    const template = await services.templates.get('meeting-readout');
    const worded = async (id: string, language: InterfaceLanguage) =>
      (await services.history.list(id)).flatMap((entry) => (entry.followed ? [followedSentence(entry.followed, template, createTranslator(language))] : []));
    for (const id of [source.id, russian.id]) {
      const followed = (await services.history.list(id)).filter((entry) => entry.reason === 'followed');
      expect(followed).toMatchObject([{ label: null, followed: { fields: ['meetingDate', 'guest'], language: 'en' } }]);
      expect(await worded(id, 'en')).toEqual(['Meeting date, Guest changed in the English version']);
      expect(await worded(id, 'az')).toEqual(['İngilis dili versiyasında dəyişdirilib: Görüş tarixi, Qonaq']);
      expect(await worded(id, 'ru')).toEqual(['В версии «Английский» изменены поля: Дата встречи, Гость']);
    }
    expect(await worded(english.id, 'en')).toEqual([]);
  });

  it('leaves approved versions as they were signed off, and approves a family together', async () => {
    const english = await services.versions.translate({ briefingId: source.id, language: 'en' });
    // A version whose text is still to translate does not go for review with the family.
    const early = await services.versions.changeFamilyStatus({ briefingId: english.id, status: 'in-review' });
    expect(early.moved).toEqual([]);
    expect(early.refused.map((entry) => entry.language)).toEqual(['az', 'en']);
    expect(early.refused.every((entry) => entry.reason.endsWith('must be filled in before it goes for review.'))).toBe(true);
    for (const id of [source.id, english.id]) {
      const unwritten = await services.briefings.get(id);
      const written = unwritten.body.map((section) =>
        sectionPlainText(section, () => 'field').trim() === '' ? { ...section, children: [{ type: 'paragraph' as const, children: [{ text: `Written ${section.sectionId}.` }] }] } : section,
      );
      await services.briefings.save({ id, baseRevision: unwritten.revision, body: written });
    }
    const family = await services.versions.changeFamilyStatus({ briefingId: english.id, status: 'in-review' });
    expect(family.moved.map((moved) => moved.language)).toEqual(['az', 'en']);
    const approved = await services.versions.changeFamilyStatus({ briefingId: source.id, status: 'approved' });
    expect(approved).toEqual({ moved: [{ id: source.id, language: 'az' }, { id: english.id, language: 'en' }], refused: [] });
    expect((await services.briefings.get(english.id)).status).toBe('approved');
    // Released alone: the other version stays approved.
    const azApproved = await services.briefings.get(source.id);
    await services.briefings.changeStatus({ id: source.id, baseRevision: azApproved.revision, status: 'released' });
    expect((await services.versions.versionsOf(english.id)).versions.map((version) => version.status)).toEqual(['released', 'approved']);
    const refused = await services.versions.changeFamilyStatus({ briefingId: english.id, status: 'in-review' });
    expect(refused.moved).toEqual([]);
    expect(refused.refused.map((entry) => entry.reason)).toEqual(['“Released” cannot move to “In review” in one step.', '“Approved” cannot move to “In review” in one step.']);
  });

  it('carries the link in .briefing.json files: importing both into another library makes the family again, with what was up to date', async () => {
    const english = await services.versions.translate({ briefingId: source.id, language: 'en' });
    const current = await services.briefings.get(source.id);
    await services.briefings.save({ id: source.id, baseRevision: current.revision, body: withText(current, 'agreed-points', 'İki memorandum imzalanıb.') });
    const files = [await services.briefings.exportFile(english.id), await services.briefings.exportFile(source.id)];
    // Within the same library the family has both languages already: the copies come in on their own.
    const copy = await services.briefings.importFile(files[0]?.contents ?? '');
    expect((await services.versions.versionsOf(copy.id)).familyId).toBeNull();

    library.close();
    library = openLibrary(folder.path('other.sqlite'));
    services = createServices(library, createTestServiceHost());
    const importedEnglish = await services.briefings.importFile(files[0]?.contents ?? '');
    const importedSource = await services.briefings.importFile(files[1]?.contents ?? '');
    const versions = await services.versions.versionsOf(importedEnglish.id);
    expect(versions.versions.map((version) => version.id)).toEqual([importedEnglish.id, importedSource.id]);
    expect(versions.source?.id).toBe(importedSource.id);
    expect(versions.stale).toEqual([{ sectionId: 'agreed-points', before: 'Memorandum imzalanıb.', after: 'İki memorandum imzalanıb.' }]);
  });

  it('gives the library every version of a family on each hit, so a search in any language finds the readout', async () => {
    const english = await services.versions.translate({ briefingId: source.id, language: 'en' });
    await services.briefings.save({ id: english.id, baseRevision: english.revision, body: withText(english, 'agreed-points', 'A memorandum on broadband was signed.') });
    const found = await services.briefings.search({ text: 'broadband' });
    expect(found.hits.map((hit) => hit.id)).toEqual([english.id]);
    expect(found.hits[0]?.family?.versions.map((version) => [version.id, version.language])).toEqual([
      [source.id, 'az'],
      [english.id, 'en'],
    ]);
    const listed = await services.briefings.list({});
    expect(listed.every((summary) => summary.family?.versions.length === 2)).toBe(true);
    // In the Trash a version stands alone, and the one left is a family of one: no family to show.
    await services.briefings.moveToTrash(english.id);
    expect((await services.briefings.list({})).map((summary) => summary.family)).toEqual([undefined]);
    expect((await services.briefings.list({ trashed: true })).map((summary) => summary.family)).toEqual([undefined]);
  });

  it('says so for a briefing without versions, and refuses to mark an original up to date', async () => {
    expect(await services.versions.versionsOf(source.id)).toEqual({ familyId: null, versions: [], source: null, stale: [], toCheck: [] });
    const error = await services.versions.markUpToDate({ briefingId: source.id }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).message).toBe('This briefing is not translated from another version in the library.');
  });
});
