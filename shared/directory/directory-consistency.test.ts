import { describe, expect, it } from 'vitest';
import type { BriefingBody } from '../document/briefing-body';
import { demoOrganisations, demoPeople } from './demo-directory';
import { directoryIssues, fixIssue } from './directory-consistency';
import type { Directory } from './directory-model';

const stored = { revision: 1, updatedAt: '2025-01-01T00:00:00.000Z' };
const directory: Directory = {
  people: demoPeople.map((person) => ({ ...person, ...stored })),
  organisations: demoOrganisations.map((organisation) => ({ ...organisation, ...stored })),
};
const asadovId = demoPeople[0]?.id ?? '';
const body = (text: string): BriefingBody => [
  { type: 'section', sectionId: 'lede', kind: 'lede', heading: 'Lede', required: true, locked: false, children: [{ type: 'paragraph', children: [{ text }] }] },
] as unknown as BriefingBody;

describe('the directory check', () => {
  it('flags a name spelt as another language spells it, in the text, a field and a row, with the fix', () => {
    const issues = directoryIssues(
      {
        language: 'az',
        fields: { host: { name: 'Ali Asadov', title: '', organisation: '' } },
        participants: [{ id: 'r1', name: 'Али Асадов', title: '', organisation: '', side: 'host', role: '' }],
        body: body('Baş nazir Ali Asadov ITU nümayəndələri ilə görüşüb.'),
      },
      directory,
      '2025-11-21',
    );
    expect(issues.map(({ found, replacement, fieldId, participantId, inBody }) => ({ found, replacement, fieldId, participantId, inBody }))).toEqual([
      { found: 'Ali Asadov', replacement: 'Əli Əsədov', fieldId: undefined, participantId: undefined, inBody: true },
      { found: 'Ali Asadov', replacement: 'Əli Əsədov', fieldId: 'host', participantId: undefined, inBody: undefined },
      { found: 'Али Асадов', replacement: 'Əli Əsədov', fieldId: undefined, participantId: 'r1', inBody: undefined },
    ]);
    expect(issues[0]?.message).toBe('“Ali Asadov” is written “Əli Əsədov” in this briefing’s language.');
  });

  it('does not flag the right spelling, or a word that only contains a name', () => {
    const issues = directoryIssues(
      { language: 'en', fields: {}, participants: [], body: body('Prime Minister Ali Asadov met the press. Ali Asadovich was not there.') },
      directory,
      '2025-11-21',
    );
    expect(issues).toEqual([]);
  });

  it('flags a linked title the person did not hold on the meeting date, and fixes it', () => {
    const briefing = {
      language: 'en',
      fields: { host: { name: 'Ali Asadov', title: 'Prime Minister', organisation: 'Republic of Azerbaijan', personId: asadovId } },
      participants: [],
      body: body(''),
    };
    const [issue] = directoryIssues(briefing, directory, '2015-06-01');
    expect(issue).toMatchObject({ kind: 'title', fieldId: 'host', found: 'Prime Minister', replacement: 'Assistant to the President for Economic Issues' });
    expect(issue?.message).toBe('Ali Asadov did not hold the title “Prime Minister” on the meeting date; the directory has “Assistant to the President for Economic Issues”.');
    if (!issue) throw new Error('expected an issue');
    expect(fixIssue(briefing, issue).fields.host).toMatchObject({ title: 'Assistant to the President for Economic Issues', personId: asadovId });
    expect(directoryIssues(briefing, directory, '2025-11-21')).toEqual([]);
  });
});
