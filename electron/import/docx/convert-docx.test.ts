import { readFileSync } from 'node:fs';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { importedContent } from '../../../shared/document/import/imported-content';
import { findBuiltInTemplate } from '../../../shared/document/templates/built-in-templates';
import { convertDocx } from './convert-docx';
import { english } from '../../../shared/i18n/english';
import { sayLocalised, type LocalisedMessage } from '../../../shared/ipc/ipc-result';

const said = (message: LocalisedMessage) => sayLocalised(english, message);

const fixture = (name: string) => readFileSync(new URL(`../../../tests/fixtures/import/${name}`, import.meta.url));

describe('convertDocx', () => {
  it('turns a LibreOffice readout draft into title, lede, sections, lists and participants', async () => {
    const document = await convertDocx(fixture('meeting-readout-draft.docx'), 'meeting-readout-draft.docx', new Set());
    expect(document.title).toBe('Minister meets the ITU Secretary-General in Baku');
    expect(document.intro).toHaveLength(1);
    expect(JSON.stringify(document.intro)).toContain('rəqəmsal inkişaf, şəbəkə təhlükəsizliyi');
    expect(document.sections.map((section) => section.heading)).toEqual(['Topics discussed', 'Key messages', 'Agreed points', 'Participants', 'Follow-up']);
    const [topics, messages, agreed, , followUp] = document.sections;
    // Nested bullets keep their levels, Azerbaijani letters intact.
    expect(topics?.blocks.map((block) => (block.type === 'list-item' ? [block.listType, block.indent, block.children.map((child) => ('text' in child ? child.text : '')).join('')] : block.type))).toEqual([
      ['bulleted', 0, 'Digital infrastructure'],
      ['bulleted', 1, 'Broadband in rural areas'],
      ['bulleted', 2, 'Şəki and Qəbələ pilots'],
      ['bulleted', 1, 'Trans-Caspian fibre'],
      ['bulleted', 0, 'Cybersecurity capacity building'],
    ]);
    expect(agreed?.blocks.map((block) => (block.type === 'list-item' ? `${block.listType}:${block.indent}` : block.type))).toEqual(['numbered:0', 'numbered:1', 'numbered:0']);
    // Marks, a line break and a link; Word's Heading 2 is a level-2 heading inside the section.
    expect(messages?.blocks[0]).toMatchObject({
      type: 'paragraph',
      children: [
        { text: 'The Minister stressed ' },
        { text: 'connectivity', bold: true },
        { text: ', ' },
        { text: 'trust', italic: true },
        { text: ', ' },
        { text: 'skills', underline: true },
        { text: ', the ' },
        { text: 'old', strikethrough: true },
        { text: ' new strategy, 5' },
        { text: 'th', superscript: true },
        { text: ' generation networks and CO' },
        { text: '2', subscript: true },
        { text: ' savings.\nDetails: ' },
        { type: 'link', url: 'https://digital.gov.az/en', children: [{ text: 'digital.gov.az' }] },
        { text: '.' },
      ],
    });
    expect(messages?.blocks[1]).toEqual({ type: 'heading', level: 2, children: [{ text: 'Regional cooperation' }] });
    expect(followUp?.blocks.map((block) => block.type)).toEqual(['paragraph', 'page-break', 'paragraph']);
    expect(document.participants).toEqual([
      { name: 'Rəşad Nəbiyev', title: 'Minister', organisation: 'Ministry of Digital Development', side: 'other', role: '' },
      { name: 'Doreen Bogdan-Martin', title: 'Secretary-General', organisation: 'ITU', side: 'other', role: '' },
    ]);
    // Classification from the header, embargo from the footer.
    expect(document.releaseHints).toMatchObject({ classification: 'restricted', embargoed: true, embargoUntil: '2026-12-01T10:00' });
    expect(document.language).toBeNull();
    expect(document.dropped).toEqual([]);
  });

  it('reads a Cyrillic draft without a Title style: its only top heading is the title, a plain table stays a table', async () => {
    const document = await convertDocx(fixture('cyrillic-draft.docx'), 'cyrillic-draft.docx', new Set());
    expect(document.title).toBe('Пресс-релиз о цифровой неделе');
    expect(document.language).toBe('ru');
    expect(document.sections.map((section) => section.heading)).toEqual(['Программа', 'Расписание']);
    expect(document.sections[0]?.blocks.map((block) => (block.type === 'list-item' ? `${block.listType}:${block.indent}` : block.type))).toEqual([
      'numbered:0',
      'numbered:1',
      'numbered:1',
      'numbered:0',
    ]);
    const schedule = document.sections[1]?.blocks ?? [];
    const [table] = schedule;
    expect(table?.type).toBe('table');
    expect(table?.type === 'table' && table.children.map((row) => row.children.map((cell) => cell.children.map((child) => ('text' in child ? child.text : '')).join('')))).toEqual([
      ['Дата', 'Событие'],
      ['1 декабря', 'Открытие'],
      ['2 декабря', 'Выставка'],
    ]);
    expect(JSON.stringify(schedule[1])).toContain('mailto:press@digital.gov.az');
    expect(document.participants).toEqual([]);
    expect(document.dropped).toEqual([]);
  });

  it('recognises a heading typed as a plain line when a template has it', async () => {
    const document = await convertDocx(fixture('plain-headings-draft.docx'), 'plain-headings-draft.docx', new Set(['agreed points', 'topics discussed']));
    expect(document.sections.map((section) => section.heading)).toEqual(['Topics discussed:', 'Agreed points:']);
  });

  it('keeps its picture and names unknown styles; a comment and tracked changes (written by LibreOffice) come in for review', async () => {
    const document = await convertDocx(fixture('review-draft.docx'), 'review-draft.docx', new Set());
    expect(document.dropped.map(said)).toEqual(['Text in the Word style "Press Note" was imported as plain paragraphs.']);
    const pictures = [...document.intro, ...document.sections.flatMap((section) => section.blocks)].filter((block) => block.type === 'picture');
    expect(pictures).toHaveLength(1);
    expect(document.pictures?.map((image) => image.hash)).toEqual(pictures.map((picture) => (picture.type === 'picture' ? picture.hash : '')));
    type Leaf = { text?: string; suggestion?: { kind: string }; comments?: string[] };
    const texts = [...document.intro, ...document.sections.flatMap((section) => section.blocks)]
      .flatMap((block): Leaf[] => (block.type === 'table' || !('children' in block) ? [] : (block.children as Leaf[])))
      .filter((node) => 'text' in node);
    const marked = (kind: string) => texts.filter((node) => 'suggestion' in node && node.suggestion?.kind === kind).map((node) => ('text' in node ? node.text : '')).join('');
    expect(marked('insert')).toContain('inserted words');
    expect(marked('delete')).toContain('deleted words');
    expect(document.commentThreads).toHaveLength(1);
    expect(texts.some((node) => 'comments' in node && node.comments?.[0] === document.commentThreads?.[0]?.id)).toBe(true);
  });

  it('keeps a masthead typed as plain lines above the dateline out of the lede, reading it for release hints', async () => {
    const lines = [
      'Azərbaycan Respublikası Xarici İşlər Nazirliyi',
      'DƏRHAL YAYIMLANMAQ ÜÇÜN',
      'Bakı, 21 noyabr 2025-ci il',
      'Noyabrın 21-də Xarici İşlər Naziri Ceyhun Bayramov BTİ-nin Baş katibi Doreen Bogdan-Martin ilə görüşüb.',
    ];
    const file = new Document({
      sections: [{ children: [...lines.map((text) => new Paragraph({ text })), new Paragraph({ text: 'Əldə olunan razılaşmalar', heading: HeadingLevel.HEADING_1 }), new Paragraph({ text: 'Əməkdaşlıq davam etdiriləcək.' })] }],
    });
    const document = await convertDocx(new Uint8Array(await Packer.toBuffer(file)), 'oxu.docx', new Set(['əldə olunan razılaşmalar']));
    expect(JSON.stringify(document.intro)).not.toContain('Nazirliyi');
    expect(document.dropped.map(said)).toContain('Masthead lines above the dateline were left out: "Azərbaycan Respublikası Xarici İşlər Nazirliyi".');
    const readout = findBuiltInTemplate('meeting-readout');
    if (!readout) throw new Error('meeting readout template missing');
    const content = importedContent(document, readout, () => crypto.randomUUID());
    expect(content.fields).toMatchObject({ meetingDate: '2025-11-21', location: 'Bakı', releaseLine: 'immediate' });
    const lede = content.body[0]?.children[0];
    expect(lede && 'children' in lede ? lede.children.map((child) => ('text' in child ? child.text : '')).join('') : '').toBe(lines[3]);
  });
  it('guesses the language from the letters: Azerbaijani above 5 % of them, Russian when mostly Cyrillic, a letter outside the BMP counted once', async () => {
    const docx = async (...lines: string[]) =>
      new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ heading: HeadingLevel.TITLE, text: 'T' }), ...lines.map((text) => new Paragraph({ text }))] }] })));
    const guess = async (...lines: string[]) => (await convertDocx(await docx(...lines), 'x.docx', new Set())).language;
    expect(await guess('Nazir Bakıda İTB-nin baş katibi ilə görüşüb, rəqəmsal inkişafı müzakirə ediblər.')).toBe('az');
    expect(await guess('Министр встретился с генеральным секретарём МСЭ в Баку (ITU).')).toBe('ru');
    expect(await guess('The Minister met the ITU Secretary-General in Baku.')).toBeNull();
    // 6 Azerbaijani letters among 94 other Latin ones and 10 Latin letters written as surrogate pairs: 6 of 110 letters.
    const edge = `${'ə'.repeat(6)} ${'a'.repeat(94)} ${String.fromCodePoint(0x1df00).repeat(10)}`;
    expect(await guess(edge)).toBe('az');
  });
});
