import { readFileSync } from 'node:fs';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ServiceError } from '../../../shared/ipc/ipc-result';
import { MAX_DOCX_ENTRIES, MAX_DOCX_FILE_BYTES } from './docx-limits';
import { readDocxPackage } from './docx-package';

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
});
