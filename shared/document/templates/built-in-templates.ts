import type { BriefingTemplate } from '../template';
import { blankTemplate } from './blank';
import { meetingReadoutTemplate } from './meeting-readout';
import { pressConferenceNoteTemplate } from './press-conference-note';
import { pressReleaseTemplate } from './press-release';
import { talkingPointsTemplate } from './talking-points';

/** The templates that ship with the app, in the order the "New briefing" menu shows them. */
export const builtInTemplates: readonly BriefingTemplate[] = [
  meetingReadoutTemplate,
  pressReleaseTemplate,
  talkingPointsTemplate,
  pressConferenceNoteTemplate,
  blankTemplate,
];

export function findBuiltInTemplate(id: string): BriefingTemplate | undefined {
  return builtInTemplates.find((template) => template.id === id);
}
