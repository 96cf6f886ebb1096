// `npm run bench:pictures`: a 100-page briefing (~60,000 words) with 50 photos
// and 20 tables against the same briefing without them, each in a library of
// its own. Prints autosave p50/p95 of both (one small edit per save, two
// seconds apart with a ten-minute pause every 20, revision checkpoints and
// the search index included) and
// their ratio, and how each library grew over the saves: the pictures are
// kept once, when added, so the library with them must grow by about what the
// one without them grows, not by the images' bytes per revision. Typing in
// the editor is bench/editor.ts's. BENCH_ROUNDS sets the saves (default 200).
// The last line is one JSON object. Figures only: nothing here fails on a time.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import type { BlockElement, BriefingBody } from '../shared/document/briefing-body';
import { newBriefingContent } from '../shared/document/new-briefing';
import { newPicture } from '../shared/document/picture-normalization';
import { newTable } from '../shared/document/table-normalization';
import { findBuiltInTemplate } from '../shared/document/templates/built-in-templates';
import { keepPicture } from '../electron/services/picture-service';
import { openLibrary, type Library } from '../electron/storage/library';
import { paragraphs, seededRandom } from './library-corpus';

const rounds = Number(process.env.BENCH_ROUNDS ?? 200);
const PHOTOS = 50;

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
const ms = (value: number) => Math.round(value * 100) / 100;
const kb = (bytes: number) => Math.round(bytes / 1024);

/** A 1600 × 1000 JPEG as a camera gives it: a scene of gradients and shapes plus grain, so it compresses like a photo, not a flat drawing. */
async function photo(random: () => number): Promise<Uint8Array> {
  const colour = () => `rgb(${Math.floor(random() * 255)},${Math.floor(random() * 255)},${Math.floor(random() * 255)})`;
  const shapes = Array.from({ length: 12 }, () => `<circle cx="${Math.floor(random() * 1600)}" cy="${Math.floor(random() * 1000)}" r="${40 + Math.floor(random() * 200)}" fill="${colour()}" opacity="0.7"/>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000"><defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${colour()}"/><stop offset="1" stop-color="${colour()}"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/>${shapes}</svg>`;
  const grain = Buffer.alloc(1600 * 1000 * 3);
  for (let index = 0; index < grain.length; index += 1) grain[index] = Math.floor(random() * 40);
  const scene = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer();
  for (let index = 0; index < scene.length; index += 1) scene[index] = Math.min(255, (scene[index] ?? 0) + (grain[index] ?? 0) - 20);
  return new Uint8Array(await sharp(scene, { raw: { width: 1600, height: 1000, channels: 3 } }).jpeg({ quality: 85 }).toBuffer());
}

function table(random: () => number): BlockElement {
  const made = newTable(6, 4);
  made.children.forEach((row, rowIndex) =>
    row.children.forEach((cell, column) => {
      cell.children = [{ text: rowIndex === 0 ? `Column ${column + 1}` : `Agreement ${Math.floor(random() * 1000)} on cooperation` }];
    }),
  );
  return made;
}

/** The same text in both; `extras` are put between paragraphs, evenly through the body. */
function bodyWith(template: BriefingBody, text: BlockElement[][], extras: BlockElement[]): BriefingBody {
  const total = text.reduce((sum, blocks) => sum + blocks.length, 0);
  const every = Math.max(1, Math.floor(total / (extras.length + 1)));
  let seen = 0;
  let next = 0;
  return template.map((section, index) => ({
    ...section,
    children: (text[index] ?? []).flatMap((block) => {
      seen += 1;
      return seen % every === 0 && next < extras.length ? [block, extras[next++] as BlockElement] : [block];
    }),
  }));
}

function fileBytes(file: string): number {
  return ['', '-wal'].reduce((total, suffix) => {
    try {
      return total + statSync(file + suffix).size;
    } catch {
      return total;
    }
  }, 0);
}

interface Run {
  p50: number;
  p95: number;
  bytesBefore: number;
  bytesAfter: number;
  revisions: number;
  images: number;
  imageBytes: number;
}

async function run(label: string, withMedia: boolean): Promise<Run> {
  const template = findBuiltInTemplate('meeting-readout');
  if (!template) throw new Error('meeting-readout template missing');
  const folder = mkdtempSync(join(tmpdir(), 'briefing-desk-bench-pictures-'));
  const file = join(folder, 'library.sqlite');
  let virtualNow = Date.parse('2026-01-01T08:00:00Z');
  const library: Library = openLibrary(file, { clock: () => new Date(virtualNow) });
  try {
    const random = seededRandom(20251121);
    const base = newBriefingContent(template);
    const text = base.body.map(() => paragraphs(random, 'en', 10_000));
    const extras: BlockElement[] = [];
    if (withMedia) {
      const media = seededRandom(7);
      for (let index = 0; index < PHOTOS; index += 1) {
        const image = await keepPicture(library, await photo(media));
        extras.push(newPicture(image, { caption: `Photo ${index + 1}: the delegations in Baku`, credit: 'Press service', alt: 'Delegations at a table' }));
        // Two tables for every five photos: 20 in all.
        if (index % 5 === 4) extras.push(table(media));
        if (index % 5 === 2) extras.push(table(media));
      }
    }
    const long = library.briefings.create({ ...base, title: 'A 100-page briefing', body: bodyWith(base.body, text, extras) });
    library.database.pragma('wal_checkpoint(TRUNCATE)');
    const bytesBefore = fileBytes(file);
    let revision = long.revision;
    let body = long.body;
    const samples: number[] = [];
    for (let index = 0; index < rounds; index += 1) {
      body = structuredClone(body);
      const lede = body[0];
      const first = lede?.children[0];
      if (first && first.type === 'paragraph') first.children = [{ text: `Edit ${index}. The ministers met in Baku.` }];
      // Two seconds apart while typing, and a pause of ten minutes every 20 saves, so History keeps checkpoints as it does in a working day.
      virtualNow += index % 20 === 19 ? 10 * 60_000 : 2000;
      const started = performance.now();
      revision = library.briefings.save({ id: long.id, baseRevision: revision, body }).revision;
      samples.push(performance.now() - started);
    }
    library.database.pragma('wal_checkpoint(TRUNCATE)');
    const bytesAfter = fileBytes(file);
    const images = library.database.prepare<[], { count: number; bytes: number | null }>('SELECT count(*) AS count, sum(byte_size) AS bytes FROM images').get();
    const result: Run = {
      p50: ms(percentile(samples, 50)),
      p95: ms(percentile(samples, 95)),
      bytesBefore,
      bytesAfter,
      revisions: library.revisions.list(long.id).length,
      images: images?.count ?? 0,
      imageBytes: images?.bytes ?? 0,
    };
    const tables = long.body.flatMap((section) => section.children).filter((block) => block.type === 'table').length;
    console.log(
      `${label.padEnd(28)} autosave p50 ${String(result.p50).padStart(7)} ms  p95 ${String(result.p95).padStart(7)} ms  (${rounds} saves, ${result.revisions} revisions kept)  ` +
        `library ${kb(bytesBefore)} KB → ${kb(bytesAfter)} KB  images ${result.images} (${kb(result.imageBytes)} KB)  tables ${tables}`,
    );
    return result;
  } finally {
    library.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

const plain = await run('100 pages, text only', false);
const media = await run('100 pages, 50 photos, 20 tables', true);
const ratio = Math.round((media.p95 / plain.p95) * 100) / 100;
const plainGrowth = plain.bytesAfter - plain.bytesBefore;
const mediaGrowth = media.bytesAfter - media.bytesBefore;
console.log('');
console.log(`autosave p95 ratio (with / without): ${ratio}`);
console.log(`growth over the saves: without ${kb(plainGrowth)} KB, with ${kb(mediaGrowth)} KB; the images themselves ${kb(media.imageBytes)} KB, kept once when added (×${media.revisions} revisions would be ${kb(media.imageBytes * media.revisions)} KB)`);
console.log(
  JSON.stringify({
    rounds,
    autosave_p50_ms_plain: plain.p50,
    autosave_p95_ms_plain: plain.p95,
    autosave_p50_ms_media: media.p50,
    autosave_p95_ms_media: media.p95,
    autosave_p95_ratio: ratio,
    library_kb_plain: [kb(plain.bytesBefore), kb(plain.bytesAfter)],
    library_kb_media: [kb(media.bytesBefore), kb(media.bytesAfter)],
    growth_kb_plain: kb(plainGrowth),
    growth_kb_media: kb(mediaGrowth),
    images: media.images,
    image_kb: kb(media.imageBytes),
    revisions: media.revisions,
  }),
);
