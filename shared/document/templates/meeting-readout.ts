import type { BriefingTemplate } from '../template';
import { releaseFields } from './release-fields';

/** Readout of a bilateral or multilateral meeting. */
export const meetingReadoutTemplate: BriefingTemplate = {
  id: 'meeting-readout',
  name: 'Meeting readout',
  description: 'Readout of a bilateral or multilateral meeting: who met whom, what was discussed and agreed.',
  builtIn: true,
  defaultLanguage: 'en',
  defaultTitle: 'Meeting readout',
  fields: [
    { id: 'meetingDate', type: 'date', label: 'Meeting date', required: true },
    { id: 'meetingTime', type: 'time', label: 'Time', required: false },
    { id: 'location', type: 'text', label: 'Location', required: true, help: 'City and country, e.g. "Baku, Azerbaijan"' },
    { id: 'occasion', type: 'long-text', label: 'Occasion', required: false },
    { id: 'host', type: 'person', label: 'Host', required: true },
    { id: 'guest', type: 'person', label: 'Guest', required: true },
    ...releaseFields,
    {
      id: 'classification',
      type: 'select',
      label: 'Classification',
      required: false,
      options: [
        { value: 'public', label: 'Public' },
        { value: 'official', label: 'Official' },
        { value: 'restricted', label: 'Restricted' },
        { value: 'confidential', label: 'Confidential' },
      ],
      defaultValue: 'public',
    },
    { id: 'source', type: 'text', label: 'Source credited', required: false },
  ],
  eventDateField: 'meetingDate',
  hasParticipants: true,
  sections: [
    {
      id: 'lede',
      heading: 'Lede',
      guidance: 'One sentence: on the meeting date, the host (title, country, name) met with the guest (title, organisation, name).',
      required: true,
      locked: true,
      start: { block: 'paragraph' },
    },
    {
      id: 'occasion',
      heading: 'Occasion',
      guidance: 'Why the meeting took place and why it matters.',
      required: false,
      locked: false,
      start: { block: 'paragraph' },
    },
    {
      id: 'topics-discussed',
      heading: 'Topics discussed',
      guidance: 'The subjects the sides discussed.',
      required: false,
      locked: false,
      start: { block: 'paragraph' },
    },
    {
      id: 'key-messages',
      heading: 'Key messages',
      guidance: 'What the host side underlined.',
      required: false,
      locked: false,
      start: { block: 'paragraph' },
    },
    {
      id: 'agreed-points',
      heading: 'Agreed points',
      guidance: 'What the sides agreed, one point per line.',
      required: true,
      locked: true,
      start: { block: 'list-item', listType: 'numbered' },
    },
    {
      id: 'follow-up',
      heading: 'Follow-up',
      guidance: 'Next steps and other items on the agenda.',
      required: false,
      locked: false,
      start: { block: 'paragraph' },
    },
  ],
  // Each language's lede is written by its grammar (language/meeting-lede.ts); the pattern is for copies of this template without its fields.
  lede: {
    sectionId: 'lede',
    patterns: {
      en: 'On {meetingDate}, {host.title} of the {host.organisation} {host.name} met with {guest.title} of the {guest.organisation} {guest.name} in {location}.',
    },
  },
};
