import type { BriefingTemplate } from '../template';
import { releaseFields } from './release-fields';

/** A press release: headline, dateline, body, quotes, boilerplate and media contact. */
export const pressReleaseTemplate: BriefingTemplate = {
  id: 'press-release',
  name: 'Press release',
  description: 'Headline, dateline, release line, body, quotes, "About" and media contact.',
  builtIn: true,
  defaultLanguage: 'en',
  defaultTitle: 'Press release',
  fields: [
    { id: 'subHeadline', type: 'text', label: 'Sub-headline', required: false },
    { id: 'datelinePlace', type: 'text', label: 'Dateline place', required: true, help: 'The city the release is issued from, e.g. "Baku"' },
    { id: 'releaseDate', type: 'date', label: 'Release date', required: true },
    ...releaseFields,
    { id: 'contactName', type: 'text', label: 'Media contact', required: true },
    { id: 'contactPhone', type: 'phone', label: 'Contact phone', required: false },
    { id: 'contactEmail', type: 'email', label: 'Contact e-mail', required: true },
  ],
  eventDateField: 'releaseDate',
  hasParticipants: false,
  sections: [
    {
      id: 'body',
      heading: 'Body',
      guidance: 'The news in the first paragraph: who, what, when, where, why. Details follow in order of importance.',
      required: true,
      locked: true,
      start: { block: 'paragraph' },
    },
    {
      id: 'quotes',
      heading: 'Quotes',
      guidance: 'One paragraph per quote: the words in quotation marks, then who said them and their title.',
      required: false,
      locked: false,
      start: { block: 'paragraph' },
    },
    {
      id: 'about',
      heading: 'About',
      guidance: 'The standing paragraph about the organisation.',
      required: false,
      locked: false,
      start: { block: 'paragraph' },
    },
    {
      id: 'end-mark',
      heading: 'End',
      guidance: '###',
      required: false,
      locked: false,
      start: { block: 'paragraph' },
    },
  ],
};
