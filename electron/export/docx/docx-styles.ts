import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';
import type { TextDirection } from '../../../shared/document/text-direction';

/** Half-points, as Word measures font sizes. */
const points = (size: number): number => size * 2;

export const bodyFont = 'Calibri';
export const headingFont = 'Calibri';
/** Arabic in Word: Arial has it on Windows and macOS (LibreOffice substitutes a font with Arabic where it lacks Arial). */
export const complexScriptFont = 'Arial';
const accent = '1F3864';

/**
 * Real Word styles, so a colleague who keeps editing the document finds
 * Title, Heading 1–4, Normal, Quote, List Number and List Bullet in the style
 * gallery, not direct formatting. The style ids are Word's own, so Word and
 * LibreOffice map them to their built-in styles.
 */
export function docxStyles(language: string, direction: TextDirection = 'ltr'): IStylesOptions {
  // A right-to-left document: every paragraph right to left (w:bidi), its language also for complex script (w:lang w:bidi),
  // and a complex-script font that Word and LibreOffice have for Arabic; the quote's rule on its right, where its lines begin.
  const rtl = direction === 'rtl';
  const font = rtl ? { ascii: bodyFont, hAnsi: bodyFont, cs: complexScriptFont } : bodyFont;
  const heading = (size: number, before: number) => ({
    run: { font: headingFont, size: points(size), bold: true, color: accent },
    paragraph: { spacing: { before, after: 80 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font, size: points(11), language: rtl ? { value: language, bidirectional: language } : { value: language } },
        paragraph: { spacing: { after: 160, line: 276, lineRule: LineRuleType.AUTO }, ...(rtl ? { bidirectional: true } : {}) },
      },
      title: { run: { font: headingFont, size: points(22), bold: true, color: accent }, paragraph: { spacing: { after: 80 } } },
      heading1: heading(14, 320),
      heading2: heading(12.5, 240),
      heading3: heading(11.5, 200),
      heading4: heading(11, 200),
      hyperlink: { run: { color: '0563C1', underline: {} } },
    },
    paragraphStyles: [
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { italics: true, color: '404040' },
        paragraph: { indent: { left: 567, right: 567 }, border: { [rtl ? 'right' : 'left']: { style: 'single', size: 12, color: '9AA8C7', space: 8 } } },
      },
      // Word's own Caption style (style id "Caption", name "caption"), so Insert Caption and a table of figures find it.
      { id: 'Caption', name: 'caption', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { italics: true, size: points(9.5), color: '404040' }, paragraph: { spacing: { before: 60, after: 200 } } },
      { id: 'ListNumber', name: 'List Number', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: 60 } } },
      { id: 'ListBullet', name: 'List Bullet', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: 60 } } },
      {
        id: 'Subtitle',
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: headingFont, size: points(13), color: '404040' },
      },
      { id: 'Dateline', name: 'Dateline', basedOn: 'Normal', next: 'Normal', run: { bold: true, color: '333333', size: points(10) } },
      { id: 'Masthead', name: 'Masthead', basedOn: 'Normal', next: 'Normal', run: { font: headingFont, bold: true, size: points(9.5) }, paragraph: { spacing: { after: 0 } } },
      { id: 'EndMark', name: 'End Mark', basedOn: 'Normal', paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 280 } } },
      { id: 'Header', name: 'header', basedOn: 'Normal', run: { size: points(8), color: '444444' }, paragraph: { spacing: { after: 0 } } },
      { id: 'Footer', name: 'footer', basedOn: 'Normal', run: { size: points(8), color: '444444' }, paragraph: { spacing: { after: 0 } } },
    ],
  };
}
