/**
 * How mammoth maps Word's paragraph and character styles to HTML for import.
 * Word's Heading 1 is a section of the briefing (h2 here; the document's
 * Title is the h1), deeper headings follow one level down. Styles that only
 * change the look (LibreOffice's "Text Body", Word's "Body Text") become
 * plain paragraphs (or list items when Word numbered them): they are left
 * to mammoth's defaults, which know numbering, and are listed in
 * `plainLookStyles` so the summary does not report them. A style neither
 * mapped nor listed is still imported as a paragraph and named in the summary.
 * Briefing Desk's own "Dateline" ("Baku — November 21, 2025") comes in as
 * a paragraph before the first heading, where the import reads any draft's
 * dateline back into the date and place fields and keeps it out of the lede.
 */
export const docxImportStyleMap: string[] = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='Heading 1'] => h2:fresh",
  "p[style-name='heading 1'] => h2:fresh",
  "p[style-name='Heading 2'] => h3:fresh",
  "p[style-name='heading 2'] => h3:fresh",
  "p[style-name='Heading 3'] => h4:fresh",
  "p[style-name='heading 3'] => h4:fresh",
  "p[style-name='Heading 4'] => h5:fresh",
  "p[style-name='Heading 5'] => h6:fresh",
  "p[style-name='Heading 6'] => h6:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Quotations'] => blockquote > p:fresh",
  "p[style-name='Dateline'] => p:fresh",
  "r[style-name='Strong'] => strong",
  "r[style-name='Strong Emphasis'] => strong",
  "r[style-name='Emphasis'] => em",
  "r[style-name='Hyperlink'] => span",
  "r[style-name='Internet Link'] => span",
  "r[style-name='Internet link'] => span",
  // Mammoth ignores underline unless asked; the briefing has an underline mark.
  'u => u',
  'strike => s',
  // A page break becomes a marked rule here, turned into the deserialiser's page-break <br> before sanitising.
  "br[type='page'] => hr.docx-page-break",
];

/** Mammoth's page-break marker, as it writes it. */
export const pageBreakMarker = /<hr class="docx-page-break"\s*\/?>/gu;

/**
 * Paragraph styles that only set the look of ordinary text. Mapping them
 * would override Word's numbering (mammoth lets a style mapping win), so
 * they fall through to mammoth's default: a paragraph, or a list item.
 */
export const plainLookStyles: ReadonlySet<string> = new Set([
  'Normal (Web)', 'Body Text', 'Text Body', 'Body Text Indent', 'Table Contents', 'Table Heading', 'List Paragraph',
  'No Spacing', 'Header', 'Footer', 'List Bullet', 'List Number', 'Masthead', 'End Mark', 'Contents Heading', 'Caption', 'Standard',
]);
