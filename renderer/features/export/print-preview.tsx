import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
// pdf.js draws in a worker of its own, bundled by Vite beside the app: nothing is fetched from a network.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { useEffect, useRef, useState } from 'react';
import type { PdfPreview } from '../../../shared/ipc/export-service';
import { useT } from '../../ui/interface-language';

GlobalWorkerOptions.workerSrc = workerUrl;

/** Widest a page is drawn, in CSS pixels: the dialog's width. */
const pageWidth = 560;

function bytesOf(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * The print preview: the very PDF the export makes (from the main process, the same print HTML, page breaks,
 * running header and footer, logo and DRAFT mark), drawn page by page with pdf.js.
 */
export function PrintPreview({ preview }: { preview: PdfPreview }) {
  const t = useT();
  const [document, setDocument] = useState<PDFDocumentProxy | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [failed, setFailed] = useState<string | undefined>(undefined);
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    // No eval in pdf.js, as the app's content security policy allows none.
    const task = getDocument({ data: bytesOf(preview.base64), isEvalSupported: false });
    // pdf.js's reason is its own English text, for the console; the person reads the catalog's sentence.
    task.promise.then(setDocument, (error: unknown) => {
      console.error('[briefing-desk] print preview', error);
      setFailed(t('export.previewFailed'));
    });
    return () => {
      void task.destroy();
    };
  }, [preview, t]);

  useEffect(() => {
    if (!document || !canvas.current) return;
    const target = canvas.current;
    let cancelled = false;
    let render: { cancel(): void } | undefined;
    void document.getPage(page).then((pdfPage) => {
      if (cancelled) return;
      const base = pdfPage.getViewport({ scale: 1 });
      const scale = pageWidth / base.width;
      const ratio = window.devicePixelRatio || 1;
      const viewport = pdfPage.getViewport({ scale: scale * ratio });
      target.width = Math.floor(viewport.width);
      target.height = Math.floor(viewport.height);
      target.style.width = `${Math.floor(viewport.width / ratio)}px`;
      target.style.height = `${Math.floor(viewport.height / ratio)}px`;
      const task = pdfPage.render({ canvas: target, viewport });
      render = task;
      task.promise.then(
        () => target.setAttribute('data-rendered-page', String(page)),
        () => undefined,
      );
    });
    return () => {
      cancelled = true;
      render?.cancel();
    };
  }, [document, page]);

  const count = document?.numPages ?? preview.pages;
  return (
    <section className="print-preview" aria-label={t('export.preview')}>
      <div className="print-preview-nav">
        <button type="button" className="button button-quiet" disabled={page <= 1} onClick={() => setPage(page - 1)}>
          {t('export.previousPage')}
        </button>
        <span role="status">{t('export.previewPage', { page, count })}</span>
        <button type="button" className="button button-quiet" disabled={page >= count} onClick={() => setPage(page + 1)}>
          {t('export.nextPage')}
        </button>
      </div>
      {failed ? (
        <p className="library-error" role="alert">
          {failed}
        </p>
      ) : (
        <div className="print-preview-page">
          <canvas ref={canvas} role="img" aria-label={t('export.previewPage', { page, count })} />
        </div>
      )}
    </section>
  );
}
