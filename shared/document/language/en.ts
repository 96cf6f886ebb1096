import type { DocumentStrings } from './document-strings';

export const en: DocumentStrings = {
  languageName: 'English',
  templates: {
    'meeting-readout': {
      lede: { heading: 'Lede', guidance: 'One sentence: on the meeting date, the host (title, country, name) met with the guest (title, organisation, name).' },
      occasion: { heading: 'Occasion', guidance: 'Why the meeting took place and why it matters.' },
      'topics-discussed': { heading: 'Topics discussed', guidance: 'The subjects the sides discussed.' },
      'key-messages': { heading: 'Key messages', guidance: 'What the host side underlined.' },
      'agreed-points': { heading: 'Agreed points', guidance: 'What the sides agreed, one point per line.' },
      'follow-up': { heading: 'Follow-up', guidance: 'Next steps and other items on the agenda.' },
    },
    'press-release': {
      body: { heading: 'Body', guidance: 'The news in the first paragraph: who, what, when, where, why. Details follow in order of importance.' },
      quotes: { heading: 'Quotes', guidance: 'One paragraph per quote: the words in quotation marks, then who said them and their title.' },
      about: { heading: 'About', guidance: 'The standing paragraph about the organisation.' },
      'end-mark': { heading: 'End', guidance: '###' },
    },
    'talking-points': {
      'key-messages': { heading: 'Key messages', guidance: 'The three or four points to land, one per line.' },
      'questions-and-answers': { heading: 'Anticipated questions', guidance: 'Each question as a subheading, the answer below it.' },
      'do-not-say': { heading: 'Do not say', guidance: 'Lines to avoid, one per line.' },
    },
    'press-conference-note': {
      'opening-statement': { heading: 'Opening statement', guidance: 'What the main speaker said at the start.' },
      'key-announcements': { heading: 'Key announcements', guidance: 'The news made, one point per line.' },
      'questions-and-answers': { heading: 'Q&A log', guidance: 'Each question (with the outlet that asked it) as a subheading, the answer below it.' },
    },
    blank: { body: { heading: '', guidance: 'Start writing…' } },
  },
  participants: {
    heading: 'Participants',
    columns: { name: 'Name', title: 'Title', organisation: 'Organisation', side: 'Side', role: 'Role' },
    sides: { host: 'Host', guest: 'Guest', other: 'Other' },
  },
  release: { immediate: 'FOR IMMEDIATE RELEASE', embargoed: 'EMBARGOED', embargoedUntil: 'EMBARGOED UNTIL {until}' },
  options: {
    releaseLine: { immediate: 'For immediate release', embargoed: 'Embargoed' },
    classification: { public: 'Public', official: 'Official', restricted: 'Restricted', confidential: 'Confidential' },
  },
  classification: { official: 'OFFICIAL', restricted: 'RESTRICTED', confidential: 'CONFIDENTIAL' },
  draftMark: 'DRAFT',
  pageOf: 'Page {page} of {pages}',
  contact: { contactName: 'Media contact', contactPhone: 'Contact phone', contactEmail: 'Contact e-mail' },
  plainText: { listSeparator: ', ', bullet: '-', photo: 'Photo' },
};
