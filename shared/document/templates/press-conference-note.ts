import type { BriefingTemplate } from '../template';

/** A note of a press conference: who spoke, what they announced and what was asked. */
export const pressConferenceNoteTemplate: BriefingTemplate = {
  id: 'press-conference-note',
  name: 'Press conference note',
  description: 'Event, speakers, opening statement, key announcements and the Q&A log.',
  builtIn: true,
  defaultLanguage: 'en',
  defaultTitle: 'Press conference note',
  fields: [
    { id: 'event', type: 'text', label: 'Event', required: true },
    { id: 'startsAt', type: 'date-time', label: 'Date and time', required: true },
    { id: 'place', type: 'text', label: 'Place', required: true },
  ],
  eventDateField: null,
  hasParticipants: true,
  sections: [
    {
      id: 'opening-statement',
      heading: 'Opening statement',
      guidance: 'What the main speaker said at the start.',
      required: true,
      locked: true,
      start: { block: 'paragraph' },
    },
    {
      id: 'key-announcements',
      heading: 'Key announcements',
      guidance: 'The news made, one point per line.',
      required: false,
      locked: false,
      start: { block: 'list-item', listType: 'numbered' },
    },
    {
      id: 'questions-and-answers',
      heading: 'Q&A log',
      guidance: 'Each question (with the outlet that asked it) as a subheading, the answer below it.',
      required: false,
      locked: false,
      start: { block: 'heading', level: 3 },
    },
  ],
};
