import { describe, expect, it } from 'vitest';
import { demoBriefingContent } from './demo-briefing';
import { newBriefingContent } from './new-briefing';
import { findBuiltInTemplate } from './templates/built-in-templates';
import { validateBriefing } from './validate-briefing';
import { createTranslator } from '../i18n/translator';

function template(id: string) {
  const found = findBuiltInTemplate(id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
}

const now = new Date(2025, 10, 20, 12, 0);

describe('validateBriefing', () => {
  it('finds nothing wrong with the sample meeting readout', () => {
    expect(validateBriefing(demoBriefingContent(template('meeting-readout')), template('meeting-readout'), now)).toEqual([]);
  });

  it('lists every missing required field and empty required section of a new readout', () => {
    const readout = template('meeting-readout');
    const issues = validateBriefing(newBriefingContent(readout), readout, now);
    expect(issues.filter((issue) => issue.fieldId).map((issue) => issue.message)).toEqual([
      'Meeting date is required.',
      'Location is required.',
      'Host: a name is required.',
      'Guest: a name is required.',
    ]);
    expect(issues.filter((issue) => issue.sectionId).map((issue) => issue.sectionId)).toEqual(['lede', 'agreed-points']);
  });

  it('writes its messages in the language it is given, for a window in Azerbaijani or Russian', () => {
    const readout = template('meeting-readout');
    const messages = (language: 'az' | 'ru') =>
      validateBriefing(newBriefingContent(readout), readout, now, createTranslator(language)).map((issue) => issue.message);
    expect(messages('az')).toContain('“Meeting date” sahəsi doldurulmalıdır.');
    expect(messages('az')).toContain('Host: ad göstərilməlidir.');
    expect(messages('ru')).toContain('Поле «Meeting date» обязательно для заполнения.');
    expect(messages('ru').some((message) => /^Раздел «.+» пуст\.$/u.test(message))).toBe(true);
  });

  it('flags a bad e-mail, a bad phone number and an impossible date', () => {
    const release = template('press-release');
    const content = newBriefingContent(release);
    const issues = validateBriefing(
      { ...content, fields: { ...content.fields, contactEmail: 'press office@mfa', contactPhone: 'call us', releaseDate: '2025-04-31' } },
      release,
      now,
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        { kind: 'invalid', fieldId: 'contactEmail', message: 'Contact e-mail is not a valid e-mail address.' },
        { kind: 'invalid', fieldId: 'contactPhone', message: 'Contact phone is not a valid phone number.' },
        { kind: 'invalid', fieldId: 'releaseDate', message: 'Release date is not a valid date.' },
      ]),
    );
  });

  it('requires an embargo time only when embargoed, and refuses one in the past', () => {
    const release = template('press-release');
    const content = newBriefingContent(release);
    const embargoIssues = (fields: Record<string, string | null>) =>
      validateBriefing({ ...content, fields: { ...content.fields, ...fields } }, release, now).filter((issue) => issue.fieldId === 'embargoUntil');
    expect(embargoIssues({ releaseLine: 'immediate' })).toEqual([]);
    expect(embargoIssues({ releaseLine: 'embargoed' })).toEqual([{ kind: 'missing', fieldId: 'embargoUntil', message: 'Embargoed until is required.' }]);
    expect(embargoIssues({ releaseLine: 'embargoed', embargoUntil: '2025-11-20T11:59' })).toEqual([
      { kind: 'invalid', fieldId: 'embargoUntil', message: 'Embargoed until is in the past.' },
    ]);
    expect(embargoIssues({ releaseLine: 'embargoed', embargoUntil: '2025-11-21T09:00' })).toEqual([]);
  });

  it('flags a field reference whose field is empty, once per section', () => {
    const readout = template('meeting-readout');
    const content = demoBriefingContent(readout);
    const lede = content.body[0];
    if (!lede) throw new Error('no lede');
    lede.children = [
      {
        type: 'paragraph',
        children: [
          { text: 'On ' },
          { type: 'field-ref', fieldId: 'meetingTime', children: [{ text: '' }] },
          { text: ' and ' },
          { type: 'field-ref', fieldId: 'meetingTime', children: [{ text: '' }] },
          { text: ', ' },
          { type: 'field-ref', fieldId: 'host', part: 'name', children: [{ text: '' }] },
          { text: '.' },
        ],
      },
    ];
    expect(validateBriefing(content, readout, now)).toEqual([{ kind: 'empty-reference', sectionId: 'lede', fieldId: 'meetingTime', message: '“Lede” refers to Time, which is empty.' }]);
  });
});
