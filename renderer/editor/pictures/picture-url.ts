import { useContext, useEffect, useState } from 'react';
import { ApiContext } from '../../api/api-context';

/** Blob URLs of the pictures this window has shown, by hash: a picture's bytes never change, so one URL serves it for the window's life. */
const urls = new Map<string, Promise<string>>();

function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
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
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text = '';
  for (let index = 0; index < bytes.length; index += 0x8000) text += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(text);
}
