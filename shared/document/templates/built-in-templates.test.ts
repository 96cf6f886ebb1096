import { describe, expect, it } from 'vitest';
import { briefingSchema } from '../briefing';
import { demoBriefingContent } from '../demo-briefing';
import { newBriefingContent } from '../new-briefing';
import { briefingTemplateSchema } from '../template';
import { builtInTemplates, findBuiltInTemplate } from './built-in-templates';

function asBriefing(content: ReturnType<typeof newBriefingContent>) {
  const now = new Date().toISOString();
  return { ...content, id: crypto.randomUUID(), status: 'draft', createdAt: now, updatedAt: now, revision: 1 };
}

describe('built-in templates', () => {
  it.each(builtInTemplates.map((template) => [template.id, template] as const))('%s is a valid template', (_id, template) => {
    expect(() => briefingTemplateSchema.parse(template)).not.toThrow();
  });

  it.each(builtInTemplates.map((template) => [template.id, template] as const))(
    'a new briefing from %s is a valid briefing with one section per template section',
    (_id, template) => {
      const briefing = briefingSchema.parse(asBriefing(newBriefingContent(template)));
      expect(briefing.body.map((section) => section.sectionId)).toEqual(template.sections.map((section) => section.id));
    },
  );

  it('starts the agreed points of a meeting readout as a numbered list', () => {
    const template = findBuiltInTemplate('meeting-readout');
    if (!template) throw new Error('meeting readout template missing');
    const agreed = newBriefingContent(template).body.find((section) => section.sectionId === 'agreed-points');
    expect(agreed?.children[0]).toMatchObject({ type: 'list-item', listType: 'numbered', indent: 0 });
  });

  it('rejects a template whose event date field is not a date', () => {
    const template = { ...builtInTemplates[0], eventDateField: 'location' };
    expect(briefingTemplateSchema.safeParse(template).success).toBe(false);
  });
});

describe('demo briefing', () => {
  it('is a valid meeting readout carrying the sample facts', () => {
    const template = findBuiltInTemplate('meeting-readout');
    if (!template) throw new Error('meeting readout template missing');
    const briefing = briefingSchema.parse(asBriefing(demoBriefingContent(template)));
    expect(briefing.fields.meetingDate).toBe('2025-11-21');
    expect(briefing.participants.map((participant) => participant.name)).toEqual(['Ali Asadov', 'Doreen Bogdan-Martin']);
    const agreed = briefing.body.find((section) => section.sectionId === 'agreed-points');
    expect(agreed?.children).toHaveLength(4);
    expect(agreed?.children.every((block) => block.type === 'list-item' && block.listType === 'numbered')).toBe(true);
  });
});
