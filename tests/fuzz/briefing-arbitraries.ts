import fc from 'fast-check';
import type { Briefing, FieldValues, Participant } from '../../shared/document/briefing';
import { briefingStatuses, participantSides } from '../../shared/document/briefing';
import {
  headingLevels,
  listTypes,
  markNames,
  MAX_LIST_INDENT,
  personParts,
  type BlockElement,
  type BriefingBody,
  type FieldReferenceElement,
  type FormattedText,
  type InlineNode,
  type LinkElement,
  type SectionElement,
} from '../../shared/document/briefing-body';
import type { BriefingTemplate } from '../../shared/document/template';
import { builtInTemplates } from '../../shared/document/templates/built-in-templates';
import { builtInPropertyNames } from '../support/built-in-names';

/**
 * Arbitraries for valid briefings: every mark, block, list level, link and
 * field reference the schema allows, text in the scripts press officers
 * write (Azerbaijani, Cyrillic), emoji, right-to-left text, and markup and
 * control characters that must come out of every export as plain text.
 */

const samples = [
  'ə ğ ı İ ş ç ö ü Əliyev Bakı',
  'Стороны подчеркнули, ёлка',
  '👩🏽‍💻 🇦🇿 🤝',
  'שלום مرحبا بالعالم',
  '\u202eRTL override\u202c',
  'e\u0301 a\u0300',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '&amp; &lt; "quotes" \'single\'',
  ']]></w:t><w:p>',
  'javascript:alert(1)',
  '{{meetingDate}}',
  '\t tab and  double  spaces ',
  'line\nbreak',
  '\u0000\u0001\u0008\u000b\u000c\u001f control',
  '\ud800 lone \udc00 surrogates',
  '\ufffe\uffff',
  '\u00a0\u2028\u2029',
] as const;

/** A piece of text: a sample, anything printable, or any code points at all. */
export const textArbitrary: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...samples) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...samples), { maxLength: 4 }).map((parts) => parts.join(' ')) },
);

const marksArbitrary = fc.subarray([...markNames]).map((marks) => {
  const set: Partial<Record<(typeof markNames)[number], true>> = {};
  // Superscript and subscript exclude each other; normalisation would drop the subscript.
  for (const mark of marks) if (!(mark === 'subscript' && marks.includes('superscript'))) set[mark] = true;
  return set;
});

export const formattedTextArbitrary: fc.Arbitrary<FormattedText> = fc.tuple(textArbitrary, marksArbitrary).map(([text, marks]) => ({ text, ...marks }));

export const linkUrlArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('https://www.itu.int/', 'http://example.org/a?b=c#d', 'mailto:press@example.gov.az', 'HTTPS://EXAMPLE.ORG', 'https://xn--80ak6aa92e.com/путь'),
  fc.webUrl({ validSchemes: ['http', 'https'] }).filter((url) => !/[\s@]/u.test(url) && url.length <= 2048),
);

/** Field ids of the built-in templates, ids no template has, and names every object, function or array answers (`constructor`, `toString`, `map`, `length` …). */
export const fieldIdArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...new Set(builtInTemplates.flatMap((template) => template.fields.map((field) => field.id)))),
  fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9]{0,12}$/),
  fc.constantFrom(...builtInPropertyNames),
);

export const fieldReferenceArbitrary: fc.Arbitrary<FieldReferenceElement> = fc
  .tuple(fieldIdArbitrary, fc.option(fc.constantFrom(...personParts), { nil: undefined }), marksArbitrary)
  .map(([fieldId, part, marks]) => ({ type: 'field-ref', fieldId, ...(part ? { part } : {}), children: [{ text: '', ...marks }] }));

export const linkArbitrary: fc.Arbitrary<LinkElement> = fc
  .tuple(linkUrlArbitrary, fc.array(formattedTextArbitrary, { minLength: 1, maxLength: 3 }))
  .map(([url, children]) => ({ type: 'link', url, children }));

/** Inline content as Slate keeps it: a text between and around every inline element. */
export const inlinesArbitrary: fc.Arbitrary<[InlineNode, ...InlineNode[]]> = fc
  .array(fc.oneof({ weight: 4, arbitrary: formattedTextArbitrary }, { weight: 1, arbitrary: linkArbitrary }, { weight: 1, arbitrary: fieldReferenceArbitrary }), {
    minLength: 1,
    maxLength: 6,
  })
  .map((nodes) => {
    const inlines: InlineNode[] = [];
    for (const node of nodes) {
      const previous = inlines.at(-1);
      if (!('text' in node) && (previous === undefined || !('text' in previous))) inlines.push({ text: '' });
      inlines.push(node);
    }
    if (!('text' in (inlines.at(-1) as InlineNode))) inlines.push({ text: '' });
    return inlines as [InlineNode, ...InlineNode[]];
  });

export const blockArbitrary: fc.Arbitrary<BlockElement> = fc.oneof(
  { weight: 4, arbitrary: inlinesArbitrary.map((children): BlockElement => ({ type: 'paragraph', children })) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...headingLevels), inlinesArbitrary).map(([level, children]): BlockElement => ({ type: 'heading', level, children })) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom(...listTypes), fc.integer({ min: 0, max: MAX_LIST_INDENT }), inlinesArbitrary)
      .map(([listType, indent, children]): BlockElement => ({ type: 'list-item', listType, indent, children })),
  },
  { weight: 1, arbitrary: inlinesArbitrary.map((children): BlockElement => ({ type: 'block-quote', children })) },
  { weight: 1, arbitrary: fc.constantFrom<BlockElement>({ type: 'page-break', children: [{ text: '' }] }, { type: 'horizontal-rule', children: [{ text: '' }] }) },
  { weight: 1, arbitrary: tableArbitrary() },
  { weight: 1, arbitrary: pictureArbitrary() },
);

/** Pictures of any size and layout, with any caption, credit and alt text (line breaks and all: normalisation makes them one line). */
function pictureArbitrary(): fc.Arbitrary<BlockElement> {
  return fc
    .record({
      hash: fc.stringMatching(/^[0-9a-f]{64}$/u),
      width: fc.integer({ min: 1, max: 10_000 }),
      height: fc.integer({ min: 1, max: 10_000 }),
      layout: fc.constantFrom('full' as const, 'half' as const),
      alt: fc.string({ maxLength: 40 }),
      caption: fc.string({ maxLength: 40 }),
      credit: fc.string({ maxLength: 20 }),
    })
    .map((picture): BlockElement => ({ type: 'picture', ...picture, children: [{ text: '' }] }));
}

/** Tables of 1–4 rows × 1–4 columns, with or without a header row, any widths as shares of the whole, any cell text. */
function tableArbitrary(): fc.Arbitrary<BlockElement> {
  return fc
    .record({
      columns: fc.integer({ min: 1, max: 4 }),
      rows: fc.integer({ min: 1, max: 4 }),
      headerRow: fc.boolean(),
      weights: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 4, maxLength: 4 }),
      cells: fc.array(inlinesArbitrary, { minLength: 16, maxLength: 16 }),
    })
    .map(({ columns, rows, headerRow, weights, cells }): BlockElement => {
      const used = weights.slice(0, columns);
      const total = used.reduce((sum, weight) => sum + weight, 0);
      return {
        type: 'table',
        ...(headerRow ? { headerRow: true } : {}),
        columnWidths: used.map((weight) => weight / total),
        children: Array.from({ length: rows }, (_, row) => ({
          type: 'table-row',
          children: Array.from({ length: columns }, (_, column) => ({ type: 'table-cell', children: cells[row * 4 + column] ?? [{ text: '' }] })),
        })),
      };
    });
}

/** Sections with any heading and guidance, required or not, locked or not; some hold only an empty paragraph. */
export const sectionArbitrary: fc.Arbitrary<SectionElement> = fc
  .record({
    sectionId: fc.oneof(fc.constantFrom('lede', 'body', 'agreed-points', 'end-mark', 'about', 'quotes'), fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/)),
    heading: fc.oneof(fc.constant(''), textArbitrary),
    guidance: fc.oneof(fc.constant(''), textArbitrary),
    required: fc.boolean(),
    locked: fc.boolean(),
    children: fc.oneof(
      { weight: 1, arbitrary: fc.constant<BlockElement[]>([{ type: 'paragraph', children: [{ text: '' }] }]) },
      { weight: 5, arbitrary: fc.array(blockArbitrary, { minLength: 1, maxLength: 8 }) },
    ),
  })
  .map((section) => ({ type: 'section', ...section }));

export const bodyArbitrary: fc.Arbitrary<BriefingBody> = fc.array(sectionArbitrary, { minLength: 1, maxLength: 6 });

/** A language tag as the schema allows it: real ones, and well-formed ones no locale database knows. */
export const languageArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('en', 'az', 'ru', 'az-Cyrl', 'az-Latn-AZ', 'tr', 'ar', 'he', 'fa', 'zh-Hant', 'de-CH'),
  fc.stringMatching(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/),
);

function fieldValueArbitrary(type: BriefingTemplate['fields'][number]['type']): fc.Arbitrary<FieldValues[string]> {
  switch (type) {
    case 'person':
      return fc.record({ name: textArbitrary, title: textArbitrary, organisation: textArbitrary });
    case 'date':
      return fc.oneof(fc.constantFrom('2025-11-21', '2024-02-29', '2025-02-30', '0000-01-01', '9999-12-31'), textArbitrary, fc.constant(null));
    case 'time':
      return fc.oneof(fc.constantFrom('09:30', '23:59', '24:00'), textArbitrary, fc.constant(null));
    case 'date-time':
      return fc.oneof(fc.constantFrom('2025-11-21T18:00', '2025-13-01T10:00', '1970-01-01T00:00'), textArbitrary, fc.constant(null));
    case 'text':
    case 'long-text':
    case 'select':
    case 'email':
    case 'phone':
      return fc.oneof(textArbitrary, fc.constantFrom('immediate', 'embargoed', 'public', 'restricted', 'confidential'), fc.constant(null));
  }
}

const participantArbitrary: fc.Arbitrary<Participant> = fc.record({
  id: fc.stringMatching(/^p[0-9]{1,4}$/),
  name: textArbitrary,
  title: textArbitrary,
  organisation: textArbitrary,
  side: fc.constantFrom(...participantSides),
  role: fc.oneof(fc.constant(''), textArbitrary),
});

/** A whole briefing made from a built-in template, with its fields filled in anyhow and any body. */
export const briefingArbitrary: fc.Arbitrary<Briefing> = fc.constantFrom(...builtInTemplates).chain((template) =>
  fc.record({
    id: fc.constant('00000000-0000-4000-8000-00000000f022'),
    templateId: fc.constant(template.id),
    title: fc.oneof(fc.constant(''), textArbitrary),
    language: languageArbitrary,
    status: fc.constantFrom(...briefingStatuses),
    fields: fc.record(Object.fromEntries(template.fields.map((field) => [field.id, fieldValueArbitrary(field.type)])), { requiredKeys: [] }) as fc.Arbitrary<FieldValues>,
    participants: fc.array(participantArbitrary, { maxLength: 4 }),
    body: bodyArbitrary,
    createdAt: fc.constant('2025-11-21T09:00:00.000Z'),
    updatedAt: fc.constant('2025-11-21T10:00:00.000Z'),
    revision: fc.integer({ min: 1, max: 1000 }),
  }),
);
