// @ts-check
// Installers for Linux (AppImage, deb), Windows (NSIS) and macOS (dmg):
// `npm run dist` on a machine with internet (see README, "Building installers").
// Packaging downloads Electron, so it cannot run on the offline build machines;
// tests/unit/electron-builder-config.test.ts validates this file offline with
// electron-builder's own schema check.

/** @type {import('app-builder-lib').Configuration} */
const config = {
  appId: 'org.briefingdesk.app',
  productName: 'Briefing Desk',
  copyright: 'Copyright © 2026 Briefing Desk',
  directories: { output: 'release', buildResources: 'build' },
  // The app is the bundles in dist/ (main, preload, renderer) plus its production
  // node_modules, which electron-builder adds itself; sources and tests stay out.
  // print-fonts/ holds the PDF's fonts (Noto rescaled to 2048 units an em), read by the export beside node_modules/.
  files: ['dist/electron/**', 'dist/renderer/**', 'print-fonts/**', 'package.json', '!**/*.map'],
  asar: true,
  // A native module cannot be loaded from inside an archive.
  // sharp (pictures) loads libvips from @img's native packages: outside the asar, like better-sqlite3.
  asarUnpack: ['node_modules/better-sqlite3/**', 'node_modules/sharp/**', 'node_modules/@img/**'],
  // On the build machine, rebuild better-sqlite3 against Electron's Node ABI
  // (it is built for the system Node by `npm install`). Set it to false only
  // for a dry run on a machine without internet, where the rebuild silently
  // builds for the system Node and labels the result as built for Electron.
  npmRebuild: true,
  electronFuses: {
    // The packaged app is never a plain Node: `ELECTRON_RUN_AS_NODE` would turn it into one.
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    // app.asar is checked against the hash recorded at build time (macOS, Windows) ...
    enableEmbeddedAsarIntegrityValidation: true,
    // ... and is the only place the app's code may come from.
    onlyLoadAppFromAsar: true,
    // The app is served from app://, never file://.
    grantFileProtocolExtraPrivileges: false,
    // Not a security switch: the app ships no browser-process V8 snapshot of its own. Set so that every fuse is decided.
    loadBrowserProcessSpecificV8Snapshot: false,
  },
  fileAssociations: [
    {
      ext: 'briefing.json',
      name: 'Briefing',
      description: 'Briefing Desk briefing',
      mimeType: 'application/x-briefing-desk+json',
      role: 'Editor',
    },
  ],
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    icon: 'build/icon.png',
    maintainer: 'Briefing Desk <support@briefingdesk.org>',
    synopsis: 'Structured briefings for press offices',
    mimeTypes: ['application/x-briefing-desk+json'],
  },
  deb: { depends: ['libnss3', 'libgtk-3-0', 'libxss1', 'libasound2'] },
  win: { target: ['nsis'], icon: 'build/icon.ico' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true, createDesktopShortcut: true },
  mac: { target: ['dmg'], icon: 'build/icon.png', category: 'public.app-category.productivity', hardenedRuntime: true },
  dmg: { title: 'Briefing Desk' },
  // No auto-update: the app makes no network calls at all.
  publish: null,
};

export default config;
