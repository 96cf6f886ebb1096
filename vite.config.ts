import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy } from './electron/main/window-options.ts';

/**
 * Checks that index.html carries the app's Content-Security-Policy in a
 * `<meta>` (as written there, where Electronegativity reads it) exactly as
 * `contentSecurityPolicy('meta')` states it for the `app://` response
 * headers, so the page enforces the same policy when the end-to-end tests
 * serve it with `vite preview`. A drift fails the build.
 */
function contentSecurityPolicyMeta(): Plugin {
  const expected = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy('meta')}" />`;
  return {
    name: 'briefing-desk-csp',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => {
        if (!html.includes(expected)) throw new Error(`renderer/index.html must carry the app's policy, exactly: ${expected}`);
        return html;
      },
    },
  };
}

/** React DOM's test for an element whose selection it saves and restores around every commit, as it is written in the build. */
const selectionCapabilityTest = '"true" === elem.contentEditable';
/** The same test, which leaves out Slate's editor (marked `data-slate-editor`): Slate owns its selection. */
const selectionCapabilityTestWithoutSlate = '("true" === elem.contentEditable && !elem.hasAttribute("data-slate-editor"))';

/**
 * React DOM's client with its selection walk left out for Slate's editor; `undefined` for any other module.
 *
 * Before every commit, while a contenteditable has the focus, React DOM records the selection as character offsets from
 * the start of that element (`getSelectionInformation`), walking every DOM node inside it, so that it can put the
 * selection back if the commit took the focus away. In the editor that walk covers the whole briefing: at 2,000 blocks it
 * was the largest single cost of a keystroke (docs/performance.md, "What React did on every keystroke"), and it grows with
 * the document. Slate owns the editor's selection and sets it again after every render of its own, so React's record of
 * it is never needed there. React has no switch for this (facebook/react#1350), so the one test that opts an element in
 * is amended in React DOM's client, development and production alike; a React DOM whose code no longer has that test
 * once fails the build rather than silently walking again.
 */
export function withoutSelectionWalkForSlate(code: string, id: string): string | undefined {
  if (!/[\\/]react-dom[\\/]cjs[\\/]react-dom-client\.(production|development)\.js$/.test(id)) return undefined;
  const parts = code.split(selectionCapabilityTest);
  if (parts.length !== 2) {
    throw new Error(`${id}: React DOM's selection test (${selectionCapabilityTest}) was expected once, found ${parts.length - 1} times; see withoutSelectionWalkForSlate in vite.config.ts`);
  }
  return parts.join(selectionCapabilityTestWithoutSlate);
}

function slateOwnsItsSelection(): Plugin {
  let amended = false;
  return {
    name: 'briefing-desk-slate-selection',
    enforce: 'pre',
    transform(code, id) {
      const changed = withoutSelectionWalkForSlate(code, id);
      if (changed === undefined) return null;
      amended = true;
      return { code: changed, map: null };
    },
    generateBundle() {
      if (!amended) this.error("React DOM's client was not amended: the editor would walk the whole briefing on every keystroke (see withoutSelectionWalkForSlate)");
    },
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicyMeta(), slateOwnsItsSelection()],
  resolve: {
    // hunspell-asm's ES build (and its loader's) calls CommonJS modules through namespace imports (`import * as nanoid`), which a
    // bundler cannot make callable; its CommonJS build, with the package's browser mapping, bundles as written.
    alias: ['hunspell-asm', 'emscripten-wasm-loader'].map((name) => ({
      find: new RegExp(`^${name}$`),
      replacement: fileURLToPath(new URL(`./node_modules/${name}/dist/cjs/index.js`, import.meta.url)),
    })),
  },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    // Fonts ship as files, never inlined as data: URLs.
    assetsInlineLimit: 0,
    // Loaded from the local disk by the app, never over a network: one bundle is fine.
    chunkSizeWarningLimit: 2000,
  },
  preview: { host: '127.0.0.1', strictPort: true },
});
