import type { Browser } from 'playwright-core';
import type { PdfPageSetup } from '../../shared/document/export/pdf-page-setup';
import type { PdfPrinter } from '../services/ports';

export interface ChromiumPdfPrinter extends PdfPrinter {
  /** Closes the browser; the next print starts a new one. */
  close(): Promise<void>;
}

/** Debian's Chromium; `CHROMIUM_PATH` points elsewhere, as for the end-to-end tests. */
export const defaultChromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The PDF printer of the tests and the command line: the same print HTML and
 * page setup as the app, printed by a headless Chromium through
 * playwright-core. Pages run with JavaScript off and the network cut, as in
 * the app's print window. The browser starts on the first print and is kept
 * for the next ones.
 */
export function createChromiumPdfPrinter(executablePath: string = defaultChromiumPath): ChromiumPdfPrinter {
  let browser: Promise<Browser> | undefined;
  // playwright-core is loaded with the first print, not at every start of the command line.
  const launch = async (): Promise<Browser> =>
    (await import('playwright-core')).chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  return {
    async print(html: string, setup: PdfPageSetup): Promise<Uint8Array> {
      browser ??= launch();
      const context = await (await browser).newContext({ javaScriptEnabled: false, offline: true });
      try {
        const page = await context.newPage();
        // Anything the HTML would fetch is refused; fonts arrive as data: URLs, which never reach the network.
        await page.route('**/*', (route) => route.abort());
        await page.setContent(html, { waitUntil: 'load' });
        return await page.pdf({
          format: setup.pageSize,
          margin: {
            top: `${setup.margins.top}mm`,
            right: `${setup.margins.right}mm`,
            bottom: `${setup.margins.bottom}mm`,
            left: `${setup.margins.left}mm`,
          },
          displayHeaderFooter: true,
          headerTemplate: setup.headerTemplate,
          footerTemplate: setup.footerTemplate,
          printBackground: true,
          tagged: true,
          outline: true,
        });
      } finally {
        await context.close();
      }
    },
    async close(): Promise<void> {
      const open = browser;
      browser = undefined;
      if (open) await (await open).close();
    },
  };
}
