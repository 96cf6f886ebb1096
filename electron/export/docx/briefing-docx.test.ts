import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { sampleBriefing, sampleExportTime } from '../../../tests/fixtures/export/sample-briefings';
import type { Briefing } from '../../../shared/document/briefing';
import { exportDocument } from '../../../shared/document/export/export-document';
import { defaultExportOptions, type ExportOptions } from '../../../shared/document/export/export-options';
import { findBuiltInTemplate } from '../../../shared/document/templates/built-in-templates';
import { deflateSync } from 'node:zlib';
import { pageMargins } from '../../../shared/document/export/pdf-page-setup';
import { briefingDocxBytes } from './briefing-docx';
import { pngSize } from './docx-logo';

/** CRC-32 as PNG chunks carry it. */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A real PNG of `width` × `height` pixels in one colour, as a logo file would be. */
function solidPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x1f)]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

async function docxParts(briefing: Briefing, options: ExportOptions = defaultExportOptions) {
  const bytes = await briefingDocxBytes(exportDocument(briefing, findBuiltInTemplate(briefing.templateId), options, { now: sampleExportTime }), options.pageSize);
  const files = unzipSync(bytes);
  const part = (name: string): string => {
    const file = files[name];
    if (!file) throw new Error(`the DOCX has no ${name}`);
    return strFromU8(file);
  };
  return { bytes, files, part };
}

/** The paragraphs of document.xml with their style and text, in order. */
function paragraphs(documentXml: string): { style: string; numId: string | null; text: string }[] {
  return [...documentXml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gsu)].map((match) => {
    const xml = match[1] ?? match[2] ?? '';
    return {
      style: /<w:pStyle w:val="([^"]+)"/u.exec(xml)?.[1] ?? 'Normal',
      numId: /<w:numId w:val="(\d+)"/u.exec(xml)?.[1] ?? null,
      text: [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((text) => text[1]).join(''),
    };
  });
}

describe('briefingDocx', () => {
  it('uses real Word styles for title, headings, lists and quotes', async () => {
    const { part } = await docxParts(sampleBriefing('meeting-readout'));
    const body = paragraphs(part('word/document.xml'));
    expect(body.find((paragraph) => paragraph.style === 'Title')?.text).toBe('Prime Minister Ali Asadov meets ITU Secretary-General Doreen Bogdan-Martin');
    expect(body.filter((paragraph) => paragraph.style === 'Heading1').map((paragraph) => paragraph.text)).toEqual([
      'Occasion',
      'Topics discussed',
      'Key messages',
      'Agreed points',
      'Follow-up',
      'Participants',
    ]);
    expect(body.filter((paragraph) => paragraph.style === 'ListNumber').map((paragraph) => paragraph.text)).toHaveLength(4);
    expect(body.filter((paragraph) => paragraph.style === 'ListBullet').map((paragraph) => paragraph.text)[0]).toBe('development of the ICT sector;');
    const styles = part('word/styles.xml');
    for (const name of ['Title', 'Heading 1', 'Heading 2', 'Heading 3', 'Normal', 'Quote', 'List Number', 'List Bullet']) {
      expect(styles).toContain(`<w:name w:val="${name}"/>`);
    }
    const release = paragraphs((await docxParts(sampleBriefing('press-release'))).part('word/document.xml'));
    expect(release.find((paragraph) => paragraph.style === 'Quote')?.text).toBe('“ICT development is a national priority,” said Prime Minister Ali Asadov.');
  });

  it('gives every list its own Word numbering, restarting at 1, with levels for indents', async () => {
    const briefing = sampleBriefing('press-conference-note');
    briefing.body[0]!.children.push({ type: 'list-item', listType: 'numbered', indent: 0, children: [{ text: 'An earlier list' }] });
    const { part } = await docxParts(briefing);
    const lists = paragraphs(part('word/document.xml')).filter((paragraph) => paragraph.style === 'ListNumber');
    const [first, ...rest] = lists;
    expect(first?.text).toBe('An earlier list');
    // The key announcements are one list, numbered apart from the list before them.
    expect(new Set(rest.map((paragraph) => paragraph.numId)).size).toBe(1);
    expect(rest[0]?.numId).not.toBe(first?.numId);
    const numbering = part('word/numbering.xml');
    const numId = rest[0]?.numId ?? '';
    expect(numbering).toMatch(new RegExp(`<w:num w:numId="${numId}"><w:abstractNumId w:val="\\d+"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>`, 'u'));
    expect(numbering).toContain('<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>');
    expect(numbering).toContain('<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2."/>');
  });

  it('lets bulleted lists share one Word numbering, which counts nothing, while numbered lists keep their own', async () => {
    const briefing = sampleBriefing('press-conference-note');
    const item = (listType: 'bulleted' | 'numbered', text: string) => ({ type: 'list-item' as const, listType, indent: 0, children: [{ text }] });
    briefing.body[0]!.children.push(
      item('bulleted', 'First bullet list'),
      { type: 'paragraph', children: [{ text: 'Between the lists.' }] },
      item('bulleted', 'Second bullet list'),
      { type: 'paragraph', children: [{ text: 'Between the numbered lists.' }] },
      item('numbered', 'First numbered list'),
      { type: 'paragraph', children: [{ text: 'And again.' }] },
      item('numbered', 'Second numbered list'),
    );
    const { part } = await docxParts(briefing);
    const found = paragraphs(part('word/document.xml'));
    const numIdOf = (text: string) => found.find((paragraph) => paragraph.text === text)?.numId;
    expect(numIdOf('First bullet list')).toBeTruthy();
    expect(numIdOf('Second bullet list')).toBe(numIdOf('First bullet list'));
    expect(numIdOf('Second numbered list')).not.toBe(numIdOf('First numbered list'));
    // One <w:num> for all the bullets: a 100-page briefing's numbering part no longer grows with its bulleted lists.
    const bulletNums = new Set(found.filter((paragraph) => paragraph.style === 'ListBullet').map((paragraph) => paragraph.numId));
    expect(bulletNums.size).toBe(1);
  });

  it('writes the participants table with a repeating header row', async () => {
    const xml = (await docxParts(sampleBriefing('meeting-readout'))).part('word/document.xml');
    const table = /<w:tbl>.*<\/w:tbl>/su.exec(xml)?.[0] ?? '';
    const rows = [...table.matchAll(/<w:tr>(.*?)<\/w:tr>/gsu)].map((row) => [...(row[1] ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((text) => text[1]));
    expect(rows).toEqual([
      ['Name', 'Title', 'Organisation', 'Side'],
      ['Ali Asadov', 'Prime Minister', 'Republic of Azerbaijan', 'Host'],
      ['Doreen Bogdan-Martin', 'Secretary-General', 'International Telecommunication Union', 'Guest'],
    ]);
    expect(/<w:tr>.*?<\/w:tr>/su.exec(table)?.[0]).toContain('<w:tblHeader/>');
    const without = (await docxParts(sampleBriefing('meeting-readout'), { ...defaultExportOptions, includeParticipants: false })).part('word/document.xml');
    expect(without).not.toContain('<w:tbl>');
  });

  it('keeps marks, links and page breaks', async () => {
    const briefing = sampleBriefing('blank');
    briefing.body[0]!.children.push(
      { type: 'page-break', children: [{ text: '' }] },
      {
        type: 'paragraph',
        children: [{ text: 'x' }, { text: '2', superscript: true }, { text: 'H' }, { text: '2', subscript: true }, { text: 'gone', strikethrough: true }, { text: 'u', underline: true, italic: true }],
      },
    );
    const { part, files } = await docxParts(briefing);
    const xml = part('word/document.xml');
    expect(xml).toContain('<w:br w:type="page"/>');
    expect(xml).toContain('<w:vertAlign w:val="superscript"/>');
    expect(xml).toContain('<w:vertAlign w:val="subscript"/>');
    expect(xml).toContain('<w:strike/>');
    expect(xml).toMatch(/<w:i\/>.*<w:u w:val="single"\/>/su);
    const hyperlink = /<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>.*?WTDC website.*?<\/w:hyperlink>/su.exec(xml);
    expect(hyperlink).not.toBeNull();
    const relationships = strFromU8(files['word/_rels/document.xml.rels'] ?? new Uint8Array());
    expect(relationships).toMatch(new RegExp(`Id="${hyperlink?.[1]}"[^>]*Target="https://www.itu.int/wtdc"[^>]*TargetMode="External"|Target="https://www.itu.int/wtdc"[^>]*TargetMode="External"[^>]*Id="${hyperlink?.[1]}"`, 'u'));
  });

  it('puts the organisation, marking and PAGE / NUMPAGES fields in the header and footer', async () => {
    const briefing = sampleBriefing('meeting-readout');
    briefing.fields.classification = 'confidential';
    const { part, files } = await docxParts(briefing, { ...defaultExportOptions, draftMark: true });
    const headerName = Object.keys(files).find((name) => /^word\/header\d+\.xml$/u.test(name)) ?? '';
    const footerName = Object.keys(files).find((name) => /^word\/footer\d+\.xml$/u.test(name)) ?? '';
    expect(part(headerName)).toContain('Republic of Azerbaijan');
    expect(part(headerName)).toContain('DRAFT · CONFIDENTIAL');
    const footer = part(footerName);
    expect(footer).toContain('CONFIDENTIAL · ');
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>.*<w:t[^>]*> of <\/w:t>.*<w:instrText[^>]*>NUMPAGES<\/w:instrText>/su);
    expect(part('word/document.xml')).toMatch(/<w:headerReference w:type="default" r:id="[^"]+"\/>/u);
  });

  it('sets the core properties, the page size and w:lang from the briefing language', async () => {
    const briefing = { ...sampleBriefing('meeting-readout'), language: 'az' };
    const { part } = await docxParts(briefing, { ...defaultExportOptions, pageSize: 'Letter' });
    const core = part('docProps/core.xml');
    expect(core).toContain('<dc:title>Prime Minister Ali Asadov meets ITU Secretary-General Doreen Bogdan-Martin</dc:title>');
    expect(core).toContain('<dc:creator>Republic of Azerbaijan</dc:creator>');
    expect(core).toMatch(/<dcterms:created xsi:type="dcterms:W3CDTF">\d{4}-\d\d-\d\dT/u);
    expect(part('word/styles.xml')).toContain('<w:lang w:val="az-Latn-AZ"/>');
    expect(part('word/document.xml')).toContain('<w:pgSz w:w="12240" w:h="15840"');
  });

  it('refers only to styles, numbering and relationships it defines, the usual causes of a repair prompt in Word', async () => {
    for (const templateId of ['meeting-readout', 'press-release', 'talking-points', 'press-conference-note', 'blank']) {
      const { part, files } = await docxParts(sampleBriefing(templateId), { ...defaultExportOptions, draftMark: true });
      const styles = part('word/styles.xml');
      const styleIds = [...styles.matchAll(/w:styleId="([^"]+)"/gu)].map((match) => match[1]);
      expect(new Set(styleIds).size).toBe(styleIds.length);
      const parts = Object.keys(files).filter((name) => /^word\/(document|header\d+|footer\d+)\.xml$/u.test(name)).map(part);
      for (const xml of parts) {
        for (const [, style] of xml.matchAll(/<w:(?:pStyle|rStyle) w:val="([^"]+)"\/>/gu)) expect(styleIds).toContain(style);
      }
      const numbering = part('word/numbering.xml');
      for (const [, numId] of part('word/document.xml').matchAll(/<w:numId w:val="(\d+)"\/>/gu)) expect(numbering).toContain(`<w:num w:numId="${numId}">`);
      const relationships = part('word/_rels/document.xml.rels');
      for (const [, id] of part('word/document.xml').matchAll(/r:id="([^"]+)"/gu)) expect(relationships).toContain(`Id="${id}"`);
      const contentTypes = part('[Content_Types].xml');
      for (const name of Object.keys(files).filter((file) => /^word\/(document|styles|numbering|header\d+|footer\d+)\.xml$/u.test(file))) {
        expect(contentTypes).toContain(`PartName="/${name}"`);
      }
    }
  });

  it('reads back with mammoth as the same structure', async () => {
    const { bytes } = await docxParts(sampleBriefing('meeting-readout'));
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(result.messages.filter((message) => message.type === 'error')).toEqual([]);
    const html = result.value;
    expect(html).toContain('<h1>Agreed points</h1><ol><li>Prospects for cooperation in digital transformation, cybersecurity and e-government.</li>');
    expect(html.match(/<ol>.*?<\/ol>/su)?.[0].match(/<li>/gu)).toHaveLength(4);
    expect(html.match(/<ul>.*?<\/ul>/su)?.[0].match(/<li>/gu)).toHaveLength(5);
    expect(html).toContain('<table><thead><tr><th><p><strong>Name</strong></p></th>');
    expect(html).toContain('<td><p>Doreen Bogdan-Martin</p></td>');
  });

  it('writes well-formed XML whatever characters the briefing holds (found by tests/fuzz)', async () => {
    const briefing = sampleBriefing('meeting-readout');
    const odd = 'a\u0000b\u0008c\u000bd\u001fe\ufffef\uffffg\ud800h';
    const { part } = await docxParts({
      ...briefing,
      title: `Title ${odd}`,
      participants: [{ id: 'p1', name: `Name ${odd}`, title: '', organisation: '', side: 'host', role: '' }],
      body: [{ ...briefing.body[0]!, children: [{ type: 'paragraph', children: [{ text: `Text ${odd}` }] }] }],
    });
    const { DOMParser } = new JSDOM('').window;
    for (const name of ['word/document.xml', 'docProps/core.xml']) {
      const xml = new DOMParser().parseFromString(part(name), 'application/xml');
      expect(xml.getElementsByTagName('parsererror'), name).toHaveLength(0);
    }
    // The vertical tab becomes a line break (<w:br/>), the rest is dropped, half a surrogate pair shows as a replacement character.
    expect(paragraphs(part('word/document.xml')).map((paragraph) => paragraph.text)).toContain('Text abcdefg\ufffdh');
  });

  it('puts the organisation’s PNG logo above the masthead, in the PDF’s 60 × 18 mm box with its proportions kept', async () => {
    const png = solidPng(300, 90);
    expect(pngSize(png)).toEqual({ width: 300, height: 90 });
    const briefing = sampleBriefing('meeting-readout');
    const issuer = { organisationName: 'Ministry of Digital Development', logo: { mediaType: 'image/png' as const, base64: png.toString('base64') }, mediaContact: '', margins: pageMargins };
    const bytes = await briefingDocxBytes(exportDocument(briefing, findBuiltInTemplate(briefing.templateId), defaultExportOptions, { now: sampleExportTime, issuer }), 'A4');
    const files = unzipSync(bytes);
    const media = Object.keys(files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(Buffer.from(files[media[0] ?? ''] ?? new Uint8Array()).equals(png)).toBe(true);
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    // 60 mm wide at most and 18 mm high at most: 300 × 90 pixels scale to 227 × 68 (EMU: 9525 a pixel).
    expect(xml).toContain(`<wp:extent cx="${227 * 9525}" cy="${68 * 9525}"/>`);
    expect(xml.indexOf('<wp:inline')).toBeLessThan(xml.indexOf('Ministry of Digital Development'));
    expect(xml).toMatch(/<wp:docPr [^>]*descr="Ministry of Digital Development"/u);
  });

  it('draws an SVG logo as a PNG at print resolution, shown at the size the PDF gives it, and leaves out an unsafe one', async () => {
    // 400 × 100 CSS pixels: the PDF shrinks it into 60 × 18 mm (227 × 57 of Word's pixels); at 300 dpi that is 709 × 178 pixels.
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100" viewBox="0 0 400 100"><rect width="400" height="100" fill="#1f3864"/><circle cx="50" cy="50" r="40" fill="#ffffff"/></svg>';
    const briefing = sampleBriefing('meeting-readout');
    const withLogo = (text: string) => ({ organisationName: 'Ministry of Digital Development', logo: { mediaType: 'image/svg+xml' as const, base64: Buffer.from(text).toString('base64') }, mediaContact: '', margins: pageMargins });
    const bytes = await briefingDocxBytes(exportDocument(briefing, findBuiltInTemplate(briefing.templateId), defaultExportOptions, { now: sampleExportTime, issuer: withLogo(svg) }), 'A4');
    const files = unzipSync(bytes);
    const media = Object.keys(files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const png = files[media[0] ?? ''] ?? new Uint8Array();
    expect(pngSize(png)).toEqual({ width: 709, height: 178 });
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain(`<wp:extent cx="${227 * 9525}" cy="${57 * 9525}"/>`);
    expect(xml.indexOf('<wp:inline')).toBeLessThan(xml.indexOf('Ministry of Digital Development'));
    // A drawing that refers outside itself is never drawn (nothing is fetched): the masthead goes without a logo.
    const unsafe = svg.replace('</svg>', '<image href="file:///etc/hostname" width="10" height="10"/></svg>');
    const without = unzipSync(await briefingDocxBytes(exportDocument(briefing, findBuiltInTemplate(briefing.templateId), defaultExportOptions, { now: sampleExportTime, issuer: withLogo(unsafe) }), 'A4'));
    expect(Object.keys(without).filter((name) => name.startsWith('word/media/'))).toEqual([]);
    expect(strFromU8(without['word/document.xml'] ?? new Uint8Array())).toContain('Ministry of Digital Development');
  });
});
