import { readFileSync } from 'node:fs';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ServiceError } from '../../../shared/ipc/ipc-result';
import { MAX_DOCX_ENTRIES, MAX_DOCX_FILE_BYTES } from './docx-limits';
import { readDocxPackage } from './docx-package';
import { docxWith, noise, sharedOffsets, withDeclaredCompressedSize, withDeclaredSize } from '../../../tests/support/lying-zips';

const fixture = readFileSync(new URL('../../../tests/fixtures/import/meeting-readout-draft.docx', import.meta.url));
const minimalDocument = '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Hello</w:t></w:r></w:p></w:body></w:document>';

function refusal(bytes: Uint8Array): string {
  try {
    readDocxPackage(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(ServiceError);
    return (error as ServiceError).message;
  }
  throw new Error('the file was accepted');
}

describe('readDocxPackage', () => {
  it('reads a real Word file and finds its document and header parts', () => {
    const docx = readDocxPackage(fixture);
    expect(docx.text('word/document.xml')).toContain('Agreed points');
    expect(Object.keys(docx.parts).some((name) => /^word\/header\d*\.xml$/.test(name))).toBe(true);
  });

  it('reads each file’s own parts: a part decoded once is never served for another file, nor for the same name changed', () => {
    const wordFile = (text: string) => zipSync({ 'word/document.xml': strToU8(minimalDocument.replace('Hello', text)), 'word/header1.xml': strToU8(`<w:hdr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:hdr>`) });
    const first = readDocxPackage(wordFile('Bakı, 21 noyabr'));
    expect(first.text('word/document.xml')).toContain('Bakı, 21 noyabr');
    const second = readDocxPackage(wordFile('Москва, 21 ноября'));
    expect(second.text('word/document.xml')).toContain('Москва, 21 ноября');
    expect(second.text('word/document.xml')).not.toContain('Bakı');
    expect(second.text('word/header1.xml')).toContain('Москва');
    // Asked again, each answers the same, and a part a file lacks stays missing.
    expect(first.text('word/document.xml')).toContain('Bakı, 21 noyabr');
    expect(first.text('word/header1.xml')).toContain('Bakı, 21 noyabr');
    expect(first.text('word/comments.xml')).toBeUndefined();
  });

  it('refuses a file that is not a zip', () => {
    expect(refusal(strToU8('{\\rtf1 Not a Word file}'))).toMatch(/not a Word document \(\.docx\)/);
  });

  it('refuses a truncated zip', () => {
    expect(refusal(fixture.subarray(0, Math.floor(fixture.byteLength / 2)))).toBe('This Word file is damaged or incomplete and cannot be read.');
  });

  it('refuses a zip without word/document.xml', () => {
    expect(refusal(zipSync({ 'readme.txt': strToU8('hello') }))).toMatch(/no word\/document\.xml/);
  });

  it('refuses a zip bomb by its inflated size before inflating it', () => {
    // 120 MB of zeros deflates to well under 1 MB: over the total limit and far over the ratio.
    const bomb = zipSync({ 'word/document.xml': strToU8(minimalDocument), 'word/media/zeros.bin': new Uint8Array(120 * 1024 * 1024) }, { level: 1 });
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    expect(refusal(bomb)).toMatch(/zip bomb/);
  }, 60_000);

  it('refuses one entry that inflates too far even under the total limit', () => {
    const dense = zipSync({ 'word/document.xml': strToU8(minimalDocument), 'word/media/zeros.bin': new Uint8Array(30 * 1024 * 1024) }, { level: 1 });
    expect(refusal(dense)).toMatch(/zip bomb/);
  }, 60_000);

  it('refuses a zip with too many entries', () => {
    const entries: Zippable = { 'word/document.xml': strToU8(minimalDocument) };
    for (let index = 0; index < MAX_DOCX_ENTRIES + 1; index += 1) entries[`word/parts/p${index}.xml`] = strToU8('<x/>');
    expect(refusal(zipSync(entries, { level: 0 }))).toMatch(/zip bomb/);
  });

  it('refuses XML with a DOCTYPE or external entities (XXE) in any part', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>`;
    expect(refusal(zipSync({ 'word/document.xml': strToU8(xxe) }))).toMatch(/entity declarations/);
    const inHeader = zipSync({ 'word/document.xml': strToU8(minimalDocument), 'word/header1.xml': strToU8('<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>') });
    expect(refusal(inHeader)).toMatch(/entity declarations/);
  });

  it('refuses a file over the size limit before unzipping', () => {
    const huge = new Uint8Array(MAX_DOCX_FILE_BYTES + 1);
    huge.set([0x50, 0x4b, 0x03, 0x04]);
    expect(refusal(huge)).toBe('This file is 20.0 MB; Word files up to 20 MB can be imported.');
  });

  describe('a zip whose directory lies', () => {
    const lie = 'This Word file is damaged: its internal index does not match its contents, so it was not opened.';

    it('refuses a part that inflates to more than its directory entry says (a 2 MB stream declared as 100 bytes)', () => {
      const zip = docxWith(noise(2 * 1024 * 1024));
      expect(readDocxPackage(zip).parts['word/media/blob.bin']?.byteLength).toBe(2 * 1024 * 1024);
      expect(refusal(withDeclaredSize(zip, 'word/media/blob.bin', 100))).toBe(lie);
    });

    it('refuses a part that inflates to less than its directory entry says', () => {
      expect(refusal(withDeclaredSize(docxWith(noise(4096)), 'word/media/blob.bin', 8192))).toBe(lie);
    });

    it('refuses a stored part whose two sizes differ, and one whose data runs into the directory', () => {
      expect(refusal(withDeclaredSize(docxWith(noise(4096), 0), 'word/media/blob.bin', 100))).toBe(lie);
      expect(refusal(withDeclaredCompressedSize(docxWith(noise(4096)), 'word/media/blob.bin', 10 * 1024 * 1024))).toBe(lie);
    });

    it('refuses many directory entries that all point at one stream', () => {
      // Under the total limit only the shared data gives them away.
      expect(refusal(sharedOffsets(1990, noise(1024)))).toBe(lie);
      expect(refusal(sharedOffsets(2))).toBe(lie);
      // Over it, the sum of what they claim is refused first.
      expect(refusal(sharedOffsets(1990))).toMatch(/zip bomb/);
    });
  });
});
