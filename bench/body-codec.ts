// `node scripts/run-bench.mjs bench/body-codec.ts`: how fast and how small the
// candidate codecs for a stored body are (Node's zlib: zlib and deflate-raw
// levels 1–6, brotli qualities 1–5), on a generated briefing's body (~12 KB of JSON), the
// 100-page body the autosave benchmark saves (~600 KB), and prose from this
// repository's docs (less repetitive than the generated vocabulary).
// Figures only. The last line is one JSON object.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { brotliCompressSync, brotliDecompressSync, constants, deflateRawSync, deflateSync, inflateRawSync, inflateSync } from 'node:zlib';
import { newBriefingContent } from '../shared/document/new-briefing';
import { findBuiltInTemplate } from '../shared/document/templates/built-in-templates';
import { generatedBriefing, paragraphs, seededRandom } from './library-corpus';

const template = findBuiltInTemplate('meeting-readout');
if (!template) throw new Error('meeting-readout template missing');
const base = newBriefingContent(template);
const random = seededRandom(20251121);
const generated = Array.from({ length: 50 }, (_, index) => Buffer.from(JSON.stringify(generatedBriefing(random, base, index).body)));
const long = Buffer.from(JSON.stringify(base.body.map((section) => ({ ...section, children: paragraphs(random, 'en', 10_000) }))));
const docs = readdirSync('docs').filter((name) => name.endsWith('.md')).map((name) => readFileSync(join('docs', name), 'utf8'));
const prose = docs.join('\n\n').split(/\n\n+/u).map((text) => ({ type: 'paragraph', children: [{ text }] }));
const proseBody = Buffer.from(JSON.stringify([{ sectionId: 'lede', children: prose.slice(0, 40) }]).slice(0, 12_000));

interface Codec { name: string; pack: (input: Buffer) => Buffer; unpack: (input: Buffer) => Buffer }
const codecs: Codec[] = [
  // What the library stores (body-codec.ts): deflate at level 1 with zlib's Adler-32 check.
  { name: 'zlib 1', pack: (input: Buffer) => deflateSync(input, { level: 1 }), unpack: (input: Buffer) => inflateSync(input) },
  ...[1, 3, 6].map((level) => ({ name: `deflate-raw ${level}`, pack: (input: Buffer) => deflateRawSync(input, { level }), unpack: (input: Buffer) => inflateRawSync(input) })),
  ...[1, 3, 5].map((quality) => ({
    name: `brotli ${quality}`,
    pack: (input: Buffer) => brotliCompressSync(input, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: input.length } }),
    unpack: (input: Buffer) => brotliDecompressSync(input),
  })),
];

function median(samples: number[]): number {
  return [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? NaN;
}
const round = (value: number, places = 3) => Math.round(value * 10 ** places) / 10 ** places;
const results: Record<string, unknown> = {};
const sets: [string, Buffer[], number][] = [['generated ~15 KB', generated, 20], ['docs prose 12 KB', [proseBody], 400], ['100-page 600 KB', [long], 15]];
for (const [label, inputs, repeat] of sets) {
  const bytes = inputs.reduce((sum, input) => sum + input.length, 0) / inputs.length;
  console.log(`\n${label}: ${Math.round(bytes)} bytes of JSON`);
  for (const codec of codecs) {
    const packed = inputs.map((input) => codec.pack(input));
    const packMs: number[] = [];
    const unpackMs: number[] = [];
    for (let index = 0; index < repeat; index += 1) {
      for (const [at, input] of inputs.entries()) {
        let start = performance.now();
        codec.pack(input);
        packMs.push(performance.now() - start);
        start = performance.now();
        codec.unpack(packed[at] ?? Buffer.alloc(0));
        unpackMs.push(performance.now() - start);
      }
    }
    const ratio = packed.reduce((sum, input) => sum + input.length, 0) / inputs.length / bytes;
    console.log(`  ${codec.name.padEnd(14)} ratio ${round(ratio).toFixed(3)}  pack ${round(median(packMs)).toFixed(3)} ms  unpack ${round(median(unpackMs)).toFixed(3)} ms`);
    results[`${label} ${codec.name}`] = { ratio: round(ratio), pack_ms: round(median(packMs)), unpack_ms: round(median(unpackMs)) };
  }
}
console.log(JSON.stringify(results));
