import { BrowserWindow, session } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lockDownSession } from './lock-down-session';
import { isAllowedDataUrl, printWindowOptions } from './window-options';
import type { PdfPageSetup } from '../../shared/document/export/pdf-page-setup';
import type { PdfPrinter } from '../services/ports';

/** Millimetres as the inches Electron's `printToPDF` takes. */
export function millimetresToInches(millimetres: number): number {
  return millimetres / 25.4;
}

/** A session of its own, so the print window shares no cookies, cache or request rules with the app. */
const printPartition = 'briefing-desk-print';

/**
 * The app's PDF printer: a hidden, sandboxed window with JavaScript off loads
 * the print HTML from a temporary file (the HTML with its fonts is too large
 * for a `data:` URL) and prints it with `webContents.printToPDF`, using the
 * same page setup as the Chromium printer of the tests.
 */
export function createElectronPdfPrinter(): PdfPrinter {
  // One print at a time: each print's request filter admits only its own file.
  let previous: Promise<unknown> = Promise.resolve();
  const printOne = async (html: string, setup: PdfPageSetup): Promise<Uint8Array> => {
    const printSession = session.fromPartition(printPartition);
    const folder = await mkdtemp(join(tmpdir(), 'briefing-desk-print-'));
    const file = join(folder, 'print.html');
    const fileUrl = pathToFileURL(file).href;
    // No permissions, and only this print's own file and the data: URLs inside it load; nothing else may be fetched.
    lockDownSession(printSession, (url) => url === fileUrl || isAllowedDataUrl(url));
    let window: BrowserWindow | undefined;
    try {
      window = new BrowserWindow(printWindowOptions(printSession)); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
      await writeFile(file, html, 'utf8');
      await window.loadURL(fileUrl);
      const pdf = await window.webContents.printToPDF({
        pageSize: setup.pageSize,
        margins: {
          top: millimetresToInches(setup.margins.top),
          right: millimetresToInches(setup.margins.right),
          bottom: millimetresToInches(setup.margins.bottom),
          left: millimetresToInches(setup.margins.left),
        },
        displayHeaderFooter: true,
        headerTemplate: setup.headerTemplate,
        footerTemplate: setup.footerTemplate,
        printBackground: true,
        generateTaggedPDF: true,
        generateDocumentOutline: true,
      });
      return new Uint8Array(pdf);
    } finally {
      window?.destroy();
      await rm(folder, { recursive: true, force: true });
    }
  };
  return {
    print(html: string, setup: PdfPageSetup): Promise<Uint8Array> {
      const printed = previous.catch(() => undefined).then(() => printOne(html, setup));
      previous = printed;
      return printed;
    },
  };
}
