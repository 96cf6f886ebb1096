import { describe, expect, it } from 'vitest';
import { briefingStatuses } from './briefing';
import { sampleBriefing } from '../../tests/fixtures/export/sample-briefings';
import { findBuiltInTemplate } from './templates/built-in-templates';
import { commentOnQuote } from './comment-on-quote';
import { setThreadResolved } from './comments';
import { findTransition, isLockedStatus, needsDraftMark, reviewGateProblem, transitionsFrom } from './workflow';
import { english } from '../i18n/english';
import { createTranslator } from '../i18n/translator';
import { sayLocalised, type LocalisedMessage } from '../ipc/ipc-result';

const said = (message: LocalisedMessage | undefined) => message && sayLocalised(english, message);

describe('workflow', () => {
  it('moves forward one step at a time: draft → in review → approved → released', () => {
    expect(transitionsFrom('draft').map((transition) => transition.to)).toEqual(['in-review']);
    expect(transitionsFrom('in-review').map((transition) => transition.to)).toEqual(['approved', 'draft']);
    expect(transitionsFrom('approved').map((transition) => transition.to)).toEqual(['released', 'draft']);
    expect(transitionsFrom('released').map((transition) => transition.to)).toEqual(['draft']);
    expect(findTransition('draft', 'released')).toBeUndefined();
    expect(findTransition('draft', 'approved')).toBeUndefined();
  });

  it('asks for a reason whenever a briefing goes back to draft, and only then', () => {
    for (const status of briefingStatuses) {
      for (const transition of transitionsFrom(status)) expect(transition.needsReason, `${transition.from} → ${transition.to}`).toBe(transition.to === 'draft');
    }
  });

  it('locks approved and released briefings, and marks everything else as a draft on export', () => {
    expect(briefingStatuses.filter(isLockedStatus)).toEqual(['approved', 'released']);
    expect(briefingStatuses.filter(needsDraftMark)).toEqual(['draft', 'in-review']);
    expect(findTransition('released', 'draft')?.action).toBe('Reopen for editing');
  });
});

describe('reviewGateProblem', () => {
  const readout = findBuiltInTemplate('meeting-readout');
  if (!readout) throw new Error('meeting readout template missing');
  const template = readout;
  const complete = sampleBriefing('meeting-readout');
  const incomplete = {
    ...complete,
    language: 'ru',
    fields: { ...complete.fields, host: null, meetingDate: null },
    body: complete.body.map((section) => (section.sectionId === 'agreed-points' ? { ...section, children: [{ type: 'paragraph' as const, children: [{ text: '' }] }] } : section)),
  };

  it('holds back review and approval while required details or sections are empty, naming them as the person sees them', () => {
    expect(said(reviewGateProblem('in-review', incomplete, template))).toBe('Meeting date, Host and the section “Достигнутые договорённости” must be filled in before it goes for review.');
    expect(said(reviewGateProblem('approved', incomplete, template))).toBe('Meeting date, Host and the section “Достигнутые договорённости” must be filled in before it is approved.');
    // A window in Azerbaijani or Russian says the whole sentence, the list's "and" and a built-in field's label included, in its language.
    expect(sayLocalised(createTranslator('az'), reviewGateProblem('in-review', incomplete, template) ?? { id: 'errors.internal' })).toBe(
      'Brifinq yoxlamaya göndərilməzdən əvvəl bunlar doldurulmalıdır: Görüş tarixi, Ev sahibi və “Достигнутые договорённости” bölməsi.',
    );
    expect(sayLocalised(createTranslator('ru'), reviewGateProblem('approved', incomplete, template) ?? { id: 'errors.internal' })).toBe(
      'Перед утверждением нужно заполнить: Дата встречи, Принимающая сторона и раздел «Достигнутые договорённости».',
    );
  });

  it('never holds back a complete briefing, a return to draft or a release', () => {
    expect(said(reviewGateProblem('in-review', complete, template))).toBeUndefined();
    expect(said(reviewGateProblem('draft', incomplete, template))).toBeUndefined();
    expect(said(reviewGateProblem('released', incomplete, template))).toBeUndefined();
  });

  it('holds back approval, not review, while a review comment is open, and lets it through once resolved', () => {
    const note = { author: 'Leyla', at: '2025-11-21T10:00:00.000Z', text: 'Which plan?' };
    const once = commentOnQuote(complete.body, 'The participants discussed', 'c1', note);
    const body = once && commentOnQuote(once, 'discussed', 'c2', note);
    if (!body) throw new Error('the sample lost its text');
    expect(said(reviewGateProblem('in-review', { ...complete, body }, template))).toBeUndefined();
    expect(said(reviewGateProblem('approved', { ...complete, body }, template))).toBe('2 review comments are not resolved yet; resolve or delete them before the briefing is approved.');
    const oneResolved = body.map((section) => ({ ...section, ...(section.comments ? { comments: section.comments.map((thread) => (thread.id === 'c1' ? setThreadResolved(thread, true) : thread)) } : {}) }));
    expect(said(reviewGateProblem('approved', { ...complete, body: oneResolved }, template))).toBe('A review comment is not resolved yet; resolve or delete it before the briefing is approved.');
    const allResolved = body.map((section) => ({ ...section, ...(section.comments ? { comments: section.comments.map((thread) => setThreadResolved(thread, true)) } : {}) }));
    expect(said(reviewGateProblem('approved', { ...complete, body: allResolved }, template))).toBeUndefined();
  });
});
