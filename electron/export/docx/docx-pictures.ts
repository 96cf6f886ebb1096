import type { ExportBlock, ExportDocument, ExportImage } from '../../../shared/document/export/export-document';

/** Word takes PNG and JPEG pictures; a WebP one goes in as a PNG of the same pixels (still without metadata). */
async function wordImage(image: ExportImage): Promise<ExportImage> {
  if (image.mediaType !== 'image/webp') return image;
  const { default: sharp } = await import('sharp');
  const png = await sharp(Buffer.from(image.base64, 'base64')).png().toBuffer();
  return { mediaType: 'image/png', base64: png.toString('base64') };
}

/** The document with every picture in a format Word reads, for the DOCX writer (which is synchronous). */
export async function withWordPictures(document: ExportDocument): Promise<ExportDocument> {
  if (!document.sections.some((section) => section.blocks.some((block) => block.type === 'picture' && block.image?.mediaType === 'image/webp'))) return document;
  const sections = await Promise.all(
    document.sections.map(async (section) => ({
      ...section,
      blocks: await Promise.all(
        section.blocks.map(async (block): Promise<ExportBlock> => (block.type === 'picture' && block.image ? { ...block, image: await wordImage(block.image) } : block)),
      ),
    })),
  );
  return { ...document, sections };
}
