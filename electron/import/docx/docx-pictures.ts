import { CAPTION_MARK, pictureMarker, withoutMarkerCharacters } from '../../../shared/document/html/picture-markers';

/**
 * Pictures of a Word file. Mammoth writes each picture as an `<img>` the
 * import's sanitiser would drop, so the converter hands it a placeholder
 * address (`placeholderSource`) and, once mammoth is done, `markPictures`
 * turns each placeholder into a picture marker in the text and each
 * paragraph in Word's Caption style into a caption mark; `placePictures`
 * (shared with paste) makes picture blocks of them.
 */

const PLACEHOLDER = 'briefing-picture:';

/** Word's Caption style (Word's own id is "Caption", its name "caption"; LibreOffice writes "Caption"). */
export const captionStyleMap = ["p[style-name='Caption'] => p.docx-caption:fresh", "p[style-name='caption'] => p.docx-caption:fresh"];

/** The `src` mammoth is given for the `index`-th picture. */
export const placeholderSource = (index: number): string => `${PLACEHOLDER}${index}`;

/** Mammoth's HTML with the pictures and Caption paragraphs as markers in the text. */
export function markPictures(html: string): string {
  return withoutMarkerCharacters(html)
    .replace(/<img\b[^>]*\bsrc="briefing-picture:(\d+)"[^>]*>/gu, (_all, index: string) => pictureMarker(Number(index)))
    .replace(/<p class="docx-caption">/gu, `<p>${CAPTION_MARK}`);
}
