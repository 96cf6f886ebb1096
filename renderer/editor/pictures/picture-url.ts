import { useContext, useEffect, useState } from 'react';
import { ApiContext } from '../../api/api-context';

/** Blob URLs of the pictures this window has shown, by hash: a picture's bytes never change, so one URL serves it for the window's life. */
const urls = new Map<string, Promise<string>>();

/** The native base64 codec of `Uint8Array` (Chromium 140 on; Electron 45's has it), not yet in TypeScript's lib. */
interface NativeBase64 {
  fromBase64?: (text: string) => Uint8Array<ArrayBuffer>;
}

/**
 * The bytes of `base64`. Chromium decodes natively; the loop over `atob`'s text is kept for an engine without it. At
 * 50 photos of 1.2 MB, the loop and `atob` took 2.2 s of the page's main thread the first time a briefing opened.
 */
export function base64Bytes(base64: string, native = (Uint8Array as unknown as NativeBase64).fromBase64): Uint8Array<ArrayBuffer> {
  if (native) return native.call(Uint8Array, base64);
  const text = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(text.length));
  for (let index = 0; index < text.length; index += 1) bytes[index] = text.charCodeAt(index);
  return bytes;
}

/**
 * The picture's bytes from the library, as a `blob:` URL made in this page:
 * a picture is never loaded from an address. Undefined while it loads, and
 * `null` when the library does not have it.
 */
export function usePictureUrl(hash: string): string | null | undefined {
  const api = useContext(ApiContext);
  const [url, setUrl] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    if (!api) return;
    let current = true;
    let pending = urls.get(hash);
    if (!pending) {
      pending = api.pictures.pictureBytes(hash).then(({ mime, base64 }) => URL.createObjectURL(new Blob([base64Bytes(base64)], { type: mime })));
      urls.set(hash, pending);
      // A failed load is tried again next time the picture is shown.
      pending.catch(() => urls.delete(hash));
    }
    pending.then(
      (made) => current && setUrl(made),
      () => current && setUrl(null),
    );
    return () => {
      current = false;
    };
  }, [api, hash]);
  return url;
}

/** A file or clipboard picture as base64, for `pictures.addPicture`. */
export async function fileBase64(file: Blob): Promise<string> {
  return bytesBase64(new Uint8Array(await file.arrayBuffer()));
}

/** `bytes` as base64: natively where the engine can (`toBase64`), else through `btoa` in slices. */
export function bytesBase64(bytes: Uint8Array, native = (bytes as unknown as { toBase64?: () => string }).toBase64): string {
  if (native) return native.call(bytes);
  let text = '';
  for (let index = 0; index < bytes.length; index += 0x8000) text += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(text);
}
