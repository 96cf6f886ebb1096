import { describe, expect, it } from 'vitest';
import { briefingSchema, type Briefing } from './briefing';
import { compareConflict, mergeBriefing, partDiffers, sectionText } from './conflict-compare';
import { demoBriefingContent } from './demo-briefing';
import { findBuiltInTemplate } from './templates/built-in-templates';

const template = findBuiltInTemplate('meeting-readout');
if (!template) throw new Error('no meeting readout template');

function briefing(change: (base: Briefing) => Briefing = (base) => base): Briefing {
  const base = briefingSchema.parse({
    ...demoBriefingContent(template!),
    id: '6f1f4e52-3c1a-4d8e-9a51-0c6f1d0b7a11',
    status: 'draft',
    createdAt: '2026-12-01T09:00:00.000Z',
    updatedAt: '2026-12-01T09:00:00.000Z',
    revision: 3,
  });
  return briefingSchema.parse(change(base));
}

const withSection = (base: Briefing, sectionId: string, text: string): Briefing => ({
  ...base,
  body: base.body.map((section) => (section.sectionId === sectionId ? { ...section, children: [{ type: 'paragraph', children: [{ text }] }] } : section)),
});

describe('a team conflict part by part', () => {
  const theirs = briefing((base) => ({ ...withSection(base, 'lede', 'The Prime Minister met the ITU Secretary-General in Baku.'), fields: { ...base.fields, location: 'Baku, Azerbaijan' } }));
  const mine = briefing((base) => ({
    ...withSection(base, 'lede', 'The Prime Minister received the ITU Secretary-General in Baku.'),
    title: 'Prime Minister receives the ITU Secretary-General',
    fields: { ...base.fields, location: 'Baku Congress Centre, Azerbaijan' },
    participants: [...base.participants, { id: 'p3', name: 'Rashad Nabiyev', title: 'Minister of Digital Development and Transport', organisation: 'Republic of Azerbaijan', side: 'host', role: 'delegation' }],
  }));
  const parts = compareConflict(mine, theirs, template);

  it('compares the title, each Details field with its label, the participants and each section, word by word', () => {
    const differing = parts.filter(partDiffers);
    expect(differing.map((part) => [part.kind, part.label])).toEqual([
      ['title', ''],
      ['field', 'Location'],
      ['participants', ''],
      ['section', 'Lede'],
    ]);
    const location = differing[1]!;
    expect(location.changes.filter((change) => change.added).map((change) => change.value.trim())).toEqual(['Congress Centre']);
    const lede = differing[3]!;
    expect(lede.changes.filter((change) => change.removed).map((change) => change.value)).toEqual(['met']);
    expect(lede.changes.filter((change) => change.added).map((change) => change.value)).toEqual(['received']);
    expect(differing[2]!.mine).toContain('Rashad Nabiyev, Minister of Digital Development and Transport, Republic of Azerbaijan (delegation)');
    expect(differing[2]!.theirs).not.toContain('Rashad Nabiyev');
    // A person field reads as name, title, organisation; equal on both sides it is not a difference.
    expect(parts.find((part) => part.key === 'field:host')).toMatchObject({ mine: 'Ali Asadov, Prime Minister, Republic of Azerbaijan', editable: false });
    expect(partDiffers(parts.find((part) => part.key === 'field:host')!)).toBe(false);
  });

  it('merges part by part from the side chosen, and takes a part edited as text as written', () => {
    const merged = mergeBriefing(mine, theirs, 'theirs', {
      participants: { side: 'mine' },
      'field:location': { side: 'theirs', text: 'Baku Congress Centre' },
      'section:lede#0': { side: 'mine', text: 'The Prime Minister received the ITU Secretary-General.\n\nThey discussed the WTDC.' },
    });
    expect(briefingSchema.safeParse(merged).success).toBe(true);
    expect(merged.title).toBe(theirs.title);
    expect(merged.fields.location).toBe('Baku Congress Centre');
    expect(merged.participants.map((participant) => participant.name)).toContain('Rashad Nabiyev');
    const lede = merged.body.find((section) => section.sectionId === 'lede')!;
    expect(lede.children).toHaveLength(2);
    expect(sectionText(lede)).toBe('The Prime Minister received the ITU Secretary-General.\n\nThey discussed the WTDC.');
    // An untouched section keeps its own blocks (lists, formatting), from the side the merge started from.
    const agreed = merged.body.find((section) => section.sectionId === 'agreed-points')!;
    expect(agreed).toEqual(theirs.body.find((section) => section.sectionId === 'agreed-points'));
    expect(merged.id).toBe(mine.id);
  });

  it('takes the participants edited as rows and a person field edited as name, title and organisation', () => {
    const host = parts.find((part) => part.key === 'field:host');
    expect(host?.editAs).toBe('person');
    expect(parts.find((part) => part.key === 'participants')?.editAs).toBe('participants');
    expect(parts.find((part) => part.key === 'field:location')?.editAs).toBe('text');
    // Started from theirs: one row edited, one removed, one added.
    const [first, second] = theirs.participants;
    if (!first || !second) throw new Error('the demo readout has two participants');
    const rows = [{ ...first, title: 'Prime Minister of the Republic of Azerbaijan' }, { id: 'p-new', name: 'Rashad Nabiyev', title: 'Minister', organisation: 'Republic of Azerbaijan', side: 'host' as const, role: '' }];
    const person = { name: 'Ali Asadov', title: 'Prime Minister of the Republic of Azerbaijan', organisation: 'Cabinet of Ministers' };
    const merged = mergeBriefing(mine, theirs, 'mine', { participants: { side: 'theirs', participants: rows }, 'field:host': { side: 'mine', person } });
    expect(briefingSchema.safeParse(merged).success).toBe(true);
    expect(merged.participants).toEqual(rows);
    expect(merged.participants.map((participant) => participant.id)).not.toContain(second.id);
    expect(merged.fields.host).toEqual(person);
    // What else was not touched is mine.
    expect(merged.title).toBe(mine.title);
    expect(merged.fields.location).toBe(mine.fields.location);
  });

  it('a merge started from mine with nothing changed is mine', () => {
    expect(mergeBriefing(mine, theirs, 'mine', {})).toEqual(mine);
  });

  it('a rewritten section keeps every block the person left as it was, and the kind of each one rewritten', () => {
    const hash = 'a'.repeat(64);
    const rich = (base: Briefing): Briefing => ({
      ...base,
      body: base.body.map((section) =>
        section.sectionId === 'topics-discussed'
          ? {
              ...section,
              children: [
                { type: 'heading', level: 3, children: [{ text: 'Digital development' }] },
                { type: 'paragraph', children: [{ text: 'The sides discussed ' }, { text: 'broadband', bold: true }, { text: ' in rural areas.' }] },
                { type: 'list-item', listType: 'numbered', indent: 0, children: [{ text: 'WTDC-25 in Baku' }] },
                { type: 'list-item', listType: 'numbered', indent: 1, children: [{ text: 'the ICT week' }] },
                { type: 'page-break', children: [{ text: '' }] },
                { type: 'picture', hash, width: 800, height: 500, layout: 'full', alt: 'The two delegations', caption: '', credit: 'AzerTac', children: [{ text: '' }] },
                { type: 'picture', hash, width: 800, height: 500, layout: 'half', alt: '', caption: 'The signing', credit: '', children: [{ text: '' }] },
                {
                  type: 'table',
                  headerRow: true,
                  columnWidths: [0.5, 0.5],
                  children: [
                    { type: 'table-row', children: [{ type: 'table-cell', children: [{ text: 'Document' }] }, { type: 'table-cell', children: [{ text: 'Signed by' }] }] },
                    { type: 'table-row', children: [{ type: 'table-cell', children: [{ text: 'Memorandum' }] }, { type: 'table-cell', children: [{ text: 'Ministers', italic: true }] }] },
                  ],
                },
                { type: 'block-quote', children: [{ text: 'Connectivity is a right.' }] },
              ],
            }
          : section,
      ),
    });
    const mineRich = briefing(rich);
    const theirsRich = briefing((base) => rich(withSection(base, 'lede', 'Changed on the server.')));
    const key = 'section:topics-discussed#0';
    const before = compareConflict(mineRich, theirsRich, template).find((part) => part.key === key)!;
    expect(before.mine).toBe(
      'Digital development\n\nThe sides discussed broadband in rural areas.\n\nWTDC-25 in Baku\n\nthe ICT week\n\nThe signing\n\nDocument\tSigned by\nMemorandum\tMinisters\n\nConnectivity is a right.',
    );
    // The person rewrites the heading, the list's second item, a table cell and the quote, deletes the caption
    // paragraph of the second picture and adds a paragraph at the end; the paragraph with bold text is untouched.
    const text =
      'Digital development and transport\n\nThe sides discussed broadband in rural areas.\n\nWTDC-25 in Baku\n\nthe ICT week in October\n\nDocument\tSigned by\nMemorandum\tThe two ministers\n\nConnectivity is a right for all.\n\nA joint statement followed.';
    const merged = mergeBriefing(mineRich, theirsRich, 'mine', { [key]: { side: 'mine', text } });
    expect(briefingSchema.safeParse(merged).success).toBe(true);
    const original = mineRich.body.find((section) => section.sectionId === 'topics-discussed')!.children;
    const section = merged.body.find((candidate) => candidate.sectionId === 'topics-discussed')!;
    expect(sectionText(section)).toBe(text);
    const [heading, bold, first, second, pageBreak, uncaptioned, table, quote, added] = section.children;
    expect(heading).toEqual({ type: 'heading', level: 3, children: [{ text: 'Digital development and transport' }] });
    expect(bold).toEqual(original[1]);
    expect(first).toEqual(original[2]);
    expect(second).toEqual({ type: 'list-item', listType: 'numbered', indent: 1, children: [{ text: 'the ICT week in October' }] });
    expect(pageBreak).toEqual(original[4]);
    expect(uncaptioned).toEqual(original[5]);
    // The table keeps its header row, widths and the untouched cells with their formatting.
    expect(table).toMatchObject({ type: 'table', headerRow: true, columnWidths: [0.5, 0.5] });
    const rows = (table as { children: { children: unknown[] }[] }).children;
    expect(rows[0]).toEqual((original[7] as { children: unknown[] }).children[0]);
    expect(rows[1]?.children).toEqual([{ type: 'table-cell', children: [{ text: 'Memorandum' }] }, { type: 'table-cell', children: [{ text: 'The two ministers' }] }]);
    expect(quote).toEqual({ type: 'block-quote', children: [{ text: 'Connectivity is a right for all.' }] });
    expect(added).toEqual({ type: 'paragraph', children: [{ text: 'A joint statement followed.' }] });
    expect(section.children).toHaveLength(9);
  });
});
