import createDOMPurify, { type DOMPurify } from 'dompurify';
import { JSDOM } from 'jsdom';

let purifier: DOMPurify | undefined;

function svgPurifier(): DOMPurify {
  purifier ??= createDOMPurify(new JSDOM('<!DOCTYPE html>').window);
  return purifier;
}

/** A reference inside the drawing itself (`#id`); anything else points outside it. */
const internalReference = /^\s*#[^\s]*\s*$/u;

function externalReferenceIn(css: string): boolean {
  if (/@import/iu.test(css)) return true;
  for (const match of css.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/giu)) {
    if (!internalReference.test(match[2] ?? '')) return true;
  }
  return false;
}

/**
 * An SVG drawing through DOMPurify's SVG profile. A drawing from which the
 * sanitiser had to take anything (a script, an event handler, a foreign
 * object), or that refers to anything outside itself (an `href` that is not
 * `#id`, a CSS `url()` or `@import`), is refused whole rather than shown
 * half-cleaned: nothing in it is ever fetched.
 */
export function sanitizeSvg(svg: string): { ok: true; svg: string } | { ok: false } {
  const instance = svgPurifier();
  const clean = instance.sanitize(svg, { USE_PROFILES: { svg: true, svgFilters: true }, WHOLE_DOCUMENT: false });
  // DOMPurify parses as HTML and always reports the <body> it wrapped the drawing in; anything else it took out counts.
  const taken = instance.removed.filter((entry) => !('element' in entry) || !['BODY', 'HEAD', 'HTML'].includes(entry.element.nodeName));
  if (taken.length > 0) return { ok: false };
  const document = new JSDOM(clean, { contentType: 'image/svg+xml' }).window.document;
  const root = document.documentElement;
  if (root.localName !== 'svg') return { ok: false };
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const attribute of Array.from(element.attributes)) {
      if (attribute.localName === 'href' && !internalReference.test(attribute.value)) return { ok: false };
      if (externalReferenceIn(attribute.value)) return { ok: false };
    }
    if (element.localName === 'style' && externalReferenceIn(element.textContent ?? '')) return { ok: false };
  }
  return { ok: true, svg: clean };
}
