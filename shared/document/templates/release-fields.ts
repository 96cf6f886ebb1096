import type { FieldDefinition } from '../template';

/** The release line every outgoing template carries: immediate, or embargoed until a moment still ahead. */
export const releaseFields: FieldDefinition[] = [
  {
    id: 'releaseLine',
    type: 'select',
    label: 'Release',
    required: true,
    options: [
      { value: 'immediate', label: 'For immediate release' },
      { value: 'embargoed', label: 'Embargoed' },
    ],
    defaultValue: 'immediate',
  },
  {
    id: 'embargoUntil',
    type: 'date-time',
    label: 'Embargoed until',
    required: false,
    requiredWhen: { field: 'releaseLine', equals: 'embargoed' },
    mustBeFuture: true,
  },
];
