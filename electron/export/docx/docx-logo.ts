import type { OrganisationLogo } from '../../../shared/document/app-settings';

/** The box the PDF's masthead logo fits in (`.logo` in print-html.ts), in Word's pixels (96 per inch). */
export const LOGO_BOX = { width: (60 / 25.4) * 96, height: (18 / 25.4) * 96 };

/** The resolution an SVG logo is drawn at for Word: print resolution, as the PDF's vector logo prints. */
export const SVG_LOGO_DPI = 300;

/** The logo as Word gets it: PNG bytes and the size it is shown at, in Word's pixels (96 per inch). */
export interface DocxLogo {
  png: Buffer;
  width: number;
  height: number;
}

/** A PNG's size in pixels from its IHDR chunk, or undefined when the bytes are no PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 24 || bytes[12] !== 0x49 || bytes[13] !== 0x48 || bytes[14] !== 0x44 || bytes[15] !== 0x52) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 ? { width, height } : undefined;
}

/** A size shrunk (never enlarged) into the logo box with its proportions kept, as the PDF's `max-width`/`max-height` do. */
function fitted(size: { width: number; height: number }): { width: number; height: number } {
  const scale = Math.min(1, LOGO_BOX.width / size.width, LOGO_BOX.height / size.height);
  return { width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)) };
}

/** A PNG logo as it is: its pixels count as Word's (and the PDF's) 96 a inch. */
export function pngLogo(logo: OrganisationLogo | null): DocxLogo | undefined {
  if (logo?.mediaType !== 'image/png') return undefined;
  const png = Buffer.from(logo.base64, 'base64');
  const size = pngSize(png);
  return size ? { png, ...fitted(size) } : undefined;
}

/**
 * The logo for Word's masthead. A PNG goes in as it is. An SVG — which Word
 * shows only with a bitmap beside it, and LibreOffice not reliably — is
 * sanitised as any picture is (a drawing with active content or an outside
 * reference gives no logo, and nothing is fetched), then drawn by sharp
 * (librsvg) at 300 dots an inch at the size the PDF shows it: its own size in
 * CSS pixels, shrunk into the 60 × 18 mm box.
 */
export async function docxLogo(logo: OrganisationLogo | null): Promise<DocxLogo | undefined> {
  if (logo?.mediaType !== 'image/svg+xml') return pngLogo(logo);
  // Loaded here, not at start: jsdom and sharp take a second to load, which every command would pay.
  const [{ sanitizeSvg }, { default: sharp }] = await Promise.all([import('../../import/images/sanitize-svg'), import('sharp')]);
  const clean = sanitizeSvg(Buffer.from(logo.base64, 'base64').toString('utf8'));
  if (!clean.ok) return undefined;
  const source = Buffer.from(clean.svg, 'utf8');
  try {
    // At sharp's default 72 dpi an SVG's pixels are its user units, which a page shows as CSS pixels.
    const { width, height } = await sharp(source, { limitInputPixels: false }).metadata();
    if (!width || !height) return undefined;
    const shown = fitted({ width, height });
    const pixels = { width: Math.max(1, Math.round((shown.width * SVG_LOGO_DPI) / 96)), height: Math.max(1, Math.round((shown.height * SVG_LOGO_DPI) / 96)) };
    const density = Math.min(100_000, Math.max(1, (72 * pixels.width) / width));
    const png = await sharp(source, { density, limitInputPixels: pixels.width * pixels.height * 4 + 1_000_000 })
      .resize(pixels.width, pixels.height, { fit: 'fill' })
      .png({ compressionLevel: 9 })
      .toBuffer();
    return { png, ...shown };
  } catch {
    return undefined;
  }
}
