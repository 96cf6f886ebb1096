import type { BriefingBody } from '../../shared/document/briefing-body';
import { writeBriefingFile } from '../../shared/document/briefing-file';
import { defaultAppSettings } from '../../shared/document/app-settings';
import type { ServiceName, Services } from '../../shared/ipc/contract';
import { sampleBriefing } from '../fixtures/export/sample-briefings';

const briefingId = '6f1c2d3e-4b5a-4c6d-8e7f-8091a2b3c4d5';
const otherId = '0a1b2c3d-4e5f-4a6b-9c7d-8e9fa0b1c2d3';

/** A small body with every kind of block, inline and mark the schema allows. */
export const everyElementBody: BriefingBody = [
  {
    type: 'section',
    sectionId: 'lede',
    heading: 'Lede',
    guidance: 'Who met whom, when and where.',
    required: true,
    locked: true,
    children: [
      {
        type: 'paragraph',
        children: [
          { text: 'On ' },
          { type: 'field-ref', fieldId: 'meetingDate', children: [{ text: '' }] },
          { text: ', ', bold: true, italic: true },
          { type: 'field-ref', fieldId: 'host', part: 'name', children: [{ text: '' }] },
          { text: ' met ' },
          { type: 'link', url: 'https://www.itu.int/', children: [{ text: 'ITU', underline: true }] },
          { text: ' — Əliyev, Бакинский, 🇦🇿 ', strikethrough: true },
          { text: '2', superscript: true },
          { text: 'x', subscript: true },
        ],
      },
      { type: 'heading', level: 3, children: [{ text: 'Topics' }] },
      { type: 'list-item', listType: 'numbered', indent: 0, children: [{ text: 'Digital transformation' }] },
      { type: 'list-item', listType: 'bulleted', indent: 2, children: [{ text: 'Cybersecurity' }] },
      { type: 'block-quote', children: [{ text: '“Quoted words”' }] },
      { type: 'page-break', children: [{ text: '' }] },
      { type: 'horizontal-rule', children: [{ text: '' }] },
    ],
  },
];

const briefingFileText = writeBriefingFile(sampleBriefing('meeting-readout'), new Date('2025-11-21T10:00:00.000Z'), 'Meeting readout');

/**
 * One valid argument list for every method of the contract: the starting
 * point the fuzzer mutates. Typed over `Services`, so a method added to the
 * contract without an example here does not compile.
 */
export const validArguments: { [Name in ServiceName]: Record<keyof Services[Name], unknown[]> } = {
  briefings: {
    list: [{ trashed: false }],
    get: [briefingId],
    create: [{ templateId: 'meeting-readout', title: 'Görüş: Bakı', language: 'az' }],
    save: [
      {
        id: briefingId,
        baseRevision: 3,
        title: 'Readout',
        language: 'en',
        fields: { meetingDate: '2025-11-21', host: { name: 'Ali Asadov', title: 'Prime Minister', organisation: 'Republic of Azerbaijan' } },
        participants: [{ id: 'p1', name: 'Doreen Bogdan-Martin', title: 'Secretary-General', organisation: 'ITU', side: 'guest', role: '' }],
        body: everyElementBody,
      },
    ],
    moveToTrash: [briefingId],
    search: [
      {
        text: 'ilham əliyev',
        trashed: false,
        templateId: 'meeting-readout',
        status: 'draft',
        language: 'en',
        eventFrom: '2025-01-01',
        eventTo: '2025-12-31',
        organisation: 'ITU',
        sort: 'relevance',
        limit: 20,
      },
    ],
    organisations: [],
    restoreFromTrash: [briefingId],
    deleteForever: [briefingId],
    duplicate: [briefingId],
    exportFile: [briefingId],
    importFile: [briefingFileText],
    saveFile: [briefingId],
    openFile: [],
    changeStatus: [{ id: briefingId, baseRevision: 3, status: 'draft', reason: 'Facts to check' }],
  },
  templates: {
    list: [],
    get: ['meeting-readout'],
    saveFromBriefing: [{ briefingId, name: 'Bilateral readout', keepContent: true, language: 'az' }],
    rename: [{ id: 'user-1', name: 'Readout (bilateral)' }],
    remove: ['user-1'],
    restore: ['user-1'],
  },
  lifecycle: { closeWindow: [], showingBriefing: [briefingId], openInNewWindow: [briefingId], recentBriefings: [] },
  settings: {
    get: [],
    update: [{ ...defaultAppSettings, organisationName: 'Ministry of Digital Development', organisationLogo: { mediaType: 'image/png', base64: 'iVBORw0KGgo=' } }],
  },
  export: {
    toFile: [{ briefingId, format: 'docx', options: { pageSize: 'A4', includeParticipants: true, draftMark: false } }],
    familyToFiles: [{ briefingId, format: 'pdf', options: { pageSize: 'A4', includeParticipants: true, draftMark: true } }],
    copyAsFormattedText: [briefingId],
    previewPdf: [{ briefingId, format: 'pdf', options: { pageSize: 'Letter', includeParticipants: false, draftMark: true } }],
    openExported: ['/tmp/Readout.pdf'],
    showExportedInFolder: ['/tmp/Readout.pdf'],
  },
  history: {
    list: [briefingId],
    get: [1],
    saveVersion: [{ briefingId, label: 'Sent to the minister' }],
    restore: [2],
  },
  library: {
    status: [],
    recover: ['start-empty'],
    backups: [],
    backUp: [],
    restoreBackup: ['library-2025-11-21.sqlite'],
    check: [],
  },
  shell: { openLink: ['mailto:press@example.gov.az'], setSpellcheckLanguage: ['az-Latn'] },
  import: {
    previewDocx: [],
    createFromDocx: [{ previewId: otherId, templateId: 'blank' }],
    discardDocx: [otherId],
  },
  directory: {
    list: [],
    savePerson: [
      {
        person: {
          names: { en: { name: 'Ali Asadov' }, ru: { name: 'Али Асадов', forms: { genitive: 'Али Асадова' } } },
          titles: [{ organisationId: null, from: '2019-10-08', to: null, title: { en: { title: 'Prime Minister' } } }],
        },
      },
    ],
    removePerson: [otherId],
    saveOrganisation: [{ id: otherId, baseRevision: 2, organisation: { names: { en: { name: 'International Telecommunication Union', short: 'ITU' } }, englishTakesThe: true } }],
    removeOrganisation: [otherId],
    importFile: [{ format: 'vcard', contents: 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN;LANGUAGE=en:Ali Asadov\r\nEND:VCARD\r\n' }],
    exportFile: ['csv'],
    importInvite: [{ contents: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', templateId: 'meeting-readout', language: 'ru' }],
  },
  versions: {
    versionsOf: [briefingId],
    translate: [{ briefingId, language: 'en' }],
    markUpToDate: [{ briefingId, sectionId: 'discussion' }],
    changeFamilyStatus: [{ briefingId, status: 'approved', reason: 'Signed off by the minister' }],
  },
  spelling: { acceptedWords: [], addWord: ['Bogdan-Martin'], removeWord: ['görüşmələr'], libraryLanguages: [] },
  // A 1×1 PNG; the fuzzer's changes to it are refused as unreadable pictures.
  pictures: {
    choosePicture: [],
    addPicture: ['iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC'],
    pictureBytes: ['0'.repeat(64)],
    describePictures: [['0'.repeat(64)]],
  },
  // Port 9 on loopback: refused at once, so a fuzzed connect never waits for a server or leaves this computer.
  team: {
    status: [],
    testConnection: [{ url: 'postgres://leyla@127.0.0.1:9/press', password: 'secret' }],
    connect: [{ url: 'postgres://leyla@127.0.0.1:9/press' }],
    sync: [],
    conflicts: [],
    resolve: [briefingId, 'mine'],
    deleteForever: [briefingId],
    disconnect: [],
    addPerson: [{ login: 'murad', role: 'author', office: 'baku', password: 'a long password' }],
    changePerson: [{ login: 'murad', role: 'reviewer', office: 'ganja' }],
    removePerson: ['murad'],
    people: [],
  },
};
