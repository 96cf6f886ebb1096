/** Pages of a Chromium PDF: its page objects are written uncompressed, one `/Type /Page` each. */
export function pdfPageCount(pdf: Uint8Array): number {
  return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1').match(/\/Type\s*\/Page(?![s\w])/gu)?.length ?? 0;
}
