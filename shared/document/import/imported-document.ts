import type { BlockElement } from '../briefing-body';
import type { Participant } from '../briefing';
import type { CommentThread } from '../comment-schema';
import type { LocalisedMessage } from '../../ipc/ipc-result';
import type { ImageMime } from '../picture';

/** A participant read from a table in the imported file (ids are given when the briefing is made). */
export interface ImportedParticipant {
  name: string;
  title: string;
  organisation: string;
  side: Participant['side'];
  role: string;
}

/**
 * A Word draft after conversion, before it is put into a template: plain
 * data (it crosses from the import worker), with the body already in
 * briefing blocks.
 */
export interface ImportedDocument {
  /** The file name the person chose, without folders. */
  fileName: string;
  /** The paragraph in Word's Title style, if there was one. */
  title: string | null;
  /** Blocks before the first section heading (a readout's lede). */
  intro: BlockElement[];
  /** The document cut at its top-level headings, in order. */
  sections: { heading: string; blocks: BlockElement[] }[];
  participants: ImportedParticipant[];
  /** What the header, footer and the lines above the title said about release and classification. */
  releaseHints: ReleaseHints;
  /** `az` or `ru` when most letters say so; otherwise `null` (the template's default). */
  language: string | null;
  /** Sentences for the summary: what could not come across (images, comments, tracked changes, styles). */
  dropped: LocalisedMessage[];
  /** Word comments as review threads; the blocks' texts carry their anchors (and tracked changes their suggestions). */
  commentThreads?: CommentThread[];
  /**
   * The pictures the body's picture blocks name, already checked and stripped
   * like any picture added to the library; kept with the briefing when it is saved.
   */
  pictures?: ImportedPicture[];
}

/** A picture of the Word file as the library will keep it, addressed by the SHA-256 of `bytes`. */
export interface ImportedPicture {
  hash: string;
  mime: ImageMime;
  width: number;
  height: number;
  bytes: Uint8Array;
}

export interface ReleaseHints {
  /** A classification option value (`official`, `restricted`, `confidential`, `public`). */
  classification?: string;
  /** The file says it is for immediate release ("FOR IMMEDIATE RELEASE", "DƏRHAL YAYIMLANMAQ ÜÇÜN"). */
  immediate?: boolean;
  /**
   * The file says it is embargoed; `embargoUntil` is set when the moment could be read: `YYYY-MM-DDTHH:mm` as
   * written, no zone converted, which the briefing keeps as a wall-clock time of the computer (`embargoUntilOf`).
   */
  embargoed?: boolean;
  embargoUntil?: string;
  /** The lines the hints were read from, for the summary. */
  lines: string[];
}

/**
 * A heading as compared with template section headings: case, spacing,
 * numbering and a trailing colon do not matter. Every i (dotted, dotless,
 * capital I and İ) folds to one letter, so "İŞTİRAKÇILAR", "İştirakçılar"
 * and a heading typed with English capitals all meet, whatever the
 * language's rules for upper and lower case.
 */
export function headingKey(heading: string): string {
  return heading
    .normalize('NFC')
    .replace(/[Iİı]/gu, 'i')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/i\u0307/gu, 'i')
    .replace(/^\s*(?:\d+[.)]|[ivx]+\.)\s+/u, '')
    .replace(/[\s\u00a0]+/gu, ' ')
    .replace(/[\s:.–—-]+$/u, '')
    .trim();
}
