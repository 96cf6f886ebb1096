import { newBriefingContent, type BriefingContent } from '../../shared/document/new-briefing';
import { findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import { ServiceError } from '../../shared/ipc/ipc-result';

/** The ServiceError an action throws; fails the test if it throws nothing or something else. */
export function thrownBy(action: () => unknown): ServiceError {
  try {
    action();
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('expected a ServiceError');
}

/** The content of a new, empty briefing from a built-in template. */
export function templateContent(templateId = 'meeting-readout'): BriefingContent {
  const template = findBuiltInTemplate(templateId);
  if (!template) throw new Error(`template ${templateId} missing`);
  return newBriefingContent(template);
}
