import fc from 'fast-check';
import { unzipSync, zipSync } from 'fflate';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../electron/services/create-services';
import { createIpcInvoker } from '../../electron/ipc/ipc-invoker';
import { MAX_DOCX_FILE_BYTES } from '../../electron/import/docx/docx-limits';
import { briefingSchema, type Briefing } from '../../shared/document/briefing';
import { readBriefingFile } from '../../shared/document/briefing-file';
import { channelName, type Services } from '../../shared/ipc/contract';
import { ServiceError } from '../../shared/ipc/ipc-result';
import { createTestServiceHost, type TestServiceHost } from '../support/test-service-host';
import { builtInPropertyNames } from '../support/built-in-names';
import { centralEntries, noise, sharedOffsets, withDeclaredCompressedSize, withDeclaredSize } from '../support/lying-zips';
import { asBytes, asText, bitFlipped, truncated, type DamagedFile, type DamageKind } from './damaged-files';
import { sentenceProblem } from './error-sentence';
import { libraryContents, openFuzzLibrary, type FuzzLibrary } from './fuzz-library';
import { checkProperty, count, report, runs } from './fuzz-run';

const briefingFileRuns = runs(400);
const docxRuns = runs(200);

let fixture: FuzzLibrary;
let host: TestServiceHost;
let services: Services;
let demoFile = '';
let docxFixtures: { name: string; bytes: Uint8Array }[] = [];

type Outcome = 'refused' | 'imported';
const tally = {
  briefingFile: new Map<DamageKind, Record<Outcome, number>>(),
  docx: new Map<DamageKind, Record<Outcome, number>>(),
  held: new Set<string>(),
};

function record(table: Map<DamageKind, Record<Outcome, number>>, kind: DamageKind, outcome: Outcome): void {
  const row = table.get(kind) ?? { refused: 0, imported: 0 };
  row[outcome] += 1;
  table.set(kind, row);
}

function summary(table: Map<DamageKind, Record<Outcome, number>>): string {
  const rows = [...table.values()];
  const refused = rows.reduce((total, row) => total + row.refused, 0);
  const imported = rows.reduce((total, row) => total + row.imported, 0);
  const kinds = [...table].map(([kind, row]) => `${kind} ${count(row.refused + row.imported)}`).join(', ');
  return `${count(refused + imported)} damaged files (${kinds}): ${count(refused)} refused with one sentence, ${count(imported)} still valid and imported whole`;
}

beforeAll(async () => {
  fixture = openFuzzLibrary();
  host = createTestServiceHost(join(fixture.folder, 'exports'));
  services = createServices(fixture.library, host);
  // Our own export of the demo, as "Export as file" writes it.
  const demo = fixture.library.briefings.list({}).find((summary) => summary.title.startsWith('Prime Minister Ali Asadov'));
  if (!demo) throw new Error('the demo briefing is missing');
  demoFile = (await services.briefings.exportFile(demo.id)).contents;
  const folder = join(import.meta.dirname, '..', 'fixtures', 'import');
  docxFixtures = readdirSync(folder)
    .filter((name) => name.endsWith('.docx'))
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(folder, name))) }));
});

afterAll(async () => {
  report(`.briefing.json import fuzz: ${summary(tally.briefingFile)}; the library unchanged after every refusal: ${tally.held.has('briefing-file') ? 'held' : 'NOT shown'}`);
  report(`DOCX import fuzz: ${summary(tally.docx)}; the library unchanged after every refusal: ${tally.held.has('docx') ? 'held' : 'NOT shown'}`);
  fixture.library.close();
  await host.close();
  fixture.dispose();
});

/** The one sentence a refusal must be: a ServiceError with a code, plain, short, no stack, nothing undefined. */
function expectOneSentence(error: unknown): void {
  if (!(error instanceof ServiceError)) throw new Error(`not a ServiceError: ${String(error)}`, { cause: error });
  expect(error.code).toBe('invalid-argument');
  expect(sentenceProblem(error.message, { strict: true }), error.message).toBeUndefined();
}

/** A new briefing that passes the schema, and one more briefing and one more revision in the library than before. */
function expectImportedWhole(briefing: Briefing, before: ReturnType<typeof libraryContents>): void {
  expect(briefingSchema.safeParse(briefing).success).toBe(true);
  expect(fixture.library.briefings.get(briefing.id)).toEqual(briefing);
  const after = libraryContents(fixture.library);
  expect(after.briefings.length).toBe(before.briefings.length + 1);
  expect(after.briefings.filter((entry) => !before.briefings.includes(entry))).toEqual([`${briefing.id}@${briefing.revision}:${briefing.title}`]);
  expect(after.revisions).toBe(before.revisions + 1);
}

/** `.briefing.json` files too big for one of the format's limits, or padded, or nested beyond reason. */
function oversizedBriefingFile(text: string): fc.Arbitrary<DamagedFile> {
  const file = JSON.parse(text) as { briefing: Briefing };
  const firstSection = file.briefing.body[0];
  if (!firstSection) throw new Error('the demo has no sections');
  const variants: Record<string, () => string> = {
    'a 100,000-character title': () => JSON.stringify({ ...file, briefing: { ...file.briefing, title: 'T'.repeat(100_000) } }),
    'a text of 1,000,001 characters': () =>
      JSON.stringify({ ...file, briefing: { ...file.briefing, body: [{ ...firstSection, children: [{ type: 'paragraph', children: [{ text: 'ə'.repeat(1_000_001) }] }] }] } }),
    '201 sections': () => JSON.stringify({ ...file, briefing: { ...file.briefing, body: Array.from({ length: 201 }, () => firstSection) } }),
    '1,001 participants': () =>
      JSON.stringify({ ...file, briefing: { ...file.briefing, participants: Array.from({ length: 1_001 }, (_, index) => ({ id: `p${index}`, name: 'N', title: '', organisation: '', side: 'other', role: '' })) } }),
    '300 fields': () => JSON.stringify({ ...file, briefing: { ...file.briefing, fields: Object.fromEntries(Array.from({ length: 300 }, (_, index) => [`field${index}`, 'x'])) } }),
    'a body nested 100,000 arrays deep': () => text.replace('"body": [', `"body": ${'['.repeat(100_000)}${']'.repeat(100_000)}, "x": [`),
    '10 MB of white space after the briefing': () => `${text}${' \n'.repeat(5_000_000)}`,
    '10 MB of zeros after the briefing': () => `${text}${'\u0000'.repeat(10_000_000)}`,
  };
  return fc.constantFrom(...Object.keys(variants)).map((how) => ({ kind: 'oversized', how, bytes: asBytes(variants[how]?.() ?? '') }));
}

describe('.briefing.json import of damaged files', () => {
  it('refuses each with one sentence and changes nothing, or imports a still-valid file whole', async () => {
    const original = asBytes(demoFile);
    const damaged = fc.oneof(
      { weight: 3, arbitrary: truncated(original) },
      { weight: 6, arbitrary: bitFlipped(original) },
      { weight: 1, arbitrary: oversizedBriefingFile(demoFile) },
    );
    await checkProperty(
      '.briefing.json import of damaged files',
      damaged,
      async ({ kind, bytes }) => {
        const text = asText(bytes);
        const before = libraryContents(fixture.library);
        let imported: Briefing | undefined;
        try {
          imported = await services.briefings.importFile(text);
        } catch (error) {
          expectOneSentence(error);
          expect(libraryContents(fixture.library)).toEqual(before);
          record(tally.briefingFile, kind, 'refused');
          return;
        }
        // Still a valid file after the damage: then all of it, exactly as the file says.
        const read = readBriefingFile(text);
        if (!read.ok) throw new Error(`imported a file that does not read: ${read.message}`);
        const { id: _id, revision: _revision, updatedAt: _updatedAt, ...content } = imported;
        const { updatedAt: _fileUpdatedAt, ...fileContent } = read.file.briefing;
        expect(content).toEqual(fileContent);
        expectImportedWhole(imported, before);
        record(tally.briefingFile, kind, 'imported');
      },
      briefingFileRuns,
    );
    tally.held.add('briefing-file');
  });

  it('refuses a file over the contract limit before reading it, through the IPC invoker', async () => {
    const invoke = createIpcInvoker(services);
    const before = libraryContents(fixture.library);
    const result = await invoke(channelName('briefings', 'importFile'), [`${demoFile}${' '.repeat(50_000_001 - demoFile.length + 1)}`]);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(libraryContents(fixture.library)).toEqual(before);
    record(tally.briefingFile, 'oversized', 'refused');
  });
});

describe('.briefing.json import of a text that refers to a field named after a JavaScript built-in', () => {
  it('refuses it with one sentence and changes nothing, unless the template really has that field', async () => {
    const file = JSON.parse(demoFile) as { briefing: Briefing };
    const template = fixture.library.templates.get(file.briefing.templateId);
    const poisoned = fc.tuple(fc.constantFrom(...builtInPropertyNames), fc.nat(), fc.nat(), fc.option(fc.constantFrom('name', 'title', 'organisation'), { nil: undefined }));
    await checkProperty(
      'a reference to a built-in name in an imported briefing',
      poisoned,
      async ([fieldId, sectionPick, blockPick, part]) => {
        const body = structuredClone(file.briefing.body);
        const section = body[sectionPick % body.length];
        const block = section?.children[blockPick % (section?.children.length || 1)];
        if (!block || !('children' in block)) return;
        (block.children as unknown[]).unshift({ type: 'field-ref', fieldId, ...(part ? { part } : {}), children: [{ text: '' }] });
        const text = JSON.stringify({ ...file, briefing: { ...file.briefing, body } });
        const before = libraryContents(fixture.library);
        let imported: Briefing;
        try {
          imported = await services.briefings.importFile(text);
        } catch (error) {
          expectOneSentence(error);
          expect((error as Error).message).toContain(`“${fieldId}”`);
          expect(libraryContents(fixture.library)).toEqual(before);
          record(tally.briefingFile, 'built-in field name', 'refused');
          return;
        }
        expect(template.fields.some((field) => field.id === fieldId)).toBe(true);
        expectImportedWhole(imported, before);
        record(tally.briefingFile, 'built-in field name', 'imported');
      },
      runs(100),
    );
  });
});

describe('DOCX import of a zip whose directory lies', () => {
  it('refuses each with one sentence and changes nothing: sizes too small or too large, data past its end, entries sharing one stream', async () => {
    const path = join(fixture.folder, 'lying.docx');
    // The fixtures as fflate writes them: a known layout (no comment), so the directory can be edited in place.
    const rezipped = docxFixtures.map(({ bytes }) => zipSync(unzipSync(bytes), { level: 6 }));
    const lies = fc.oneof(
      fc.tuple(fc.nat({ max: rezipped.length - 1 }), fc.nat(), fc.integer({ min: -1_000_000, max: 1_000_000 }).filter((delta) => delta !== 0)).map(([index, entryPick, delta]): DamagedFile => {
        const zip = rezipped[index] ?? new Uint8Array();
        const entries = centralEntries(zip);
        const entry = entries[entryPick % entries.length];
        const actual = unzipSync(zip)[entry?.name ?? '']?.byteLength ?? 0;
        return { kind: 'lying zip directory', how: `${entry?.name} declared ${delta > 0 ? 'larger' : 'smaller'}`, bytes: withDeclaredSize(zip, entry?.name ?? '', actual + delta < 0 ? actual + 1 : actual + delta) };
      }),
      fc.tuple(fc.nat({ max: rezipped.length - 1 }), fc.nat(), fc.integer({ min: 1, max: 30_000_000 })).map(([index, entryPick, size]): DamagedFile => {
        const zip = rezipped[index] ?? new Uint8Array();
        const entries = centralEntries(zip);
        const entry = entries[entryPick % entries.length];
        const lie = size === entry?.compressedSize ? size + 1 : size;
        return { kind: 'lying zip directory', how: `${entry?.name} compressed size ${lie}`, bytes: withDeclaredCompressedSize(zip, entry?.name ?? '', lie) };
      }),
      fc.integer({ min: 2, max: 1_990 }).map((copies): DamagedFile => ({ kind: 'lying zip directory', how: `${copies} entries sharing one stream`, bytes: sharedOffsets(copies, noise(1024, copies)) })),
    );
    await checkProperty(
      'DOCX import of a zip whose directory lies',
      lies,
      async ({ kind, bytes }) => {
        writeFileSync(path, bytes);
        host.importPath = path;
        const before = libraryContents(fixture.library);
        try {
          const preview = await services.import.previewDocx();
          if (!preview) throw new Error('the preview was cancelled');
          await services.import.createFromDocx({ previewId: preview.previewId, templateId: preview.recognised?.templateId ?? 'blank' });
        } catch (error) {
          expectOneSentence(error);
          expect(libraryContents(fixture.library)).toEqual(before);
          record(tally.docx, kind, 'refused');
          return;
        }
        throw new Error('a zip whose directory lies was imported');
      },
      runs(100),
    );
  });
});

describe('DOCX import of damaged files', () => {
  it('refuses each with one sentence and changes nothing, or imports a still-readable file whole', async () => {
    const path = join(fixture.folder, 'damaged.docx');
    const damaged = fc.nat({ max: docxFixtures.length - 1 }).chain((index) => {
      const { bytes } = docxFixtures[index] ?? { bytes: new Uint8Array() };
      const overLimit = fc.constantFrom('padded past the size limit', 'junk after the zip').map(
        (how): DamagedFile => {
          const size = how === 'junk after the zip' ? bytes.length + 4_096 : MAX_DOCX_FILE_BYTES + 1;
          const padded = new Uint8Array(size);
          padded.set(bytes);
          padded.fill(0x41, bytes.length);
          return { kind: 'oversized', how, bytes: padded };
        },
      );
      return fc.oneof({ weight: 3, arbitrary: truncated(bytes) }, { weight: 6, arbitrary: bitFlipped(bytes) }, { weight: 1, arbitrary: overLimit });
    });
    await checkProperty(
      'DOCX import of damaged files',
      damaged,
      async ({ kind, bytes }) => {
        writeFileSync(path, bytes);
        host.importPath = path;
        const before = libraryContents(fixture.library);
        let briefing: Briefing;
        try {
          const preview = await services.import.previewDocx();
          if (!preview) throw new Error('the preview was cancelled');
          briefing = await services.import.createFromDocx({ previewId: preview.previewId, templateId: preview.recognised?.templateId ?? 'blank' });
        } catch (error) {
          expectOneSentence(error);
          expect(libraryContents(fixture.library)).toEqual(before);
          record(tally.docx, kind, 'refused');
          return;
        }
        expectImportedWhole(briefing, before);
        record(tally.docx, kind, 'imported');
      },
      docxRuns,
    );
    tally.held.add('docx');
  });
});
