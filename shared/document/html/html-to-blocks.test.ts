import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { briefingBodySchema, type BlockElement, type ParagraphElement } from '../briefing-body';
import googleDocsHtml from '../../../tests/fixtures/paste/google-docs.html?raw';
import hostileHtml from '../../../tests/fixtures/paste/hostile.html?raw';
import libreOfficeHtml from '../../../tests/fixtures/paste/libreoffice-writer.html?raw';
import webPageHtml from '../../../tests/fixtures/paste/web-page.html?raw';
import wordHtml from '../../../tests/fixtures/paste/word-365-windows.html?raw';
import wordTableHtml from '../../../tests/fixtures/paste/word-365-table.html?raw';
import googleDocsTableHtml from '../../../tests/fixtures/paste/google-docs-table.html?raw';
import libreOfficeTableHtml from '../../../tests/fixtures/paste/libreoffice-table.html?raw';
import { htmlToBlocks } from './html-to-blocks';

// jsdom is the parser the main process uses for DOCX import: no browser involved.
const parse = (html: string) => new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document.body;
const fixtures: Record<string, string> = {
  'hostile.html': hostileHtml,
  'word-365-windows.html': wordHtml,
  'google-docs.html': googleDocsHtml,
  'libreoffice-writer.html': libreOfficeHtml,
  'web-page.html': webPageHtml,
  'word-365-table.html': wordTableHtml,
  'google-docs-table.html': googleDocsTableHtml,
  'libreoffice-table.html': libreOfficeTableHtml,
};
const fixture = (name: string): string => fixtures[name] ?? '';
const blocksOf = (html: string) => htmlToBlocks(parse(html));

type Inlines = ParagraphElement['children'];
const p = (...children: Inlines): BlockElement => ({ type: 'paragraph', children });
const li = (listType: 'bulleted' | 'numbered', indent: number, ...children: Inlines): BlockElement => ({ type: 'list-item', listType, indent, children });

const lede = p(
  { text: 'On 21 November, ' },
  { text: 'Prime Minister', bold: true },
  { text: ' of Azerbaijan ' },
  { text: 'Ali Asadov', italic: true },
  { text: ' met with the Secretary-General of the ' },
  { type: 'link', url: 'https://www.itu.int/', children: [{ text: 'International Telecommunication Union' }] },
  { text: '.' },
);

/** The same document as the fixtures hold; each program writes it differently. */
const expectedReadout = (markSecondNumbered: boolean, secondItem: string): BlockElement[] => [
  { type: 'heading', level: 2, children: [{ text: 'Görüşün nəticələri' }] },
  lede,
  li('bulleted', 0, { text: 'Rəqəmsal iqtisadiyyat və ' }, { text: 'süni intellekt', bold: true }),
  li('bulleted', 1, { text: 'Kibertəhlükəsizlik üzrə birgə işçi qrupu' }),
  li('bulleted', 0, { text: 'Цифровая экономика и связь' }),
  markSecondNumbered
    ? li('numbered', 0, { text: 'Первый пункт ' }, { text: 'соглашения', underline: true })
    : li('numbered', 0, { text: 'Первый пункт соглашения' }),
  li('numbered', 0, { text: secondItem }),
];

describe('htmlToBlocks', () => {
  it("reads Word's clipboard: mso-list paragraphs become list items with their level and kind", () => {
    expect(blocksOf(fixture('word-365-windows.html'))).toEqual([
      ...expectedReadout(true, 'İkinci bənd: şəbəkə, ğ, ı, ç, ö, ü'),
      p({ text: 'The sides emphasized\nthe importance of cooperation.' }),
    ]);
  });

  it("reads Google Docs' clipboard: marks from inline styles, the bold wrapper ignored, aria-level nesting", () => {
    expect(blocksOf(fixture('google-docs.html'))).toEqual([
      ...expectedReadout(true, 'İkinci bənd: şəbəkə, ğ, ı, ç, ö, ü'),
      p({ text: 'The sides emphasized\nthe importance of cooperation.' }),
    ]);
  });

  it("reads LibreOffice Writer's HTML, including its nested <ul><ul> lists", () => {
    expect(blocksOf(fixture('libreoffice-writer.html'))).toEqual([
      ...expectedReadout(false, 'Ikinci bənd: şəbəkə, ğ, ı, İ, ç, ö, ü'),
      p({ text: 'The sides emphasized the importance of cooperation.' }),
    ]);
  });

  it('reads a web page: quotes, nested ordered lists, super/subscript, strikethrough, rules, tables and line breaks', () => {
    expect(blocksOf(fixture('web-page.html'))).toEqual([
      { type: 'heading', level: 3, children: [{ text: 'Nazirlər Kabinetinin məlumatı' }] },
      p(
        { text: 'Visit the ' },
        { type: 'link', url: 'https://president.az/en/articles', children: [{ text: 'official site' }] },
        { text: ' or write to ' },
        { type: 'link', url: 'mailto:press@example.az', children: [{ text: 'press@example.az' }] },
        { text: '.' },
      ),
      p({ text: 'Line one\nLine two' }),
      { type: 'block-quote', children: [{ text: '«Мы подчеркнули важность сотрудничества», — сказал ' }, { text: 'министр', bold: true }, { text: '.' }] },
      li('numbered', 0, { text: 'First ' }, { text: 'point', italic: true }),
      li('numbered', 1, { text: 'Nested ' }, { text: '2', superscript: true }, { text: ' and H' }, { text: '2', subscript: true }, { text: 'O' }),
      li('numbered', 0, { text: 'Struck', strikethrough: true }, { text: ' point' }),
      { type: 'horizontal-rule', children: [{ text: '' }] },
      { type: 'table', columnWidths: [0.5, 0.5], children: [{ type: 'table-row', children: [{ type: 'table-cell', children: [{ text: 'Cell one' }] }, { type: 'table-cell', children: [{ text: 'Cell two' }] }] }] },
    ]);
  });

  describe('tables from Word, Google Docs and LibreOffice', () => {
    const cell = (...children: Inlines) => ({ type: 'table-cell', children });
    const row = (...cells: ReturnType<typeof cell>[]) => ({ type: 'table-row', children: cells });
    const widths = [0.5, 0.3, 0.2];
    const bold = (text: string) => ({ text, bold: true as const });

    it("reads Word's table: the bold first row is the header, two paragraphs in a cell are two lines, a merged cell keeps the columns in line", () => {
      expect(blocksOf(fixture('word-365-table.html'))).toEqual([
        p({ text: 'Sənədlər imzalanıb:' }),
        {
          type: 'table',
          headerRow: true,
          columnWidths: widths,
          children: [
            row(cell(bold('Sənəd')), cell(bold('İmzalayan tərəflər')), cell(bold('Tarix'))),
            row(cell({ text: 'Anlaşma memorandumu' }), cell({ text: 'Rəqəmsal İnkişaf Nazirliyi;\nBTİ' }), cell({ text: '21.11.2025' })),
            row(cell({ text: 'Соглашение о Центре ускорения' }), cell({ text: '' }), cell({ text: '21.11.2025' })),
          ],
        },
        p({ text: 'Son.' }),
      ]);
    });

    it("reads Google Docs' table with its column widths", () => {
      expect(blocksOf(fixture('google-docs-table.html'))).toEqual([
        p({ text: 'Sənədlər imzalanıb:' }),
        {
          type: 'table',
          headerRow: true,
          columnWidths: widths,
          children: [
            row(cell(bold('Sənəd')), cell(bold('İmzalayan tərəflər')), cell(bold('Tarix'))),
            row(cell({ text: 'Anlaşma memorandumu' }), cell({ text: 'Rəqəmsal İnkişaf Nazirliyi;\nBTİ' }), cell({ text: '21.11.2025' })),
          ],
        },
        p({ text: 'Son.' }),
      ]);
    });

    it("reads LibreOffice Writer's table: its thead is the header row, <br> a new line in the cell", () => {
      const [intro, table, end] = blocksOf(fixture('libreoffice-table.html'));
      expect(intro).toEqual(p({ text: 'Sənədlər imzalanıb:' }));
      expect(end).toEqual(p({ text: 'Son.' }));
      expect(table?.type === 'table' && table.columnWidths.map((width) => width.toFixed(2))).toEqual(['0.50', '0.30', '0.20']);
      expect(table && { ...table, columnWidths: [] }).toEqual({
        type: 'table',
        headerRow: true,
        columnWidths: [],
        children: [
          row(cell({ text: 'Sənəd' }), cell({ text: 'İmzalayan tərəflər' }), cell({ text: 'Tarix' })),
          row(cell(bold('Anlaşma memorandumu')), cell({ text: 'Rəqəmsal İnkişaf Nazirliyi;\nBTİ' }), cell({ text: '21.11.2025' })),
          row(cell({ text: 'Соглашение о Центре ускорения' }), cell({ text: 'Правительство Азербайджана' }), cell({ text: '21.11.2025' })),
        ],
      });
    });

    it('reads a one-cell layout table as the blocks inside it', () => {
      expect(blocksOf('<table><tr><td><p>Only</p><p>text</p></td></tr></table>')).toEqual([p({ text: 'Only' }), p({ text: 'text' })]);
    });
  });

  it('keeps the text of links it may not keep, and never a script, style or handler, even unsanitised', () => {
    const blocks = blocksOf(fixture('hostile.html'));
    const json = JSON.stringify(blocks);
    for (const forbidden of ['javascript', 'data:', 'file:', 'alert', 'relative/path', 'evil', 'style', 'onclick']) expect(json).not.toContain(forbidden);
    expect(blocks[0]).toEqual(p({ text: 'Safe text stays' }));
    expect(blocks[1]).toEqual(p({ text: 'script link encoded link data link tab link relative link file link' }));
    expect(blocks.at(-1)).toEqual(p({ text: 'Last paragraph with ' }, { text: 'bold', bold: true }));
  });

  it('reads a Word page break and keeps heading levels within 2–4', () => {
    expect(blocksOf('<h1>One</h1><br clear=all style="page-break-before:always"><h5>Five</h5><h3>Three</h3>')).toEqual([
      { type: 'heading', level: 2, children: [{ text: 'One' }] },
      { type: 'page-break', children: [{ text: '' }] },
      { type: 'heading', level: 4, children: [{ text: 'Five' }] },
      { type: 'heading', level: 3, children: [{ text: 'Three' }] },
    ]);
  });

  it('gives blocks a valid briefing section can hold, and nothing for empty HTML', () => {
    for (const name of Object.keys(fixtures)) {
      const children = blocksOf(fixture(name));
      const body = [{ type: 'section', sectionId: 's', heading: '', guidance: '', required: false, locked: false, children }];
      expect(briefingBodySchema.safeParse(body).success, name).toBe(true);
    }
    expect(blocksOf('<p>  </p><p><o:p>&nbsp;</o:p></p>')).toEqual([]);
  });
});
