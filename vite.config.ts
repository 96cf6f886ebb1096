import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy } from './electron/main/window-options.ts';

/**
 * Puts the app's Content-Security-Policy in index.html as well as in the
 * `app://` response headers, so the page enforces the same policy when the
 * end-to-end tests serve it with `vite preview`.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'briefing-desk-csp',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy('meta') }, injectTo: 'head-prepend' },
      ],
    },
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
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
