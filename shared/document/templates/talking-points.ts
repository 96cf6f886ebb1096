import type { BriefingTemplate } from '../template';

/** Talking points for a principal: key messages, expected questions with answers, and lines not to use. */
export const talkingPointsTemplate: BriefingTemplate = {
  id: 'talking-points',
  name: 'Talking points and Q&A',
  description: 'Key messages, anticipated questions with answers, and do-not-say lines.',
  builtIn: true,
  defaultLanguage: 'en',
  defaultTitle: 'Talking points',
  fields: [
    { id: 'occasion', type: 'text', label: 'Occasion', required: true },
    { id: 'eventDate', type: 'date', label: 'Date', required: false },
    { id: 'audience', type: 'text', label: 'Audience', required: false },
    { id: 'speaker', type: 'person', label: 'For', required: false },
  ],
  eventDateField: 'eventDate',
  hasParticipants: false,
  sections: [
    {
      id: 'key-messages',
      heading: 'Key messages',
      guidance: 'The three or four points to land, one per line.',
      required: true,
      locked: true,
      start: { block: 'list-item', listType: 'numbered' },
    },
    {
      id: 'questions-and-answers',
      heading: 'Anticipated questions',
      guidance: 'Each question as a subheading, the answer below it.',
      required: false,
      locked: false,
      start: { block: 'heading', level: 3 },
    },
    {
      id: 'do-not-say',
      heading: 'Do not say',
      guidance: 'Lines to avoid, one per line.',
      required: false,
      locked: false,
      start: { block: 'list-item', listType: 'bulleted' },
    },
  ],
};
