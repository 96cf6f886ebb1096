import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { briefingDocxBytes } from '../../electron/export/docx/briefing-docx';
import type { Briefing } from '../../shared/document/briefing';
import { isAllowedLinkUrl } from '../../shared/document/briefing-body';
import { exportDocument, type ExportIssuer } from '../../shared/document/export/export-document';
import type { ExportOptions } from '../../shared/document/export/export-options';
import { pdfPageSetup } from '../../shared/document/export/pdf-page-setup';
import { plainText } from '../../shared/document/export/plain-text';
import { printHtml } from '../../shared/document/export/print-html';
import { semanticHtml } from '../../shared/document/export/semantic-html';
import type { BriefingTemplate } from '../../shared/document/template';
import { sampleExportTime } from '../fixtures/export/sample-briefings';

const { DOMParser } = new JSDOM('').window;
const parser = new DOMParser();

/** The only `src` an export may carry: the organisation's logo from Settings, inlined. */
const logoSource = /^data:image\/(png|svg\+xml);base64,[A-Za-z0-9+/]*={0,2}$/u;

/**
 * What is wrong with an exported HTML page or fragment, or undefined: a
 * script, an event handler, an embedded frame or object, a link that is not
 * http/https/mailto, an image that is not the logo. The briefing's text is
 * full of markup and `javascript:`; all of it must arrive as text.
 */
export function htmlProblem(html: string): string | undefined {
  const document = parser.parseFromString(html, 'text/html');
  for (const element of Array.from(document.querySelectorAll('*'))) {
    const tag = element.tagName.toLowerCase();
    if (['script', 'iframe', 'object', 'embed', 'frame', 'form', 'base', 'link'].includes(tag)) return `a <${tag}> element`;
    if (tag === 'meta' && element.getAttribute('http-equiv')?.toLowerCase() === 'refresh') return 'a refresh';
    for (const { name, value } of Array.from(element.attributes)) {
      if (/^on/iu.test(name)) return `an ${name} handler on <${tag}>`;
      if (name === 'href' && !isAllowedLinkUrl(value)) return `a link to ${value.slice(0, 80)}`;
      if (name === 'src' && !logoSource.test(value)) return `<${tag} src="${value.slice(0, 80)}">`;
      if (/javascript:|vbscript:/iu.test(value)) return `${name}="${value.slice(0, 80)}" on <${tag}>`;
    }
  }
  return undefined;
}

/** The parts of a DOCX that carry the briefing's words: its body, headers, footers, properties and links. */
const contentPart = /^(word\/(document|header\d+|footer\d+)\.xml|docProps\/core\.xml|word\/_rels\/document\.xml\.rels)$/u;

/**
 * The parts of a DOCX that carry the briefing's words and do not parse as
 * XML: Word refuses such a file ("unreadable content"). Styles, numbering
 * and settings are the same in every file and are checked by the unit tests.
 */
export function brokenDocxParts(bytes: Uint8Array): string[] {
  const broken: string[] = [];
  for (const [name, content] of Object.entries(unzipSync(bytes))) {
    if (!contentPart.test(name)) continue;
    const document = parser.parseFromString(strFromU8(content), 'application/xml');
    if (document.getElementsByTagName('parsererror').length > 0) broken.push(name);
  }
  return broken;
}

export interface ExportedBriefing {
  printHtml: string;
  headerTemplate: string;
  footerTemplate: string;
  semanticHtml: string;
  clipboardHtml: string;
  plainText: string;
  docx: Uint8Array;
}

/**
 * Every export of a briefing, through the app's own code: the export model,
 * the print HTML and Chromium's margin templates (PDF), the semantic HTML
 * page and the clipboard fragment, plain text, and the real DOCX maker.
 */
export async function exportEverything(
  briefing: Briefing,
  template: BriefingTemplate | undefined,
  options: ExportOptions,
  issuer: ExportIssuer | undefined,
  fontFaceCss: string,
): Promise<ExportedBriefing> {
  // Exported while the samples' embargoes hold, so the embargo line is part of what is checked.
  const document = exportDocument(briefing, template, options, { now: sampleExportTime, issuer });
  const setup = pdfPageSetup(document, options);
  return {
    printHtml: printHtml(document, options.pageSize, fontFaceCss),
    headerTemplate: setup.headerTemplate,
    footerTemplate: setup.footerTemplate,
    semanticHtml: semanticHtml(document),
    clipboardHtml: semanticHtml(document, { fragment: true }),
    plainText: plainText(document),
    docx: await briefingDocxBytes(document, options.pageSize),
  };
}

/** Everything wrong with one briefing's exports, as sentences; empty when all is well. */
export function exportProblems(exported: ExportedBriefing): string[] {
  const problems: string[] = [];
  for (const [name, html] of Object.entries({
    'print HTML': exported.printHtml,
    'PDF header': exported.headerTemplate,
    'PDF footer': exported.footerTemplate,
    'semantic HTML': exported.semanticHtml,
    'clipboard HTML': exported.clipboardHtml,
  })) {
    const problem = htmlProblem(html);
    if (problem) problems.push(`${name}: ${problem}`);
  }
  const broken = brokenDocxParts(exported.docx);
  if (broken.length > 0) problems.push(`DOCX parts that are not well-formed XML: ${broken.join(', ')}`);
  if (typeof exported.plainText !== 'string') problems.push('plain text is not text');
  return problems;
}
