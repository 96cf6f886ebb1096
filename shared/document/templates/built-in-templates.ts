import type { BriefingTemplate } from '../template';
import { blankTemplate } from './blank';
import { meetingReadoutTemplate } from './meeting-readout';

/** The templates that ship with the app, in the order the "New briefing" menu shows them. */
export const builtInTemplates: readonly BriefingTemplate[] = [meetingReadoutTemplate, blankTemplate];

export function findBuiltInTemplate(id: string): BriefingTemplate | undefined {
  return builtInTemplates.find((template) => template.id === id);
}
