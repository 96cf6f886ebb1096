import { randomUUID } from 'node:crypto';
import type { ImportedDocument } from '../../shared/document/import/imported-document';

/**
 * Most converted drafts kept waiting for the person's answer. One is the
 * usual case; a few allow two windows or a dialog left open. A converted
 * draft is text only (tens of kilobytes), so the oldest is simply dropped.
 */
export const MAX_PENDING_PREVIEWS = 4;

/** Converted drafts between preview and create, by preview id, in main-process memory. */
export class DocxPreviewCache {
  private readonly previews = new Map<string, ImportedDocument>();

  add(document: ImportedDocument): string {
    const id = randomUUID();
    this.previews.set(id, document);
    while (this.previews.size > MAX_PENDING_PREVIEWS) {
      const oldest = this.previews.keys().next().value;
      if (oldest === undefined) break;
      this.previews.delete(oldest);
    }
    return id;
  }

  get(id: string): ImportedDocument | undefined {
    return this.previews.get(id);
  }

  delete(id: string): void {
    this.previews.delete(id);
  }
}
