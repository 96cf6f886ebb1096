import fc from 'fast-check';
import { createEditor, Editor } from 'slate';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultAppSettings } from '../../shared/document/app-settings';
import type { Briefing } from '../../shared/document/briefing';
import { briefingBodySchema, type BriefingBody } from '../../shared/document/briefing-body';
import { withBriefingNormalization } from '../../shared/document/briefing-normalization';
import { commentOnQuote } from '../../shared/document/comment-on-quote';
import { commentThreads } from '../../shared/document/comments';
import { decideSuggestionInBody, openSuggestionCount, suggestionList } from '../../shared/document/suggestions';
import { suggestReplacement } from '../support/suggested-body';
import { deepCopy } from '../../shared/document/deep-copy';
import type { ExportIssuer } from '../../shared/document/export/export-document';
import { pageSizes, type ExportOptions } from '../../shared/document/export/export-options';
import { newBriefingContent } from '../../shared/document/new-briefing';
import { builtInTemplates, findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import { sampleBriefing, sampleTemplateIds } from '../fixtures/export/sample-briefings';
import { briefingArbitrary } from './briefing-arbitraries';
import { exportEverything, exportProblems } from './export-checks';
import { checkProperty, count, report, runs } from './fuzz-run';
import { operationFor, operationStepArbitrary, type OperationKind, type OperationStep } from './slate-operations';

const operationRuns = runs(300);
const exportRuns = runs(100);
const editedExportRuns = runs(40);

const reviewNote = (text: string) => ({ author: 'Leyla Məmmədova', at: '2025-11-21T10:00:00.000Z', text });

/** The demo readout with two review comments, one across a word's formatting boundary: what the comment rules are fuzzed on. */
function commentedSample(): Briefing {
  const briefing = sampleBriefing('meeting-readout');
  const once = commentOnQuote(briefing.body, 'The participants discussed', 'fuzz-a', reviewNote('Name the topics'));
  const twice = once && commentOnQuote(once, 'discussed', 'fuzz-b', reviewNote('“Discussed” or “agreed”?'));
  if (!twice) throw new Error('the demo readout lost the text the fuzzed comments anchor on');
  return { ...briefing, body: twice };
}

/** The commented readout with a reviewer's suggested replacement of words inside a commented passage. */
function suggestedSample(): Briefing {
  const briefing = commentedSample();
  return { ...briefing, body: suggestReplacement(briefing.body, 'discussed', 'reviewed', 'Rəşad Quliyev') };
}

/**
 * What is wrong with the body's suggested changes, or undefined: every suggestion has text, and
 * accepting all and rejecting all each leave a valid body with no suggestion and the other decision's
 * text gone (an insertion is in the accepted body only, a deletion in the rejected one only).
 */
function suggestionProblem(body: BriefingBody): string | undefined {
  const open = suggestionList(body);
  if (open.length === 0) return undefined;
  // A suggested form of an empty paragraph is a form change with no words; every other suggestion has text.
  const empty = open.find((suggestion) => suggestion.text === '' && suggestion.kind !== 'format');
  if (empty) return `suggestion ${empty.id} has no text`;
  for (const decision of ['accept', 'reject'] as const) {
    const decided = decideSuggestionInBody(body, undefined, decision);
    if (!decided) return `${decision} all found nothing to decide`;
    const parsed = briefingBodySchema.safeParse(decided);
    if (!parsed.success) return `${decision} all left an invalid body: ${parsed.error.issues[0]?.message}`;
    if (openSuggestionCount(decided) !== 0) return `${decision} all left a suggestion open`;
    if (decided.length !== body.length) return `${decision} all changed the number of sections`;
  }
  return undefined;
}

/**
 * What is wrong with the body's review comments, or undefined: every anchor
 * has its thread, every thread has text and is kept on the section where that
 * text begins, and no thread's comments changed.
 */
function commentProblem(body: BriefingBody): string | undefined {
  const anchored = commentThreads(body);
  const kept = body.flatMap((section, index) => (section.comments ?? []).map((thread) => ({ thread, index })));
  if (kept.length !== anchored.length) return `${kept.length} threads kept, ${anchored.length} anchored`;
  const stray = JSON.stringify(body).match(/"comments":\["[^"]+"/gu)?.map((found) => found.slice('"comments":["'.length, -1)).find((id) => !kept.some((entry) => entry.thread.id === id));
  if (stray) return `an anchor of thread ${stray}, which the body does not keep`;
  for (const { thread, sectionIndex } of anchored) {
    if (!kept.some((entry) => entry.thread.id === thread.id && entry.index === sectionIndex)) return `thread ${thread.id} is not on the section of its text`;
    if (thread.comments.length !== 1 || !thread.comments[0]?.text) return `thread ${thread.id} changed`;
  }
  return undefined;
}

/** The briefings the operations start from: the sample meeting in every template (the demo among them), one with review comments, and every template new and empty. */
const startingBriefings: Briefing[] = [
  commentedSample(),
  suggestedSample(),
  ...sampleTemplateIds.map((templateId) => sampleBriefing(templateId)),
  ...builtInTemplates.map((template) => ({
    ...newBriefingContent(template),
    id: '00000000-0000-4000-8000-0000000000e0',
    status: 'draft' as const,
    createdAt: '2025-11-21T09:00:00.000Z',
    updatedAt: '2025-11-21T09:00:00.000Z',
    revision: 1,
  })),
];

const tally = {
  sequences: 0,
  applied: new Map<OperationKind, number>(),
  noPlace: 0,
  refusedBySlate: 0,
  exported: 0,
  exportedAfterEdits: 0,
  /** Bodies checked after an operation while they still held a review comment. */
  commentedBodies: 0,
  /** Bodies checked after an operation while they still held a suggested change. */
  suggestedBodies: 0,
  /** Properties that held to the end, so the summary never claims what a failed run did not show. */
  held: new Set<string>(),
};

/**
 * The print HTML inlines megabytes of bundled fonts as CSS; they are the app's own files, the same in
 * every export, and parsing them hundreds of times would be most of the run. A stand-in keeps the page
 * as printHtml writes it around the briefing.
 */
const fonts = '@font-face { font-family: "Noto Serif"; src: local("Noto Serif"); }';

afterAll(() => {
  const applied = [...tally.applied.values()].reduce((total, value) => total + value, 0);
  const kinds = [...tally.applied].map(([kind, value]) => `${kind} ${count(value)}`).join(', ');
  report(
    `Slate fuzz: ${count(applied)} operations in ${count(tally.sequences)} sequences on ${startingBriefings.length} starting briefings (${kinds}); ` +
      `body valid against the schema after every one: ${tally.held.has('operations') ? 'held' : 'NOT shown'}, review comments anchored, kept with their text's section and unchanged (${count(tally.commentedBodies)} bodies still commented), suggested changes with text and accept-all / reject-all valid and complete (${count(tally.suggestedBodies)} bodies with suggestions); ${count(tally.refusedBySlate)} generated operations refused by Slate itself, ${count(tally.noPlace)} with no place to go`,
  );
  const exportsHeld = ['samples', 'generated', 'edited'].every((name) => tally.held.has(name));
  report(
    `Export fuzz: ${startingBriefings.length * pageSizes.length} sample exports, ${count(tally.exported)} generated briefings and ${count(tally.exportedAfterEdits)} edited samples, ` +
      `each to print HTML, PDF margins, semantic HTML, clipboard HTML, plain text and DOCX: no exception, no active content in any HTML, every DOCX content part well-formed XML: ${exportsHeld ? 'held' : 'NOT shown'}`,
  );
});

/**
 * Applies the steps to the body with the app's normalisation (core `slate`,
 * as the main process and the editor share it) and checks the body against
 * the schema after every operation. Returns the body at the end.
 */
function applySteps(body: BriefingBody, steps: OperationStep[]): BriefingBody {
  const editor = withBriefingNormalization(createEditor());
  editor.children = deepCopy(body);
  Editor.normalize(editor, { force: true });
  expect(briefingBodySchema.safeParse(editor.children).success, 'the starting body').toBe(true);
  for (const step of steps) {
    const operation = operationFor(editor, step);
    if (!operation) {
      tally.noPlace += 1;
      continue;
    }
    let applied = false;
    // Slate itself refuses an operation the tree cannot take (a merge of a text into an element…);
    // normalisation runs when this block ends, and anything it throws fails the test.
    Editor.withoutNormalizing(editor, () => {
      try {
        editor.apply(operation);
        applied = true;
      } catch {
        tally.refusedBySlate += 1;
      }
    });
    const parsed = briefingBodySchema.safeParse(editor.children);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`after ${JSON.stringify(operation).slice(0, 600)} the body is invalid at ${issue?.path.join('.')}: ${issue?.message}\n${JSON.stringify(editor.children).slice(0, 1500)}`);
    }
    const commentsWrong = commentProblem(parsed.data);
    if (commentsWrong) throw new Error(`after ${JSON.stringify(operation).slice(0, 600)} the review comments are wrong: ${commentsWrong}`);
    if (commentThreads(parsed.data).length > 0) tally.commentedBodies += 1;
    const suggestionsWrong = suggestionProblem(parsed.data);
    if (suggestionsWrong) throw new Error(`after ${JSON.stringify(operation).slice(0, 600)} the suggested changes are wrong: ${suggestionsWrong}\n${JSON.stringify(parsed.data).slice(0, 1500)}`);
    if (openSuggestionCount(parsed.data) > 0) tally.suggestedBodies += 1;
    if (applied) tally.applied.set(step.kind, (tally.applied.get(step.kind) ?? 0) + 1);
  }
  return briefingBodySchema.parse(editor.children);
}

const startAndSteps = fc.tuple(fc.nat({ max: startingBriefings.length - 1 }), fc.array(operationStepArbitrary, { minLength: 1, maxLength: 40, size: 'medium' }));

// A review export too (comments and suggestions as Word comments and tracked changes): its DOCX must stay well-formed whatever the edits did.
const exportOptions: fc.Arbitrary<ExportOptions> = fc
  .record({ pageSize: fc.constantFrom(...pageSizes), includeParticipants: fc.boolean(), draftMark: fc.boolean(), review: fc.boolean() })
  .map(({ review, ...options }) => (review ? { ...options, review: true as const } : options));
const issuer: fc.Arbitrary<ExportIssuer | undefined> = fc.option(
  fc.record({
    organisationName: fc.constantFrom('', 'Ministry of Digital Development', '<b>Nazirlik</b> & Co'),
    logo: fc.constantFrom(null, { mediaType: 'image/png' as const, base64: 'iVBORw0KGgo=' }),
    mediaContact: fc.constantFrom('', 'Leyla Məmmədova\n+994 12 555 01 02\n<script>x</script>'),
    margins: fc.constant(defaultAppSettings.marginsMm),
  }),
  { nil: undefined },
);

async function expectExportsClean(briefing: Briefing, options: ExportOptions, by: ExportIssuer | undefined): Promise<void> {
  const exported = await exportEverything(briefing, findBuiltInTemplate(briefing.templateId), options, by, fonts);
  expect(exportProblems(exported)).toEqual([]);
}

describe('Briefing model: arbitrary Slate operations', () => {
  it('keep every body valid after normalisation', async () => {
    await checkProperty(
      'arbitrary Slate operations keep every body valid after normalisation',
      startAndSteps,
      ([start, steps]) => {
        applySteps((startingBriefings[start] as Briefing).body, steps);
        tally.sequences += 1;
      },
      operationRuns,
    );
    tally.held.add('operations');
  });
});

describe('Export never throws on a valid briefing', () => {
  it('exports every starting briefing in every format', async () => {
    for (const briefing of startingBriefings) {
      for (const pageSize of pageSizes) await expectExportsClean(briefing, { pageSize, includeParticipants: true, draftMark: true }, undefined);
    }
    tally.held.add('samples');
  });

  it('exports generated briefings: every mark, block, list level, link and field reference, in any script', async () => {
    await checkProperty(
      'exports generated briefings',
      fc.tuple(briefingArbitrary, exportOptions, issuer),
      async ([briefing, options, by]) => {
        await expectExportsClean(briefing, options, by);
        tally.exported += 1;
      },
      exportRuns,
    );
    tally.held.add('generated');
  });

  it('exports the samples after arbitrary Slate operations', async () => {
    await checkProperty(
      'exports the samples after arbitrary Slate operations',
      fc.tuple(startAndSteps, exportOptions),
      async ([[start, steps], options]) => {
        const briefing = startingBriefings[start] as Briefing;
        await expectExportsClean({ ...briefing, body: applySteps(briefing.body, steps) }, options, undefined);
        tally.exportedAfterEdits += 1;
      },
      editedExportRuns,
    );
    tally.held.add('edited');
  });
});
