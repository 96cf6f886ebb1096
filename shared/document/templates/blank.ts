import type { BriefingTemplate } from '../template';

/** A title and a free body, for anything the other templates do not fit. */
export const blankTemplate: BriefingTemplate = {
  id: 'blank',
  name: 'Blank briefing',
  description: 'A title and a free body.',
  builtIn: true,
  defaultLanguage: 'en',
  defaultTitle: 'Untitled briefing',
  fields: [],
  eventDateField: null,
  hasParticipants: false,
  sections: [
    {
      id: 'body',
      heading: '',
      guidance: 'Start writing…',
      required: false,
      locked: true,
      start: { block: 'paragraph' },
    },
  ],
};
