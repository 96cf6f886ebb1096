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

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
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
