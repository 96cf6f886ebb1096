import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import exifr from 'exifr';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { photoWithGps, pngBomb } from '../support/test-images';
import { buildCli, runCli } from './run-cli';

let folder: string;
let library: string;

beforeAll(() => {
  buildCli();
  folder = mkdtempSync(join(tmpdir(), 'briefing-desk-cli-pictures-'));
  library = join(folder, 'library.sqlite');
}, 60_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(['--library', library, ...args], { cwd: folder });

interface Shown {
  body: { children: { type: string; hash?: string; caption?: string; credit?: string; alt?: string; layout?: string }[] }[];
  pictures: { hash: string; mime: string; width: number; height: number; byteSize: number }[];
}

describe('pictures on the command line', { timeout: 120_000 }, () => {
  it('adds a photo, lists it in show --json by hash and size, says it in --text and exports it; an image bomb is refused with one sentence', async () => {
    const photo = join(folder, 'signing.jpg');
    writeFileSync(photo, await photoWithGps());
    const bomb = join(folder, 'bomb.png');
    writeFileSync(bomb, pngBomb());
    const id = (await cli('new', '--template', 'press-release', '--language', 'ru', '--title', 'Подписан меморандум')).stdout.trim();

    const refused = await cli('picture', id, bomb);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('This picture has more than 40 megapixels, so it was not added.');

    const added = await cli('picture', id, photo, '--caption', 'Церемония подписания', '--credit', 'Пресс-служба', '--alt', 'Две делегации за столом', '--half');
    expect(added.code, added.stderr).toBe(0);
    const [hash] = added.stdout.trim().split(' ');
    expect(hash).toMatch(/^[0-9a-f]{64}$/u);

    const shown = JSON.parse((await cli('show', id, '--json')).stdout) as Shown;
    const pictures = shown.body.flatMap((section) => section.children).filter((block) => block.type === 'picture');
    expect(pictures).toMatchObject([{ hash, caption: 'Церемония подписания', credit: 'Пресс-служба', alt: 'Две делегации за столом', layout: 'half' }]);
    expect(shown.pictures).toEqual([{ hash, mime: 'image/jpeg', width: 800, height: 500, byteSize: expect.any(Number) as number }]);
    expect(JSON.stringify(shown)).not.toMatch(/base64|\/9j\//u);

    expect((await cli('show', id, '--text')).stdout).toContain('[Фото: Церемония подписания — Пресс-служба]');

    const out = join(folder, 'release.html');
    const exported = await cli('export', id, '--format', 'html', '--out', out);
    expect(exported.code, exported.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/<img src="data:image\/jpeg;base64,[A-Za-z0-9+/=]+" alt="Две делегации за столом"/u);

    // --images beside: the page names a file in "Меморандум пресс-релиз_files", which holds the stripped photo, and no data.
    const beside = join(folder, 'Меморандум пресс-релиз.html');
    const besideExport = await cli('export', id, '--format', 'html', '--out', beside, '--images', 'beside');
    expect(besideExport.code, besideExport.stderr).toBe(0);
    const page = readFileSync(beside, 'utf8');
    expect(page).not.toContain('data:image');
    const src = /<img src="([^"]+)" alt="Две делегации за столом"/u.exec(page)?.[1] ?? '';
    expect(src).toMatch(/^[^/]+_files\/picture-[0-9a-f]{16}\.jpg$/u);
    const file = join(folder, decodeURIComponent(src));
    expect(file).toBe(join(folder, 'Меморандум пресс-релиз_files', src.split('/')[1] ?? ''));
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(await exifr.gps(bytes).catch(() => undefined)).toBeUndefined();
    expect(readdirSync(join(folder, 'Меморандум пресс-релиз_files'))).toEqual([src.split('/')[1]]);

    const wrongFormat = await cli('export', id, '--format', 'pdf', '--out', join(folder, 'x.pdf'), '--images', 'beside');
    expect(wrongFormat.code).not.toBe(0);
    expect(wrongFormat.stderr).toContain('Pictures can be written into a folder beside the file only when exporting a web page (HTML).');
    const badValue = await cli('export', id, '--format', 'html', '--out', beside, '--images', 'linked');
    expect(badValue.code).not.toBe(0);
  });
});
