import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Briefing } from '../../shared/document/briefing';
import { demoOrganisations, demoPeople } from '../../shared/directory/demo-directory';
import type { DirectoryService } from '../../shared/ipc/directory-service';
import { testLibraryFolder } from '../../tests/support/library-folder';
import { openLibrary, type Library } from '../storage/library';
import { createDirectoryService, directoryStore } from './directory-service';

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/directory/${name}`, import.meta.url), 'utf8');

describe('the directory service', () => {
  const folder = testLibraryFolder();
  let library: Library;
  let service: DirectoryService;
  const created: Briefing[] = [];
  beforeEach(() => {
    library = openLibrary(folder.path());
    created.length = 0;
    service = createDirectoryService(library, { onBriefingCreated: (briefing) => (created.push(briefing), briefing) });
    const store = directoryStore(library);
    for (const { id, ...organisation } of demoOrganisations) store.createOrganisation(organisation, { id });
    for (const { id, ...person } of demoPeople) store.createPerson({ ...person, ...(id === demoPeople[0]?.id ? { email: 'PM.Office@example.org' } : {}) }, { id });
  });
  afterEach(() => library.close());

  describe('vCard 4.0 and CSV exchange', () => {
    it('round-trips the directory through vCard: names, forms, titles with dates and organisations per language', async () => {
      const before = await service.list();
      const vcard = await service.exportFile('vcard');
      const unfolded = vcard.replace(/\r\n /g, '');
      expect(unfolded).toContain('FN;LANGUAGE=ru;ALTID=1;X-GENITIVE=Али Асадова;X-INSTRUMENTAL=Али Асадовым:Али Асадов');
      expect(unfolded).toMatch(/TITLE;LANGUAGE=en;ALTID=\d;X-FROM=2019-10-08:Prime Minister/);
      library.close();
      library = openLibrary(folder.path('other.sqlite'));
      service = createDirectoryService(library, { onBriefingCreated: (briefing) => briefing });
      expect(await service.importFile({ format: 'vcard', contents: vcard })).toEqual({ people: 2, organisations: 2 });
      const after = await service.list();
      const strip = ({ people, organisations }: typeof before) => ({
        people: people.map(({ revision: _revision, updatedAt: _updatedAt, ...person }) => person),
        organisations: organisations.map(({ revision: _revision, updatedAt: _updatedAt, ...organisation }) => organisation),
      });
      expect(strip(after)).toEqual(strip(before));
    });

    it('round-trips the directory through CSV, and a second import updates instead of duplicating', async () => {
      const csv = await service.exportFile('csv');
      expect(csv.split('\n')[0]).toContain('name@az');
      await service.removePerson(demoPeople[1]?.id ?? '');
      expect(await service.importFile({ format: 'csv', contents: csv })).toMatchObject({ people: 2 });
      const after = await service.list();
      expect(after.people).toHaveLength(2);
      expect(after.organisations).toHaveLength(2);
      const doreen = after.people.find((person) => person.names.en?.name === 'Doreen Bogdan-Martin');
      expect(doreen?.titles[0]).toMatchObject({ organisationId: demoOrganisations[1]?.id, from: '2023-01-01', to: null });
      expect(doreen?.titles[0]?.title.ru).toEqual({ title: 'Генеральный секретарь', forms: { genitive: 'Генерального секретаря', instrumental: 'Генеральным секретарём' } });
    });

    it('imports nothing from a bad file and names the line', async () => {
      const bad = 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN;LANGUAGE=en:New Person\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN;LANGUAGE=en:Other\r\nTITLE;LANGUAGE=en;X-FROM=21.11.2025:Minister\r\nEND:VCARD\r\n';
      await expect(service.importFile({ format: 'vcard', contents: bad })).rejects.toThrow('Line 8: X-FROM must be a date as YYYY-MM-DD, not "21.11.2025". Nothing was imported.');
      await expect(service.importFile({ format: 'vcard', contents: 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN;LANGUAGE=en:A\r\nthis is not vcard\r\nEND:VCARD\r\n' })).rejects.toThrow(/^Line 4: /);
      await expect(service.importFile({ format: 'csv', contents: 'name@en,title@en,from\nNew Person,Minister,2020-01-01\n"Broken,x\n' })).rejects.toThrow(/^Line 3: /);
      await expect(service.importFile({ format: 'csv', contents: 'name@en,rank\nA,1\n' })).rejects.toThrow('Line 1: "rank" is not a directory column');
      expect((await service.list()).people).toHaveLength(2);
    });
  });

  describe('calendar invitations', () => {
    it('makes a readout from an invite with a time zone: date and time where the meeting is, place, three attendees', async () => {
      const result = await service.importInvite({ contents: fixture('bilateral-meeting.ics'), language: 'ru' });
      if (result.kind !== 'created') throw new Error('expected a briefing');
      const { briefing } = result;
      expect(briefing.templateId).toBe('meeting-readout');
      expect(briefing.title).toBe('Bilateral meeting with the ITU Secretary-General');
      expect(briefing.fields).toMatchObject({ meetingDate: '2025-11-21', meetingTime: '15:00', location: 'Baku, Azerbaijan' });
      expect(briefing.participants.map(({ name, title, organisation, personId }) => ({ name, title, organisation, personId }))).toEqual([
        // Matched by e-mail (any case), then by a spelling in another language, then nobody.
        { name: 'Али Асадов', title: 'Премьер-министр', organisation: 'Азербайджанская Республика', personId: demoPeople[0]?.id },
        { name: 'Дорин Богдан-Мартин', title: 'Генеральный секретарь', organisation: 'Международный союз электросвязи', personId: demoPeople[1]?.id },
        { name: 'Jane Smith', title: '', organisation: '', personId: undefined },
      ]);
      expect(briefing.participants[1]?.forms?.title?.instrumental).toBe('Генеральным секретарём');
      expect(result).toMatchObject({ matched: 2, unmatched: ['Jane Smith'] });
      expect(created.map((briefing) => briefing.id)).toEqual([briefing.id]);
      expect(library.briefings.get(briefing.id).participants).toHaveLength(3);
    });

    it('converts a UTC time to the calendar’s own zone', async () => {
      const utc = fixture('bilateral-meeting.ics')
        .replace('DTSTART;TZID=Asia/Baku:20251121T150000', 'DTSTART:20251121T110000Z')
        .replace('METHOD:REQUEST', 'METHOD:REQUEST\r\nX-WR-TIMEZONE:Asia/Baku');
      const result = await service.importInvite({ contents: utc });
      expect(result.kind === 'created' && result.briefing.fields).toMatchObject({ meetingDate: '2025-11-21', meetingTime: '15:00' });
    });

    it('asks which occurrence of a recurring event, then takes that one as moved', async () => {
      const contents = fixture('weekly-briefing.ics');
      const asked = await service.importInvite({ contents });
      expect(asked).toEqual({
        kind: 'choose-occurrence',
        summary: 'Weekly press briefing',
        occurrences: [
          { recurrenceId: '2025-10-20T10:00:00', start: '2025-10-20 10:00' },
          { recurrenceId: '2025-10-27T10:00:00', start: '2025-10-27 14:30' },
          { recurrenceId: '2025-11-03T10:00:00', start: '2025-11-03 10:00' },
          { recurrenceId: '2025-11-10T10:00:00', start: '2025-11-10 10:00' },
        ],
      });
      expect(library.briefings.list({})).toHaveLength(0);
      const moved = await service.importInvite({ contents, occurrence: '2025-10-27T10:00:00', templateId: 'press-conference-note' });
      if (moved.kind !== 'created') throw new Error('expected a briefing');
      expect(moved.briefing.templateId).toBe('press-conference-note');
      expect(moved.briefing.fields).toMatchObject({ startsAt: '2025-10-27T14:30', place: 'Brussels' });
    });

    it('refuses a file that is not an invitation, and makes nothing', async () => {
      await expect(service.importInvite({ contents: 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:x\r\nEND:VCARD\r\n' })).rejects.toThrow('This calendar invitation could not be imported: it is not an iCalendar (.ics) file.');
      await expect(service.importInvite({ contents: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n' })).rejects.toThrow(/it holds no event/);
      await expect(service.importInvite({ contents: fixture('weekly-briefing.ics'), occurrence: '2030-01-01T10:00:00' })).rejects.toThrow(/no occurrence at 2030-01-01T10:00:00/);
      expect(library.briefings.list({})).toHaveLength(0);
    });
  });
});

describe('search by person', () => {
  const folder = testLibraryFolder();

  it('finds a briefing that spells a directory person one way from any other spelling', async () => {
    const { createServices } = await import('./create-services');
    const { createTestServiceHost } = await import('../../tests/support/test-service-host');
    const library = openLibrary(folder.path(), { seedDemo: true });
    const host = createTestServiceHost();
    try {
      const services = createServices(library, host);
      const russian = await services.briefings.create({ templateId: 'press-release', title: 'Али Асадов провёл встречу', language: 'ru' });
      const titles = async (text: string) => (await services.briefings.search({ text })).hits.map((hit) => hit.title).sort();
      // The demo readout spells him "Ali Asadov", the Russian release "Али Асадов".
      expect(await titles('Əsədov')).toEqual([russian.title, 'Prime Minister Ali Asadov meets ITU Secretary-General Doreen Bogdan-Martin'].sort());
      expect(await titles('асадов')).toHaveLength(2);
      expect(await titles('esedov')).toHaveLength(2);
      // Words that name nobody in the directory search as before.
      expect(await titles('встречу')).toEqual([russian.title]);
    } finally {
      library.close();
      await host.close();
    }
  });
});
