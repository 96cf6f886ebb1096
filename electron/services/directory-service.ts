import type { Briefing } from '../../shared/document/briefing';
import { newBriefingContent } from '../../shared/document/new-briefing';
import type { DirectoryService } from '../../shared/ipc/directory-service';
import { ServiceError } from '../../shared/ipc/ipc-result';
import { applyImport } from '../directory/directory-import';
import { parseDirectoryCsv, writeDirectoryCsv } from '../directory/csv-codec';
import { participantsFromAttendees, readInvite } from '../directory/invite-import';
import { parseVcards, writeVcards } from '../directory/vcard-codec';
import { DirectoryStore } from '../storage/directory-store';
import type { Library } from '../storage/library';

export interface DirectoryServiceOptions {
  /** Tells the shell a briefing was made (an imported invitation), as every other creation does. */
  onBriefingCreated(briefing: Briefing): Briefing;
  clock?: () => Date;
}

/** The directory over the library's open database (a restored backup brings its own directory). */
export function directoryStore(library: Library, clock?: () => Date): DirectoryStore {
  return new DirectoryStore(library.database, clock);
}

const defaultInviteTemplate = 'meeting-readout';

/** The directory service: people and organisations, their exchange files, and calendar invitations into briefings. */
export function createDirectoryService(library: Library, options: DirectoryServiceOptions): DirectoryService {
  const store = () => directoryStore(library, options.clock);
  return {
    list: async () => store().list(),
    savePerson: async ({ id, baseRevision, person }) => {
      if (id === undefined) return store().createPerson(person);
      if (baseRevision === undefined) throw new ServiceError('invalid-argument', { id: 'errors.revisionNeeded', values: { what: 'person' } });
      return store().updatePerson(id, baseRevision, person);
    },
    removePerson: async (id) => store().removePerson(id),
    saveOrganisation: async ({ id, baseRevision, organisation }) => {
      if (id === undefined) return store().createOrganisation(organisation);
      if (baseRevision === undefined) throw new ServiceError('invalid-argument', { id: 'errors.revisionNeeded', values: { what: 'organisation' } });
      return store().updateOrganisation(id, baseRevision, organisation);
    },
    removeOrganisation: async (id) => store().removeOrganisation(id),
    importFile: async ({ format, contents }) => applyImport(store(), format === 'vcard' ? parseVcards(contents) : parseDirectoryCsv(contents)),
    exportFile: async (format) => (format === 'vcard' ? writeVcards(store().list()) : writeDirectoryCsv(store().list())),
    importInvite: async ({ contents, templateId, occurrence, language }) => {
      const invite = readInvite(contents, occurrence);
      if (invite.kind === 'choose-occurrence') return invite;
      const { details } = invite;
      const template = library.templates.get(templateId ?? defaultInviteTemplate);
      const content = newBriefingContent(template, details.summary || 'Meeting');
      const briefingLanguage = language ?? content.language;
      const fields = { ...content.fields };
      const dateField = template.fields.find((field) => field.type === 'date');
      const timeField = template.fields.find((field) => field.type === 'time');
      const dateTimeField = template.fields.find((field) => field.type === 'date-time');
      const locationField = template.fields.find((field) => ['location', 'place', 'venue'].includes(field.id));
      if (dateField) fields[dateField.id] = details.date;
      if (timeField && details.time !== null) fields[timeField.id] = details.time;
      if (dateTimeField && !dateField) fields[dateTimeField.id] = `${details.date}T${details.time ?? '00:00'}`;
      if (locationField && details.location !== '') fields[locationField.id] = details.location;
      const { participants, unmatched } = participantsFromAttendees(details.attendees, store().list(), briefingLanguage, details.date);
      const briefing = library.briefings.create({ ...content, language: briefingLanguage, fields, participants });
      return { kind: 'created', briefing: options.onBriefingCreated(briefing), matched: participants.length - unmatched.length, unmatched };
    },
  };
}
